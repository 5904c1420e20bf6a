// The aligner against the hand-checked gold alignment of every pair in Pairs/.

import Foundation
import SverkaAlign
import SverkaModel
import SverkaRead
import SverkaTestSupport
import Testing

@Suite struct PairGoldTests {
  struct PairCase: Sendable, CustomTestStringConvertible {
    let folder: URL
    var testDescription: String { folder.lastPathComponent }
  }

  static let pairs = Fixtures.pairFolders.filter {
    FileManager.default.fileExists(atPath: $0.appendingPathComponent("gold.tsv").path)
  }.map(PairCase.init)

  /// A TSV field as text: escapes undone, white space collapsed.
  static func field(_ raw: Substring) -> String {
    var text = ""
    var escaped = false
    for character in raw {
      if escaped {
        switch character {
        case "t": text.append("\t")
        case "n": text.append("\n")
        case "r": text.append("\r")
        default: text.append(character)
        }
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else {
        text.append(character)
      }
    }
    return collapsed(text)
  }

  static func collapsed(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// Links are compared by the text they cover, since the gold's sentence numbers follow
  /// its own segmentation; 1-0 and 0-1 links count as links too.
  @Test(arguments: pairs)
  func goldLinksAreFound(_ pair: PairCase) throws {
    let gold = try String(
      contentsOf: pair.folder.appendingPathComponent("gold.tsv"), encoding: .utf8
    ).split(separator: "\n").dropFirst().map { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      return [Self.field(fields[3]), Self.field(fields[4])]
    }
    let (english, russian) = try AlignerInvariantTests.read(pair.folder)
    let englishSentences = english.paragraphs.flatMap { $0.sentences.map(\.singleLine) }
    let russianSentences = russian.paragraphs.flatMap { $0.sentences.map(\.singleLine) }
    let found = Set(
      try Aligner().align(english, russian).sentences.map { link in
        [
          Self.collapsed(englishSentences[link.english].joined(separator: " ")),
          Self.collapsed(russianSentences[link.russian].joined(separator: " ")),
        ]
      })
    let right = gold.filter { found.contains($0) }.count
    // Eight pairs, 253 links: one is missed (a short question and its answer, joined), and
    // the segmenter splits a few sentences otherwise than the gold.
    #expect(Double(right) >= 0.95 * Double(gold.count), "\(right) of \(gold.count)")
  }
}
