// The aligner against the hand-checked gold alignment of every pair (Pairs/*/gold.tsv).

import Foundation
import SverkaAlign
import SverkaModel
import SverkaRead
import SverkaTestSupport
import Testing

@Suite struct GoldAlignmentTests {
  struct PairCase: Sendable, CustomTestStringConvertible {
    let folder: URL
    var testDescription: String { folder.lastPathComponent }
  }

  /// One row of an aligned TSV: 1-based sentence ids of each side and the sides' text.
  struct GoldLink: Hashable, CustomStringConvertible {
    let english: [Int]
    let russian: [Int]
    let englishText: String
    let russianText: String

    /// The link as ids, which is what strict scoring compares.
    var key: [[Int]] { [english, russian] }
    var description: String {
      english.map(String.init).joined(separator: ",") + "↔"
        + russian.map(String.init).joined(separator: ",")
    }
  }

  static let pairs = Fixtures.pairFolders.map(PairCase.init)

  /// The bar the project sets: strict link F1 on every gold pair.
  static let minimumF1 = 0.99

  /// Reads an aligned TSV (README, "Formats › Aligned TSV").
  static func readGold(_ url: URL) throws -> [GoldLink] {
    let lines = try String(contentsOf: url, encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: true)
    try #require(lines.first == "en_ids\tru_ids\tscore\ten\tru", "\(url.path): bad header")
    return try lines.dropFirst().map { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      try #require(fields.count == 5, "\(url.path): not five fields: \(line)")
      let ids = { (field: Substring) in
        field.split(separator: ",").compactMap { Int($0) }
      }
      return GoldLink(
        english: ids(fields[0]), russian: ids(fields[1]),
        englishText: collapsed(unescaped(fields[3])), russianText: collapsed(unescaped(fields[4])))
    }
  }

  /// A TSV field with `\\`, `\t`, `\n` and `\r` turned back into the characters.
  static func unescaped(_ field: Substring) -> String {
    var out = ""
    var escaping = false
    for character in field {
      if escaping {
        switch character {
        case "t": out.append("\t")
        case "n": out.append("\n")
        case "r": out.append("\r")
        case "\\": out.append("\\")
        default: out += "\\" + String(character)
        }
        escaping = false
      } else if character == "\\" {
        escaping = true
      } else {
        out.append(character)
      }
    }
    return escaping ? out + "\\" : out
  }

  /// White space runs (no-break spaces and line breaks included) as one space, ends trimmed.
  static func collapsed(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// Strict precision, recall and F1: a link is right when the other side holds exactly it.
  static func strictF1<Key: Hashable>(gold: [Key], test: [Key]) -> (
    precision: Double, recall: Double, f1: Double
  ) {
    let goldSet = Set(gold)
    let testSet = Set(test)
    let precision = Double(test.filter(goldSet.contains).count) / Double(max(1, test.count))
    let recall = Double(gold.filter(testSet.contains).count) / Double(max(1, gold.count))
    let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    return (precision, recall, f1)
  }

  @Test func everyPairHasGold() {
    #expect(!Self.pairs.isEmpty)
    for pair in Self.pairs {
      #expect(
        FileManager.default.fileExists(
          atPath: pair.folder.appendingPathComponent("gold.tsv").path),
        "\(pair.folder.lastPathComponent) has no gold.tsv")
    }
  }

  @Test func scoringCountsOnlyExactLinks() {
    let gold = [[[1], [1]], [[2], [2]], [[3], [3]], [[4], [4]]]
    #expect(Self.strictF1(gold: gold, test: gold).f1 == 1)
    // One 2-2 link where the gold has two 1-1 links: 2 of 3 right, 2 of 4 found.
    let merged = [[[1], [1]], [[2], [2]], [[3, 4], [3, 4]]]
    let score = Self.strictF1(gold: gold, test: merged)
    #expect(abs(score.precision - 2.0 / 3.0) < 1e-9)
    #expect(abs(score.recall - 0.5) < 1e-9)
    #expect(Self.strictF1(gold: gold, test: [[[1, 2, 3, 4], [1, 2, 3, 4]]]).f1 == 0)
  }

  /// Each link as the character spans its two sides cover in the sides' collapsed text
  /// (link texts joined by one space): equal spans are equal id sets where the reader
  /// segments as the gold does, and where it does not, a link is right only if it covers
  /// exactly the gold link's text (as tools/eval-align.py scores).
  static func spans(_ links: [(english: String, russian: String)]) -> (
    keys: [[Int]], english: String, russian: String
  ) {
    var english = ""
    var russian = ""
    var keys: [[Int]] = []
    /// Appends a side's text and returns the span it covers.
    func append(_ text: String, to joined: inout String) -> [Int] {
      if !text.isEmpty && !joined.isEmpty { joined += " " }
      let start = joined.count
      joined += text
      return [start, joined.count]
    }
    for link in links {
      keys.append(append(link.english, to: &english) + append(link.russian, to: &russian))
    }
    return (keys, english, russian)
  }

  @Test(arguments: pairs)
  func strictF1MeetsTheBar(_ pair: PairCase) throws {
    let gold = try Self.readGold(pair.folder.appendingPathComponent("gold.tsv"))
    let (english, russian) = try AlignerInvariantTests.read(pair.folder)
    let englishSentences = english.sentences.map { Self.collapsed($0.singleLine) }
    let russianSentences = russian.sentences.map { Self.collapsed($0.singleLine) }
    let alignment = try Aligner().align(english, russian)
    let testLinks = alignment.sentences.map { link in
      (
        english: link.english.map { englishSentences[$0] }.joined(separator: " "),
        russian: link.russian.map { russianSentences[$0] }.joined(separator: " ")
      )
    }
    let goldSpans = Self.spans(gold.map { ($0.englishText, $0.russianText) })
    let testSpans = Self.spans(testLinks)
    // Nothing lost or added: both cover the same text, whatever the segmentation.
    try #require(goldSpans.english == testSpans.english, "English text differs from the gold")
    try #require(goldSpans.russian == testSpans.russian, "Russian text differs from the gold")

    let score = Self.strictF1(gold: goldSpans.keys, test: testSpans.keys)
    let goldKeys = Set(goldSpans.keys)
    let testKeys = Set(testSpans.keys)
    let wrong = zip(alignment.sentences, testSpans.keys).filter { !goldKeys.contains($0.1) }
      .map { "\($0.0.english.map { $0 + 1 })↔\($0.0.russian.map { $0 + 1 })" }
    let missed = zip(gold, goldSpans.keys).filter { !testKeys.contains($0.1) }.map(\.0)
    print(
      """
      gold \(pair.folder.lastPathComponent): strict P \(score.precision) R \(score.recall) \
      F1 \(score.f1) (\(testSpans.keys.count) links, \(gold.count) gold)
      """)
    #expect(
      score.f1 >= Self.minimumF1,
      """
      strict F1 \(score.f1) < \(Self.minimumF1): links not in the gold \(wrong), \
      gold links missed \(missed)
      """)
  }
}
