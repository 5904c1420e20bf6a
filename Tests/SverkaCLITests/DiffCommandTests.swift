// End-to-end runs of `sverka diff`: exit codes, formats, cosmetic handling, errors.

import Foundation
import Testing

@Suite struct DiffCommandTests {
  static let seed = "Pairs/2018-06-19-lavrov-union-state-minsk/en-GB.txt"
  static let russian = "Pairs/2018-06-19-lavrov-union-state-minsk/ru-RU.txt"

  func edited(_ transform: (String) -> String) throws -> String {
    let text = String(
      decoding: try Data(contentsOf: CommandRunner.root.appendingPathComponent(Self.seed)),
      as: UTF8.self)
    return try CommandRunner.temporaryFile(Array(transform(text).utf8))
  }

  @Test func sameFileExitsZero() throws {
    let result = try CommandRunner.run(["diff", Self.seed, Self.seed])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    #expect(result.stdout.contains("0 changed"))
  }

  @Test func changeExitsOneAndIsMarked() throws {
    let other = try edited { $0.replacingOccurrences(of: "72nd session", with: "73rd session") }
    let result = try CommandRunner.run(["diff", Self.seed, other])
    #expect(result.status == 1)
    #expect(result.stdout.contains("[-72nd-] {+73rd+}"))
    #expect(result.stdout.contains("high"))
    #expect(!result.stdout.contains("\u{1B}["))
  }

  @Test func cosmeticOnlyExitsZeroUnlessStrict() throws {
    let other = try edited { $0.replacingOccurrences(of: "’", with: "'") }
    let plain = try CommandRunner.run(["diff", Self.seed, other])
    #expect(plain.status == 0)
    #expect(plain.stdout.contains("cosmetic (hidden)"))
    let strict = try CommandRunner.run(["diff", "--strict", Self.seed, other])
    #expect(strict.status == 1)
    let shown = try CommandRunner.run(["diff", "--show-cosmetic", Self.seed, other])
    #expect(shown.stdout.contains("{~"))
  }

  @Test func jsonIsValidAndStable() throws {
    let other = try edited { $0.replacingOccurrences(of: "Minsk", with: "Brest") }
    let first = try CommandRunner.run(["diff", "--format", "json", Self.seed, other])
    let second = try CommandRunner.run(["diff", "--format", "json", Self.seed, other])
    #expect(first.status == 1)
    #expect(first.stdout == second.stdout)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
    #expect(object["schema"] as? Int == 1)
    #expect(object["mode"] as? String == "revision")
    let paragraphs = try #require(object["paragraphs"] as? [[String: Any]])
    #expect(paragraphs.count == 5)
  }

  @Test func unifiedHasOneParagraphALine() throws {
    let other = try edited { $0.replacingOccurrences(of: "Minsk", with: "Brest") }
    let result = try CommandRunner.run(["diff", "--format", "unified", Self.seed, other])
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.first?.hasPrefix("--- ") == true)
    #expect(lines.contains { $0.hasPrefix("@@ -1,") })
    #expect(lines.filter { $0.hasPrefix("-") && !$0.hasPrefix("---") }.count == 1)
  }

  @Test func colorAlwaysUsesEscapes() throws {
    let other = try edited { $0.replacingOccurrences(of: "Minsk", with: "Brest") }
    let result = try CommandRunner.run(["diff", "--color", "always", Self.seed, other])
    #expect(result.stdout.contains("\u{1B}[31m"))
  }

  @Test func translationModeReportsTheSeedPairsOneDifference() throws {
    let result = try CommandRunner.run(["diff", "--format", "json", Self.seed, Self.russian])
    // The seed pair's one deliberate difference ("greater European" / «Большого
    // Евразийского») is reported, so the status is 1, and nothing else is.
    #expect(result.status == 1)
    #expect(result.stdout.contains("\"mode\": \"translation\""))
    #expect(result.stdout.contains("\"changed\": 1,"))
    #expect(result.stdout.contains("name_mismatch"))
  }

  @Test func translationModeFlagsTheWrongDay() throws {
    let folder = Self.seed.replacingOccurrences(
      of: "2018-06-19-lavrov-union-state-minsk/en-GB.txt",
      with: "2018-08-23-lavrov-telephone-conversation-finland/")
    let result = try CommandRunner.run([
      "diff", "--color", "never", folder + "en-GB.txt", folder + "ru-RU.txt",
    ])
    #expect(result.status == 1)
    #expect(result.stdout.contains("¶2 → ¶2 changed: date_mismatch"))
    // The number in a translation-mode header is the aligner's confidence, named so.
    #expect(result.stdout.contains("\n¶2 → ¶2 changed (confidence "))
    #expect(!result.stdout.contains("similarity"))
  }

  struct BadCall: Sendable, CustomTestStringConvertible {
    let arguments: [String]
    let message: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  @Test(arguments: [
    BadCall(arguments: ["diff", "missing.txt", seed], message: "missing.txt: no such file"),
    BadCall(arguments: ["diff", seed], message: "Missing expected argument"),
    BadCall(arguments: ["diff", "--threshold", "2", seed, seed], message: "--threshold"),
    BadCall(arguments: ["diff", "--format", "pdf", seed, seed], message: "pdf"),
  ])
  func badCallsExitTwo(call: BadCall) throws {
    let result = try CommandRunner.run(call.arguments)
    #expect(result.status == 2)
    #expect(result.stderr.contains(call.message))
    #expect(result.stdout.isEmpty)
  }
}
