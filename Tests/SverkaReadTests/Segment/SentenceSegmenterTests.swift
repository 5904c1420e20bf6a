// The sentence segmenter against the cases in Resources/Segmentation, on rewrapped and
// generated text, and on the seed page.

import Foundation
import SverkaModel
import SverkaRead
import SverkaTestSupport
import Testing

@Suite struct SentenceSegmenterTests {
  @Test func everyCaseLineDecodesAndIdsAreUnique() {
    #expect(SegmentationCase.all.count >= 70)
    #expect(SegmentationCase.all.count == SegmentationCase.lineCount)
    #expect(Set(SegmentationCase.all.map(\.id)).count == SegmentationCase.all.count)
  }

  @Test(arguments: SegmentationCase.all)
  func segmentsTheCaseExactly(_ testCase: SegmentationCase) throws {
    let segmenter = try SentenceSegmenter(language: testCase.language)
    let sentences = try segmenter.sentences(in: testCase.text)
    #expect(sentences.map(\.text) == testCase.sentences)
    SentenceInvariants.check(sentences, of: testCase.text)
  }

  /// Hard-wrapping a one-line case must not move a boundary.
  @Test(arguments: SegmentationCase.all.filter { !$0.text.contains("\n") })
  func rewrappedCaseGivesTheSameSentences(_ testCase: SegmentationCase) throws {
    let segmenter = try SentenceSegmenter(language: testCase.language)
    var generator = SeededGenerator(seed: UInt64(truncatingIfNeeded: testCase.id.utf8.count))
    let width = Int.random(in: 45...80, using: &generator)
    let wrapped = Self.wrap(testCase.text, width: width)
    let sentences = try segmenter.sentences(in: wrapped)
    #expect(sentences.map { Self.oneLine($0.text) } == testCase.sentences.map(Self.oneLine))
    SentenceInvariants.check(sentences, of: wrapped)
  }

  @Test(arguments: Language.allCases)
  func generatedTextKeepsTheInvariants(_ language: Language) throws {
    let segmenter = try SentenceSegmenter(language: language)
    let pieces = SegmentationCase.all.filter { $0.language == language }.flatMap(\.sentences)
    try #require(!pieces.isEmpty)
    var generator = SeededGenerator(seed: language == .english ? 1 : 2)
    let separators = [" ", "  ", "\n", " \n", "\u{A0}", "\n\t"]
    for _ in 0..<300 {
      var text = ""
      for index in 0..<Int.random(in: 1...8, using: &generator) {
        if index > 0, let separator = separators.randomElement(using: &generator) {
          text += separator
        }
        text += pieces.randomElement(using: &generator) ?? ""
      }
      if Bool.random(using: &generator) {
        text = Self.wrap(text, width: Int.random(in: 20...80, using: &generator))
      }
      SentenceInvariants.check(try segmenter.sentences(in: text), of: text)
    }
  }

  @Test(arguments: Language.allCases)
  func pairParagraphsKeepTheInvariants(_ language: Language) throws {
    let segmenter = try SentenceSegmenter(language: language)
    var generator = SeededGenerator(seed: 3)
    for folder in Fixtures.pairFolders {
      let url = folder.appendingPathComponent(language.editionFileName)
      guard let statement = try? StatementReader().read(Fixtures.bytes(url), path: url.path)
      else { continue }
      for paragraph in statement.paragraphs {
        SentenceInvariants.check(paragraph.sentences, of: paragraph.text)
        // A list's lines would run together when rewrapped; wrap prose only.
        guard !paragraph.text.contains("\n") else { continue }
        let wrapped = Self.wrap(paragraph.text, width: Int.random(in: 45...90, using: &generator))
        let rewrapped = try segmenter.sentences(in: wrapped)
        SentenceInvariants.check(rewrapped, of: wrapped)
        #expect(rewrapped.map(\.singleLine) == paragraph.sentences.map(\.singleLine))
      }
    }
  }

  /// Shapes that a scan looking around each candidate could trip on: one huge token, long
  /// runs of stops, brackets, emoticons, pictographs and markers.
  static let oddShapes: [String] = [
    String(repeating: "абвгдежз", count: 40_000),
    String(repeating: "a.b.c.", count: 30_000),
    String(repeating: "?! ", count: 30_000),
    String(repeating: ":)) Да ", count: 20_000),
    String(repeating: "👍🏻 Ok ", count: 20_000),
    String(repeating: "1) A 2) B ", count: 20_000),
    String(repeating: "• 9. x ", count: 20_000),
    String(repeating: "\"x.\" (y) ", count: 20_000),
    String(repeating: "word [1] ", count: 20_000),
    String(repeating: "(", count: 50_000) + String(repeating: ")) A", count: 20_000),
  ]

  @Test(arguments: Language.allCases)
  func oddShapesKeepTheInvariants(_ language: Language) throws {
    let segmenter = try SentenceSegmenter(language: language)
    for text in Self.oddShapes {
      let sentences = try segmenter.sentences(in: text)
      SentenceInvariants.check(sentences, of: text)
      #expect(!sentences.isEmpty)
    }
  }

  @Test func aLineWithoutSpacesIsOneSentence() throws {
    let text = String(repeating: "abc,def.ghi?jkl!", count: 50_000)
    let sentences = try SentenceSegmenter(language: .english).sentences(in: text)
    #expect(sentences.map(\.text) == [text])
  }

  @Test func theWhiteSpaceOnlyParagraphHasNoSentence() throws {
    let segmenter = try SentenceSegmenter(language: .english)
    #expect(try segmenter.sentences(in: " \n\u{A0}\t").isEmpty)
    #expect(try segmenter.sentences(in: "").isEmpty)
  }

  @Test func theICUStrategyKeepsICUsBoundaries() throws {
    let text = "С. В. Лавров встретился с коллегой."
    let icu = try SentenceSegmenter(language: .russian, strategy: .icu).sentences(in: text)
    let refined = try SentenceSegmenter(language: .russian).sentences(in: text)
    #expect(icu.count == 3)
    #expect(refined.map(\.text) == [text])
    SentenceInvariants.check(icu, of: text)
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: Fixtures.seedPage.path)))
  func theSeedPageGivesFiveParagraphsAndFifteenSentences() throws {
    let statement = try StatementReader().read(
      Fixtures.bytes(Fixtures.seedPage), path: "seed.txt")
    #expect(statement.paragraphs.count == 5)
    #expect(statement.paragraphs.map(\.sentences.count) == [1, 5, 4, 3, 2])
  }

  /// Greedy hard wrapping at `width` characters, as an editor does it.
  static func wrap(_ text: String, width: Int) -> String {
    var result = ""
    var lineLength = 0
    for (index, word) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
      if index > 0 {
        if lineLength + 1 + word.count > width && lineLength > 0 {
          result += "\n"
          lineLength = 0
        } else {
          result += " "
          lineLength += 1
        }
      }
      result += word
      lineLength += word.count
    }
    return result
  }

  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0.isNewline }).joined(separator: " ")
  }
}
