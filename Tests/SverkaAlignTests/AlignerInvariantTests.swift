// Every sentence of each side exactly once and in order, on every pair and on generated edits.

import Foundation
import SverkaAlign
import SverkaModel
import SverkaRead
import SverkaTestSupport
import Testing

@Suite struct AlignerInvariantTests {
  struct PairCase: Sendable, CustomTestStringConvertible {
    let folder: URL
    var testDescription: String { folder.lastPathComponent }
  }

  static let pairs = Fixtures.pairFolders.map(PairCase.init)

  static func read(_ folder: URL) throws -> (
    english: SegmentedStatement, russian: SegmentedStatement
  ) {
    let english = try StatementReader().read(
      Fixtures.bytes(folder.appendingPathComponent("en-GB.txt")), path: "en-GB.txt")
    let russian = try StatementReader().read(
      Fixtures.bytes(folder.appendingPathComponent("ru-RU.txt")), path: "ru-RU.txt")
    return (english, russian)
  }

  /// Checks that `links` cover `0..<englishCount` and `0..<russianCount` exactly once, in
  /// order, with scores in [0, 1].
  static func expectCover(_ links: [Alignment.Link], _ englishCount: Int, _ russianCount: Int) {
    var nextEnglish = 0
    var nextRussian = 0
    for link in links {
      #expect(!(link.english.isEmpty && link.russian.isEmpty))
      #expect(link.english.lowerBound == nextEnglish)
      #expect(link.russian.lowerBound == nextRussian)
      #expect(link.score >= 0 && link.score <= 1)
      nextEnglish = link.english.upperBound
      nextRussian = link.russian.upperBound
    }
    #expect(nextEnglish == englishCount)
    #expect(nextRussian == russianCount)
  }

  @Test(arguments: pairs)
  func coversEverySentenceOnce(_ pair: PairCase) throws {
    let (english, russian) = try Self.read(pair.folder)
    let alignment = try Aligner().align(english, russian)
    Self.expectCover(alignment.sentences, english.sentenceCount, russian.sentenceCount)
    Self.expectCover(alignment.paragraphs, english.paragraphs.count, russian.paragraphs.count)
    // A real translation: most links are one-to-one and confident.
    let confident = alignment.sentences.filter { $0.score >= 0.8 }.count
    #expect(Double(confident) >= 0.6 * Double(alignment.sentences.count))
  }

  @Test func emptyAndOneSidedInputs() throws {
    let english = try SegmentedReader().read(text: "One.\nTwo.\n", path: nil)
    let russian = try SegmentedReader().read(text: "Один.\n", path: nil)
    let alignment = try Aligner().align(english, russian)
    Self.expectCover(alignment.sentences, 2, 1)
  }

  @Test func editionsComeInEitherOrder() throws {
    let (english, russian) = try Self.read(try #require(Fixtures.pairFolders.first))
    let ordered = try Aligner.editions(russian, english)
    #expect(ordered.english.language == .english)
    #expect(ordered.russian.language == .russian)
    #expect(throws: InputError.self) { try Aligner.editions(english, english) }
  }

  /// Deletions, insertions, merges and splits applied to real pairs, with the known gold:
  /// the invariants hold on every one, and most links are found. 40 seeded rounds cover
  /// every pair with each edit count; `SVERKA_LARGE=1` (tools/large-tests.sh) runs 1,000.
  @Test func generatedEdits() throws {
    var generator = SeededGenerator(seed: 42)
    var right = 0
    var total = 0
    let sources = try Fixtures.pairFolders.map { try Self.read($0) }
    let donors = sources.flatMap { $0.english.sentences.map(\.singleLine) }
    for round in 0..<TestScale.count(small: 40, large: 1000) {
      let (english, russian) = sources[round % sources.count]
      let edited = GeneratedCase(
        english: english, russian: russian, donors: donors, edits: 1 + round % 4,
        generator: &generator)
      let e = try SegmentedReader(language: .english).read(text: edited.englishText, path: nil)
      let r = try SegmentedReader(language: .russian).read(text: edited.russianText, path: nil)
      let alignment = try Aligner().align(e, r)
      Self.expectCover(alignment.sentences, e.sentenceCount, r.sentenceCount)
      let found = Set(alignment.sentences.map { [$0.english, $0.russian] })
      right += edited.gold.filter { found.contains([$0.english, $0.russian]) }.count
      total += edited.gold.count
    }
    // The gold here pairs the readers' sentences by position, which is right for most
    // links of these pairs (their segmentations mostly agree) but not all.
    #expect(Double(right) / Double(total) > 0.8)
  }
}
