// End-to-end runs of `sverka pair`: the Pairs TSV, JSON Lines, pair folders, and bad input.

import Foundation
import Testing

@Suite struct PairCommandTests {
  /// A crawl in two folders: every edition of Pairs/ under a meaningless name, and the decoy
  /// pages. Returns the two folders and the gold pairs (English name → Russian name).
  static func makeCrawl() throws -> (english: String, russian: String, gold: [String: String]) {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("sverka-pair-cli-\(UUID().uuidString)")
    let english = root.appendingPathComponent("en")
    let russian = root.appendingPathComponent("ru/deeper")
    for folder in [english, russian] {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }
    let pairs = CommandRunner.root.appendingPathComponent("Pairs")
    let names = try FileManager.default.contentsOfDirectory(atPath: pairs.path)
      .filter { !$0.hasSuffix(".md") }.sorted()
    var gold: [String: String] = [:]
    for (index, name) in names.enumerated() {
      // Names that sort in another order on each side, so that pairing by name fails.
      let englishName = "x\(String(index * 7 % 11, radix: 2)).txt"
      let russianName = "q\(names.count - index).page"
      try FileManager.default.copyItem(
        at: pairs.appendingPathComponent(name + "/en-GB.txt"),
        to: english.appendingPathComponent(englishName))
      try FileManager.default.copyItem(
        at: pairs.appendingPathComponent(name + "/ru-RU.txt"),
        to: russian.appendingPathComponent(russianName))
      gold[englishName] = "deeper/" + russianName
    }
    let decoys = CommandRunner.root.appendingPathComponent(
      "Tests/SverkaPairTests/Decoys")
    for decoy in try FileManager.default.contentsOfDirectory(atPath: decoys.path)
    where decoy.hasPrefix("decoy-") {
      let target = decoy.hasPrefix("decoy-en") ? english : russian
      try FileManager.default.copyItem(
        at: decoys.appendingPathComponent(decoy), to: target.appendingPathComponent(decoy))
    }
    return (english.path, root.appendingPathComponent("ru").path, gold)
  }

  static func rows(_ tsv: String) -> [[String]] {
    tsv.split(separator: "\n").dropFirst().map {
      $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }
  }

  @Test func pairsTwoFoldersWithEveryPageInOneRow() throws {
    let crawl = try Self.makeCrawl()
    let result = try CommandRunner.run(["pair", crawl.english, crawl.russian])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    #expect(result.stdout.hasPrefix("en\tru\tscore\n"))
    let rows = Self.rows(result.stdout)
    var found: [String: String] = [:]
    for row in rows where !row[0].isEmpty && !row[1].isEmpty { found[row[0]] = row[1] }
    #expect(found == crawl.gold)
    let english = rows.map { $0[0] }.filter { !$0.isEmpty }
    let russian = rows.map { $0[1] }.filter { !$0.isEmpty }
    #expect(english.count == Set(english).count && russian.count == Set(russian).count)
    #expect(english.count == crawl.gold.count + 2 && russian.count == crawl.gold.count + 2)
    for row in rows {
      #expect(row.count == 3)
      #expect(row[2].range(of: #"^[01]\.\d{3}$"#, options: .regularExpression) != nil)
    }
    let again = try CommandRunner.run(["pair", crawl.english, crawl.russian])
    #expect(again.stdout == result.stdout, "output is deterministic")
  }

  @Test func pairsOneMixedFolderAndGivesTheEvidenceInJSONLines() throws {
    let crawl = try Self.makeCrawl()
    let root = (crawl.english as NSString).deletingLastPathComponent
    let result = try CommandRunner.run(["pair", root, "--format", "jsonl"])
    #expect(result.status == 0)
    let records = try result.stdout.split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    let pairs = records.filter { $0["en"] is String && $0["ru"] is String }
    #expect(pairs.count == crawl.gold.count)
    for pair in pairs {
      let english = try #require(pair["en"] as? String)
      #expect(crawl.gold[String(english.dropFirst(3))].map { "ru/" + $0 } == pair["ru"] as? String)
      let evidence = try #require(pair["evidence"] as? [String: Any])
      let shared = try #require(evidence["shared"] as? [String: [String]])
      #expect(!(shared["names"] ?? []).isEmpty || !(shared["numbers"] ?? []).isEmpty)
    }
  }

  @Test func writesPairFoldersThatAlignAsTheOriginalsDo() throws {
    let crawl = try Self.makeCrawl()
    let out = FileManager.default.temporaryDirectory
      .appendingPathComponent("sverka-pair-out-\(UUID().uuidString)").path
    let result = try CommandRunner.run(["pair", crawl.english, crawl.russian, "--out-pairs", out])
    #expect(result.status == 0)
    let folders = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
    #expect(folders.count == crawl.gold.count)
    for folder in folders {
      let path = out + "/" + folder
      let readme = try String(contentsOfFile: path + "/README.md", encoding: .utf8)
      #expect(readme.contains(crawl.english) && readme.contains(crawl.russian))
      let paired = try CommandRunner.run(["align", path])
      #expect(paired.status == 0)
      let english = try Data(contentsOf: URL(fileURLWithPath: path + "/en-GB.txt"))
      let pairs = CommandRunner.root.appendingPathComponent("Pairs")
      let original = try FileManager.default.contentsOfDirectory(atPath: pairs.path).first {
        (try? Data(contentsOf: pairs.appendingPathComponent($0 + "/en-GB.txt"))) == english
      }
      let source = try CommandRunner.run(["align", "Pairs/" + (try #require(original))])
      #expect(paired.stdout == source.stdout)
    }
    let batch = try CommandRunner.run(["batch", out, "--out", out + "-aligned"])
    #expect(batch.status == 0)
    let again = try CommandRunner.run(["pair", crawl.english, crawl.russian, "--out-pairs", out])
    #expect(again.status == 2)
    #expect(again.stderr.contains("exists already"))
  }

  @Test func aHighThresholdTurnsPairsIntoTwoSingleRows() throws {
    let crawl = try Self.makeCrawl()
    let result = try CommandRunner.run([
      "pair", crawl.english, crawl.russian, "--min-score", "0.99999",
    ])
    #expect(result.status == 0)
    let rows = Self.rows(result.stdout)
    let paired = rows.filter { !$0[0].isEmpty && !$0[1].isEmpty }
    #expect(paired.allSatisfy { Double($0[2]) ?? 0 >= 0.999 })
    #expect(rows.count == 2 * (crawl.gold.count + 2) - paired.count)
  }

  struct BadInput: Sendable, CustomTestStringConvertible {
    let id: String
    let arguments: [String]
    let message: String
    var testDescription: String { id }
  }

  static let badInputs = [
    BadInput(
      id: "missing folder", arguments: ["pair", "/nonexistent/crawl"],
      message: "/nonexistent/crawl: no such file"),
    BadInput(
      id: "a file, not a folder", arguments: ["pair", "README.md"],
      message: "README.md: cannot read: not a folder"),
    BadInput(
      id: "three folders", arguments: ["pair", "Pairs", "Pairs", "Pairs"],
      message: "give two folders"),
    BadInput(
      id: "score out of range", arguments: ["pair", "Pairs", "--min-score", "1.5"],
      message: "--min-score must be between 0 and 1"),
  ]

  @Test(arguments: badInputs)
  func rejectsBadInputWithStatusTwoAndOneLine(_ input: BadInput) throws {
    let result = try CommandRunner.run(input.arguments)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains(input.message))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test func reportsUnreadablePagesAndPairsTheRest() throws {
    let crawl = try Self.makeCrawl()
    try Data([0x41, 0x00, 0x42]).write(to: URL(fileURLWithPath: crawl.english + "/binary.txt"))
    try Data().write(to: URL(fileURLWithPath: crawl.russian + "/empty.txt"))
    try Data("Текст на русском языке.".utf8).write(
      to: URL(fileURLWithPath: crawl.english + "/russian.txt"))
    let result = try CommandRunner.run(["pair", crawl.english, crawl.russian])
    #expect(result.status == 2)
    #expect(result.stderr.contains("binary.txt: not a text file"))
    #expect(result.stderr.contains("empty.txt: the file is empty"))
    #expect(result.stderr.contains("russian.txt: expected English but the text is Russian"))
    #expect(result.stderr.contains("3 of \(2 * crawl.gold.count + 7) pages could not be read"))
    let paired = Self.rows(result.stdout).filter { !$0[0].isEmpty && !$0[1].isEmpty }
    #expect(paired.count == crawl.gold.count)
  }
}
