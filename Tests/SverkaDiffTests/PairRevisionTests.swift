// The second editions in Pairs/ (`*.rev2.txt`) diffed against the first, against the
// expected JSON committed beside them; SVERKA_RECORD=1 writes the expected files.

import Foundation
import SverkaExport
import SverkaRead
import SverkaTestSupport
import Testing

@testable import SverkaDiff

@Suite struct PairRevisionTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let folder: URL
    let language: String
    var testDescription: String { folder.lastPathComponent + " " + language }
    /// `rev2.diff.json` for the English edition, `rev2.ru-RU.diff.json` for the Russian.
    var expected: URL {
      folder.appendingPathComponent(
        language == "en-GB" ? "rev2.diff.json" : "rev2.\(language).diff.json")
    }
  }

  static let cases: [Case] = Fixtures.pairFolders.flatMap { folder in
    ["en-GB", "ru-RU"].compactMap { language in
      FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("\(language).rev2.txt").path)
        ? Case(folder: folder, language: language) : nil
    }
  }

  @Test(arguments: cases)
  func secondEditionMatchesExpectedDiff(pair: Case) throws {
    let reader = StatementReader()
    let first = try reader.read(
      Fixtures.bytes(pair.folder.appendingPathComponent("\(pair.language).txt")),
      path: "\(pair.language).txt")
    let second = try reader.read(
      Fixtures.bytes(pair.folder.appendingPathComponent("\(pair.language).rev2.txt")),
      path: "\(pair.language).rev2.txt")
    let diff = try RevisionDiff().diff(first, second)
    #expect(diff.coversEveryParagraphOnce)
    #expect(diff.hasDifferences(strict: true))
    let json = DiffJSON.encode(diff)
    if ProcessInfo.processInfo.environment["SVERKA_RECORD"] == "1" {
      try Data(json.utf8).write(to: pair.expected)
    }
    let expected = try String(contentsOf: pair.expected, encoding: .utf8)
    #expect(json == expected)
  }
}
