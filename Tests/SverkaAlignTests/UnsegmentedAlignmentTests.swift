// Aligning and checking statements read without sentences: the same result as with them.

import Foundation
import SverkaCheck
import SverkaExport
import SverkaModel
import SverkaRead
import SverkaTestSupport
import Testing

@testable import SverkaAlign

@Suite struct UnsegmentedAlignmentTests {
  struct PairCase: Sendable, CustomTestStringConvertible {
    let folder: URL
    var testDescription: String { folder.lastPathComponent }
  }

  static let pairs = Fixtures.pairFolders.map(PairCase.init)

  /// The pair in `folder` read by `reader`.
  static func read(_ folder: URL, _ reader: StatementReader) throws
    -> (english: Statement, russian: Statement)
  {
    let english = try reader.read(
      Fixtures.bytes(folder.appendingPathComponent("en-GB.txt")), path: "en-GB.txt")
    let russian = try reader.read(
      Fixtures.bytes(folder.appendingPathComponent("ru-RU.txt")), path: "ru-RU.txt")
    return (english, russian)
  }

  static let bare = StatementReader(segmentsSentences: false)

  @Test(arguments: pairs)
  func unsegmentedReadAlignsLikeSegmentedRead(_ pair: PairCase) throws {
    let whole = try Self.read(pair.folder, StatementReader())
    let bare = try Self.read(pair.folder, Self.bare)
    #expect(bare.english.sentenceCount == 0 && bare.russian.sentenceCount == 0)
    let expected = try Aligner().align(whole.english, whole.russian)
    let alignment = try Aligner().align(bare.english, bare.russian)
    #expect(!alignment.sentences.isEmpty)
    #expect(alignment == expected)
    // One side segmented, the other not.
    #expect(try Aligner().align(whole.english, bare.russian) == expected)
  }

  @Test func minskPairAlignsEverySentenceWhenReadUnsegmented() throws {
    let folder = Fixtures.root.appendingPathComponent("Pairs/2018-06-19-lavrov-union-state-minsk")
    let bare = try Self.read(folder, Self.bare)
    let alignment = try Aligner().align(bare.english, bare.russian)
    let segmented = try Self.bare.segmented(bare.english)
    #expect(alignment.sentences.last?.english.upperBound == segmented.sentenceCount)
    #expect(alignment.sentences.count == 15)
    #expect(try Aligner().evidence(bare.english, bare.russian).count == 15)
  }

  @Test func sentencesAlreadyThereAreKept() throws {
    let english = try SegmentedReader().read(text: "One. Two.\nThree.\n", path: nil)
    #expect(english.sentences.map(\.text) == ["One. Two.", "Three."])
    let kept = try english.withSentences()
    #expect(kept.sentences.map(\.text) == ["One. Two.", "Three."])
  }

  @Test(arguments: pairs)
  func unsegmentedReadChecksLikeSegmentedRead(_ pair: PairCase) throws {
    let whole = try Self.read(pair.folder, StatementReader())
    let bare = try Self.read(pair.folder, Self.bare)
    let expected = try TranslationCheck().check(whole.russian, whole.english)
    let diff = try TranslationCheck().check(bare.russian, bare.english)
    #expect(diff.coversEveryParagraphOnce)
    #expect(diff.paragraphs == expected.paragraphs)
    let links = try Aligner().paragraphLinks(english: bare.english, russian: bare.russian)
    let expectedLinks = try Aligner().paragraphLinks(
      english: whole.english, russian: whole.russian)
    #expect(links == expectedLinks)
    #expect(links.contains { !$0.sentences.isEmpty })
  }

  @Test(arguments: pairs)
  func writersSegmentUnsegmentedStatements(_ pair: PairCase) throws {
    let full = try Self.read(pair.folder, StatementReader())
    let bare = try Self.read(pair.folder, Self.bare)
    let alignment = try Aligner().align(full.english, full.russian)
    #expect(!alignment.sentences.isEmpty)
    // The writers index sentences: given the statements without them, they must segment,
    // not trap on an index out of range, and write exactly what they write with them.
    #expect(
      try TSVWriter().text(for: alignment, english: bare.english, russian: bare.russian)
        == TSVWriter().text(for: alignment, english: full.english, russian: full.russian))
    #expect(
      try JSONLWriter().text(for: alignment, english: bare.english, russian: bare.russian)
        == JSONLWriter().text(for: alignment, english: full.english, russian: full.russian))
    #expect(
      try TMXWriter().text(for: alignment, english: bare.english, russian: bare.russian)
        == TMXWriter().text(for: alignment, english: full.english, russian: full.russian))
    #expect(
      try AlignmentHTMLReport().text(for: alignment, english: bare.english, russian: bare.russian)
        == AlignmentHTMLReport().text(
          for: alignment, english: full.english, russian: full.russian))
  }
}
