// Translation mode judges links in runs over the cores: the evidence must not depend on how
// the links are shared out, nor on which words a run's caches have already seen.

import Foundation
import SverkaAlign
import SverkaDiff
import SverkaModel
import SverkaRead
import SverkaTestSupport
import SverkaText
import Testing

@testable import SverkaCheck

@Suite struct TranslationRunsTests {
  /// Every pair's text, English and Russian, one after another as one long document each.
  static func joinedPairs() throws -> (english: SegmentedStatement, russian: SegmentedStatement) {
    let reader = StatementReader()
    func joined(_ name: String) throws -> SegmentedStatement {
      let texts = try Fixtures.pairFolders.map {
        String(decoding: try Fixtures.bytes($0.appendingPathComponent(name)), as: UTF8.self)
      }
      return try reader.read(text: texts.joined(separator: "\n\n"), path: name)
    }
    return (try joined("en-GB.txt"), try joined("ru-RU.txt"))
  }

  @Test(arguments: [2, 3, 7])
  func evidenceIsTheSameInAnyNumberOfRuns(runs: Int) throws {
    let (english, russian) = try Self.joinedPairs()
    let links = try Aligner().paragraphLinks(english: english, russian: russian)
    let words = try DocumentWords(
      english: english, russian: russian,
      ordinary: OrdinaryWords(english: english, russian: russian))
    let facts = DocumentFacts(english: english, russian: russian)
    let alone = try TranslationCheck.inspect(
      links, english: english, russian: russian, checksNegation: true, words: words,
      facts: facts, runs: 1)
    let shared = try TranslationCheck.inspect(
      links, english: english, russian: russian, checksNegation: true, words: words,
      facts: facts, runs: runs)
    #expect(alone.count == links.count)
    #expect(alone.contains { !$0.isEmpty })
    #expect(shared == alone)
  }

  /// The table holds every sentence's words as a matcher of its own reads them, on whichever
  /// thread and in whatever order.
  @Test func documentWordsAreEachSentencesWords() throws {
    let (english, russian) = try Self.joinedPairs()
    let ordinary = OrdinaryWords(english: english, russian: russian)
    let words = try DocumentWords(english: english, russian: russian, ordinary: ordinary)
    let matcher = try NameMatcher(ordinary: ordinary)
    for (side, statement, isEnglish) in [
      (words.english, english, true), (words.russian, russian, false),
    ] {
      #expect(side.map(\.count) == statement.paragraphs.map(\.sentences.count))
      for (paragraph, table) in zip(statement.paragraphs, side) {
        for (sentence, read) in zip(paragraph.sentences, table) {
          let own = try matcher.words(sentence.text, english: isEnglish)
          #expect(read.map(\.text) == own.map(\.text))
          #expect(read.map(\.isName) == own.map(\.isName))
          #expect(read.map(\.keys.latin) == own.map(\.keys.latin))
        }
      }
    }
  }

  /// The facts read before the links are known are those of each paragraph read alone.
  @Test func documentFactsAreEachParagraphsFacts() throws {
    let (english, russian) = try Self.joinedPairs()
    let facts = DocumentFacts(english: english, russian: russian)
    let vocabulary = FactVocabulary()
    #expect(facts.english.count == english.paragraphs.count)
    #expect(facts.russian.count == russian.paragraphs.count)
    #expect(facts.english.contains { !$0.numbers.isEmpty })
    for (read, paragraph) in zip(facts.english, english.paragraphs) {
      #expect(read == TranslationFacts(paragraph.text, language: .english, vocabulary: vocabulary))
    }
    for (read, paragraph) in zip(facts.russian, russian.paragraphs) {
      #expect(read == TranslationFacts(paragraph.text, language: .russian, vocabulary: vocabulary))
    }
  }

  /// The check's hashes are those of the normalizer's key, which the folder reads faster.
  @Test func hashesAreTheNormalizersKeys() throws {
    let (english, russian) = try Self.joinedPairs()
    let normalizer = Normalizer()
    for statement in [english, russian] {
      let expected = try statement.paragraphs.map { KeyHash.short(try normalizer.keyText($0.text)) }
      #expect(try TranslationCheck.hashes(of: statement) == expected)
    }
  }

  @Test func wordsSpeltWithOtherBytesAreKeptApart() {
    let composed = "ёлка"
    let decomposed = "е\u{308}лка"
    #expect(composed == decomposed)
    #expect(ByteKey(composed) != ByteKey(decomposed))
    #expect(ByteKey(composed) == ByteKey(String(composed)))
  }
}
