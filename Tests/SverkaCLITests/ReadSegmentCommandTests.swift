// End-to-end runs of `sverka read` and `sverka segment`: output, bad input, exit codes.

import Foundation
import Testing

@Suite struct ReadSegmentCommandTests {
  static let seed = "Pairs/2018-06-19-lavrov-union-state-minsk/en-GB.txt"

  @Test func segmentsTheSeedPage() throws {
    let result = try CommandRunner.run(["segment", Self.seed])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let paragraphs = result.stdout.split(separator: "\n\n", omittingEmptySubsequences: false)
    #expect(paragraphs.count == 5)
    let sentences = result.stdout.split(separator: "\n").filter { !$0.isEmpty }
    #expect(sentences.count == 15)
    #expect(sentences.first?.hasPrefix("Foreign Minister Sergey Lavrov’s remarks") == true)
    for trace in ["201823:03", "en-GB1", "Advanced settings"] {
      #expect(!result.stdout.contains(trace))
    }
  }

  @Test func segmentReadsStandardInput() throws {
    let result = try CommandRunner.run(
      ["segment", "-"], input: Array("Первое предложение. Второе.\n\nТретье.".utf8))
    #expect(result.status == 0)
    #expect(result.stdout == "Первое предложение.\nВторое.\n\nТретье.\n")
  }

  @Test func warnsWhenTheGivenLanguageContradictsTheScript() throws {
    let russian = try CommandRunner.run(
      ["segment", "-", "--lang", "en"], input: Array("Первое предложение. Второе.".utf8))
    #expect(russian.status == 0)
    #expect(russian.stdout == "Первое предложение.\nВторое.\n")
    #expect(
      russian.stderr
        == "sverka: warning: -: read as English, but 100 % of its letters are Cyrillic\n")
    let english = try CommandRunner.run(["read", Self.seed, "--lang", "ru"])
    #expect(english.status == 0)
    #expect(english.stderr.contains("read as Russian, but 100 % of its letters are Latin"))
    // A text of both scripts, or one read in its own language, says nothing.
    for (text, lang) in [("Говорят: «Hello, world». Это всё.", "en"), ("Hello. Again.", "en")] {
      let quiet = try CommandRunner.run(["segment", "-", "--lang", lang], input: Array(text.utf8))
      #expect(quiet.status == 0)
      #expect(quiet.stderr.isEmpty)
    }
  }

  @Test func readPrintsJSON() throws {
    let result = try CommandRunner.run(["read", Self.seed, "--format", "json"])
    #expect(result.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["date"] as? String == "2018-06-19")
    #expect(object["time"] as? String == "23:03")
    #expect(object["language"] as? String == "en")
    #expect(object["chrome"] as? [String] == ["Advanced settings"])
    #expect(object["language_switch"] as? String == "• en-GB1 ru-RU1")
    #expect((object["paragraphs"] as? [Any])?.count == 5)
  }

  @Test func readPrintsText() throws {
    let result = try CommandRunner.run(["read", Self.seed])
    #expect(result.status == 0)
    #expect(result.stdout.contains("date: 2018-06-19 23:03"))
    #expect(result.stdout.contains("paragraphs: 5, sentences: 15"))
  }

  struct BadInput: Sendable, CustomTestStringConvertible {
    let id: String
    let bytes: [UInt8]?
    let message: String
    var testDescription: String { id }
  }

  static let badInputs: [BadInput] = [
    BadInput(id: "empty", bytes: [], message: "the file is empty"),
    BadInput(
      id: "binary", bytes: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00],
      message: "not a text file"),
    BadInput(
      id: "invalid-utf8", bytes: Array("Привет".utf8) + [0xFF, 0xFE, 0x41],
      message: "not valid UTF-8 at byte offset 12"),
    BadInput(id: "missing", bytes: nil, message: "no such file"),
  ]

  @Test(arguments: badInputs, ["read", "segment"])
  func badInputExitsTwoWithOneLine(_ input: BadInput, _ command: String) throws {
    let path =
      try input.bytes.map { try CommandRunner.temporaryFile($0) }
      ?? "/nonexistent/sverka-missing.txt"
    let result = try CommandRunner.run([command, path])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("sverka: \(path): "))
    #expect(result.stderr.contains(input.message))
    #expect(result.stderr.filter { $0 == "\n" }.count == 1)
  }

  @Test func windows1251NeedsEncoding() throws {
    // "Переговоры в Минске прошли успешно." in windows-1251, repeated so ICU is confident.
    let text = String(repeating: "Переговоры в Минске прошли успешно. ", count: 6)
    let bytes = text.unicodeScalars.map { scalar -> UInt8 in
      scalar.value >= 0x0410 && scalar.value <= 0x044F
        ? UInt8(scalar.value - 0x0410 + 0xC0) : UInt8(scalar.value)
    }
    let path = try CommandRunner.temporaryFile(bytes)
    let refused = try CommandRunner.run(["segment", path])
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("try --encoding windows-1251"))
    let decoded = try CommandRunner.run(["segment", path, "--encoding", "windows-1251"])
    #expect(decoded.status == 0)
    #expect(decoded.stdout.hasPrefix("Переговоры в Минске прошли успешно.\n"))
  }

  @Test func usageErrorsExitTwo() throws {
    for arguments in [["segment"], ["frobnicate"], ["read", "a", "--format", "xml"]] {
      let result = try CommandRunner.run(arguments)
      #expect(result.status == 2, "\(arguments)")
      #expect(result.stdout.isEmpty)
      #expect(result.stderr.hasPrefix("sverka: "))
    }
  }

  @Test func helpExitsZero() throws {
    let result = try CommandRunner.run(["--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Exit codes"))
  }
}
