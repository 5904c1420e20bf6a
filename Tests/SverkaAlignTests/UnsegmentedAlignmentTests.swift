// Statements read as paragraphs and segmented afterwards align and check as those read
// segmented: there is one way to segment.

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

  /// The pair in `folder` read as paragraphs and segmented afterwards.
  static func readLater(_ folder: URL) throws
    -> (english: SegmentedStatement, russian: SegmentedStatement)
  {
    let reader = StatementReader()
    let english = try reader.readParagraphs(
      Fixtures.bytes(folder.appendingPathComponent("en-GB.txt")), path: "en-GB.txt")
    let russian = try reader.readParagraphs(
      Fixtures.bytes(folder.appendingPathComponent("ru-RU.txt")), path: "ru-RU.txt")
    #expect(english.sentenceCount == 0 && russian.sentenceCount == 0)
    return (try english.segmented(), try russian.segmented())
  }

  @Test(arguments: pairs)
  func segmentingLaterAlignsLikeReadingSegmented(_ pair: PairCase) throws {
    let whole = try AlignerInvariantTests.read(pair.folder)
    let later = try Self.readLater(pair.folder)
    let expected = try Aligner().align(whole.english, whole.russian)
    let alignment = try Aligner().align(later.english, later.russian)
    #expect(!alignment.sentences.isEmpty)
    #expect(alignment == expected)
    #expect(
      TSVWriter().text(AlignedEditions(alignment, english: later.english, russian: later.russian))
        == TSVWriter().text(
          AlignedEditions(alignment, english: whole.english, russian: whole.russian)))
  }

  @Test func minskPairAlignsEverySentenceWhenSegmentedLater() throws {
    let folder = Fixtures.root.appendingPathComponent("Pairs/2018-06-19-lavrov-union-state-minsk")
    let later = try Self.readLater(folder)
    let alignment = try Aligner().align(later.english, later.russian)
    #expect(alignment.sentences.last?.english.upperBound == later.english.sentenceCount)
    #expect(alignment.sentences.count == 15)
    #expect(try Aligner().evidence(later.english, later.russian).count == 15)
  }

  @Test func sentencesReadOneALineAreKept() throws {
    let english = try SegmentedReader().read(text: "One. Two.\nThree.\n", path: nil)
    #expect(english.sentences.map(\.text) == ["One. Two.", "Three."])
    let russian = try SegmentedReader().read(text: "Раз. Два.\nТри.\n", path: nil)
    let alignment = try Aligner().align(english, russian)
    #expect(alignment.sentences.map(\.english) == [0..<1, 1..<2])
  }

  @Test(arguments: pairs)
  func segmentingLaterChecksLikeReadingSegmented(_ pair: PairCase) throws {
    let whole = try AlignerInvariantTests.read(pair.folder)
    let later = try Self.readLater(pair.folder)
    let expected = try TranslationCheck().check(whole.russian, whole.english)
    let diff = try TranslationCheck().check(later.russian, later.english)
    #expect(diff.coversEveryParagraphOnce)
    #expect(diff.paragraphs == expected.paragraphs)
    let links = try Aligner().paragraphLinks(english: later.english, russian: later.russian)
    let expectedLinks = try Aligner().paragraphLinks(
      english: whole.english, russian: whole.russian)
    #expect(links == expectedLinks)
    #expect(links.contains { !$0.sentences.isEmpty })
  }
}
