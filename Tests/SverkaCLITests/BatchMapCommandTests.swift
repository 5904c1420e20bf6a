// End-to-end runs of `sverka batch` and `sverka map`, and of the TMX and HTML formats.

import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct BatchMapCommandTests {
  static let pair = "Pairs/2018-06-19-lavrov-union-state-minsk"

  /// The 1-based ids of one side read down a TSV's id column.
  static func ids(_ tsv: String, column: Int) -> [Int] {
    tsv.split(separator: "\n").dropFirst().flatMap { row in
      row.split(separator: "\t", omittingEmptySubsequences: false)[column]
        .split(separator: ",").compactMap { Int($0) }
    }
  }

  @Test func batchWritesOneFileAPairWithEverySentence() throws {
    let out = FileManager.default.temporaryDirectory
      .appendingPathComponent("sverka-batch-\(UUID().uuidString)").path
    let result = try CommandRunner.run(["batch", "Pairs", "--out", out, "--jobs", "2"])
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    let pairs = try FileManager.default.contentsOfDirectory(
      atPath: CommandRunner.root.appendingPathComponent("Pairs").path
    ).filter { !$0.hasSuffix(".md") }
    #expect(result.stderr.split(separator: "\n").count == pairs.count)
    for pair in pairs {
      let tsv = try String(contentsOfFile: out + "/Pairs/" + pair + ".tsv", encoding: .utf8)
      let single = try CommandRunner.run(["align", "Pairs/" + pair])
      #expect(tsv == single.stdout, "\(pair)")
      for column in 0...1 {
        let ids = Self.ids(tsv, column: column)
        #expect(ids == Array(1...(ids.last ?? 0)), "\(pair) column \(column)")
      }
    }
  }

  @Test func batchReportsABrokenPairAndGoesOn() throws {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("sverka-broken-\(UUID().uuidString)")
    let good = root.appendingPathComponent("good")
    let bad = root.appendingPathComponent("bad")
    for folder in [good, bad] {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }
    for name in ["en-GB.txt", "ru-RU.txt"] {
      try FileManager.default.copyItem(
        at: CommandRunner.root.appendingPathComponent(Self.pair + "/" + name),
        to: good.appendingPathComponent(name))
    }
    try Data([0x41, 0xFF, 0x42, 0x2E]).write(to: bad.appendingPathComponent("en-GB.txt"))
    try Data("Текст.".utf8).write(to: bad.appendingPathComponent("ru-RU.txt"))
    let out = root.appendingPathComponent("out").path
    let result = try CommandRunner.run(["batch", root.path, "--out", out])
    #expect(result.status == 2)
    #expect(result.stderr.contains("bad: "))
    #expect(result.stderr.contains("1 of 2 pairs failed"))
    #expect(FileManager.default.fileExists(atPath: out + "/\(root.lastPathComponent)/good.tsv"))
  }

  /// A folder holding one pair folder, `pair`, whose Russian edition is in windows-1251,
  /// and a dictd dictionary beside it, `words.index` and `words.dict`.
  static func windows1251Pair() throws -> URL {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("sverka-cp1251-\(UUID().uuidString)")
    let pair = root.appendingPathComponent("pairs/pair")
    try FileManager.default.createDirectory(at: pair, withIntermediateDirectories: true)
    let english = [
      "The talks in Minsk were successful.", "The ministers discussed the harvest and the weather.",
      "Both sides praised the orchestra.", "The delegation visited a tractor factory.",
    ]
    let russian = [
      "Переговоры в Минске прошли успешно.", "Министры обсудили урожай и погоду.",
      "Обе стороны похвалили оркестр.", "Делегация посетила тракторный завод.",
    ]
    try Data((english.joined(separator: "\n\n") + "\n").utf8).write(
      to: pair.appendingPathComponent("en-GB.txt"))
    // А–я are 0xC0–0xFF in windows-1251; everything else here is ASCII.
    let bytes = (russian.joined(separator: "\n\n") + "\n").unicodeScalars.map { scalar in
      scalar.value >= 0x0410 && scalar.value <= 0x044F
        ? UInt8(scalar.value - 0x0410 + 0xC0) : UInt8(scalar.value)
    }
    try Data(bytes).write(to: pair.appendingPathComponent("ru-RU.txt"))
    // dictd: each index line is headword, offset and length in base 64.
    let digits = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    func base64(_ value: Int) -> String {
      value < 64 ? String(digits[value]) : base64(value / 64) + String(digits[value % 64])
    }
    var index = ""
    var dict: [UInt8] = []
    for (word, translation) in [
      ("factory", "завод"), ("harvest", "урожай"), ("orchestra", "оркестр"),
      ("praised", "похвалить"), ("tractor", "тракторный"), ("weather", "погода"),
    ] {
      let article = Array("\(word)\n  \(translation)\n".utf8)
      index += "\(word)\t\(base64(dict.count))\t\(base64(article.count))\n"
      dict += article
    }
    try Data(index.utf8).write(to: root.appendingPathComponent("words.index"))
    try Data(dict).write(to: root.appendingPathComponent("words.dict"))
    return root
  }

  @Test func batchDecodesWithEncodingAsAlignDoes() throws {
    let root = try Self.windows1251Pair()
    let pairs = root.appendingPathComponent("pairs").path
    let out = root.appendingPathComponent("out").path
    let refused = try CommandRunner.run(["batch", pairs, "--out", out])
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("pair: "))
    #expect(refused.stderr.contains("try --encoding windows-1251"))
    let result = try CommandRunner.run(["batch", pairs, "--out", out, "--encoding", "windows-1251"])
    #expect(result.status == 0)
    #expect(result.stderr == "[1/1] pairs/pair: 4 links\n")
    let tsv = try String(contentsOfFile: out + "/pairs/pair.tsv", encoding: .utf8)
    let single = try CommandRunner.run(["align", pairs + "/pair", "--encoding", "windows-1251"])
    #expect(single.status == 0)
    #expect(tsv == single.stdout)
    #expect(tsv.contains("\tОбе стороны похвалили оркестр.\n"))
  }

  @Test func batchAddsTheDictionaryAsAlignDoes() throws {
    let root = try Self.windows1251Pair()
    let pairs = root.appendingPathComponent("pairs").path
    let dictionary = root.appendingPathComponent("words.index").path
    let common = ["--encoding", "windows-1251"]
    let plain = try CommandRunner.run(["batch", pairs, "--out", root.path + "/plain"] + common)
    let withWords = try CommandRunner.run(
      ["batch", pairs, "--out", root.path + "/words", "--dictionary", dictionary] + common)
    #expect(plain.status == 0 && withWords.status == 0)
    let single = try CommandRunner.run(
      ["align", pairs + "/pair", "--dictionary", dictionary] + common)
    let plainTSV = try String(contentsOfFile: root.path + "/plain/pairs/pair.tsv", encoding: .utf8)
    let wordsTSV = try String(contentsOfFile: root.path + "/words/pairs/pair.tsv", encoding: .utf8)
    #expect(wordsTSV == single.stdout)
    // The dictionary's words raise the scores, so it was read.
    #expect(wordsTSV != plainTSV)
    let missing = try CommandRunner.run(
      ["batch", pairs, "--out", root.path + "/missing", "--dictionary", root.path + "/no.index"]
        + common)
    #expect(missing.status == 2)
    #expect(missing.stderr == "sverka: \(root.path)/no.index: no such file\n")
    #expect(!FileManager.default.fileExists(atPath: root.path + "/missing/pairs/pair.tsv"))
  }

  @Test func mapAlignsEachRecordAndReportsBadOnes() throws {
    let english = try String(contentsOfFile: Self.pair + "/en-GB.txt", encoding: .utf8)
    let russian = try String(contentsOfFile: Self.pair + "/ru-RU.txt", encoding: .utf8)
    let record = try JSONSerialization.data(withJSONObject: [
      "id": "seed", "ru": russian, "en": english,
    ])
    let input =
      Array(record) + Array("\n\n{\"id\": 7, \"en\": \"Only one side.\"}\nnot json\n".utf8)
    let result = try CommandRunner.run(["map"], input: input)
    #expect(result.status == 2)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 3)
    let first = try #require(
      try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
    #expect(first["id"] as? String == "seed")
    #expect(first["en_sentences"] as? Int == 15)
    let links = try #require(first["links"] as? [[String: Any]])
    let englishIds = links.flatMap { $0["en_ids"] as? [Int] ?? [] }
    #expect(englishIds == Array(1...15))
    let second = try #require(
      try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
    #expect(second["id"] as? Int == 7)
    #expect(second["line"] as? Int == 3)
    #expect((second["error"] as? String)?.contains("\"en\" and \"ru\"") == true)
    #expect(lines[2].contains("not valid JSON: "))
    #expect(result.stderr.split(separator: "\n").count == 2)
  }

  @Test func tmxHasEveryLinkAndParses() throws {
    let result = try CommandRunner.run(["align", Self.pair, "--format", "tmx"])
    #expect(result.status == 0)
    #expect(
      result.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">"))
    #expect(result.stdout.components(separatedBy: "<tu ").count - 1 == 15)
    #expect(result.stdout.components(separatedBy: "<tuv xml:lang=\"ru-RU\">").count - 1 == 15)
    let parser = XMLParser(data: Data(result.stdout.utf8))
    #expect(parser.parse())
  }

  @Test func htmlShowsBothSides() throws {
    let result = try CommandRunner.run([
      "align", "Pairs/2018-09-10-lavrov-interview-xinhua", "--format", "html",
    ])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
    #expect(result.stdout.contains("(no counterpart)"))
    #expect(result.stdout.contains("lang=\"ru\""))
    #expect(!result.stdout.contains("<script"))
  }
}

@Suite struct PairFolderLanguageTests {
  @Test func aRussianFileSavedAsEnglishIsNamed() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("sverka-swapped-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let seed = CommandRunner.root.appendingPathComponent(
      "Pairs/2018-06-19-lavrov-union-state-minsk")
    try FileManager.default.copyItem(
      at: seed.appendingPathComponent("ru-RU.txt"), to: folder.appendingPathComponent("en-GB.txt"))
    try FileManager.default.copyItem(
      at: seed.appendingPathComponent("en-GB.txt"), to: folder.appendingPathComponent("ru-RU.txt"))
    let result = try CommandRunner.run(["align", folder.path])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("en-GB.txt: expected English but the text is Russian"))
  }
}

@Suite struct OutputErrorTests {
  @Test func aFullDiskIsReportedNotIgnored() throws {
    // Only where /dev/full is the Linux device that refuses every write.
    let type = try? FileManager.default.attributesOfItem(atPath: "/dev/full")[.type]
    guard type as? FileAttributeType == .typeCharacterSpecial else { return }
    let result = try CommandRunner.run([
      "align", "Pairs/2018-06-19-lavrov-union-state-minsk", "-o", "/dev/full",
    ])
    #expect(result.status == 2)
    #expect(result.stderr == "sverka: /dev/full: cannot write: No space left on device\n")
  }

  @Test func aMissingOutputFolderIsNamed() throws {
    let result = try CommandRunner.run([
      "segment", "Pairs/2018-06-19-lavrov-union-state-minsk/en-GB.txt", "-o",
      "/nonexistent-sverka-folder/out.txt",
    ])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("sverka: /nonexistent-sverka-folder/out.txt: cannot write: "))
  }
}
