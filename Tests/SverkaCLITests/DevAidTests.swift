// The development aids live in `sverka-dev`, not in the product: the scripts in tools/ rely on
// what it prints, and `sverka` no longer takes their flags.

import Foundation
import Testing

@Suite struct DevAidTests {
  /// The pair folders' names.
  static let pairs: [String] = {
    let root = CommandRunner.root.appendingPathComponent("Pairs")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    return names.filter {
      FileManager.default.fileExists(
        atPath: root.appendingPathComponent($0).appendingPathComponent("en-GB.txt").path)
    }.sorted()
  }()

  /// `sverka-dev evidence` gives one line a link, the links covering every sentence of both
  /// sides once and in order, each with the calibration's ten features and a score in [0, 1].
  @Test(arguments: pairs)
  func evidenceCoversEverySentence(_ pair: String) throws {
    let folder = "Pairs/\(pair)/"
    let result = try CommandRunner.run(
      ["evidence", folder + "ru-RU.txt", folder + "en-GB.txt"], program: "sverka-dev")
    #expect(result.status == 0, "\(result.stderr)")
    let aligned = try CommandRunner.run(["align", folder, "--format", "tsv"])
    let rows = aligned.stdout.split(separator: "\n").dropFirst()
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == rows.count)
    var next = (english: 1, russian: 1)
    for line in lines {
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let english = try #require(object["en_ids"] as? [Int])
      let russian = try #require(object["ru_ids"] as? [Int])
      #expect(english == Array(next.english..<(next.english + english.count)))
      #expect(russian == Array(next.russian..<(next.russian + russian.count)))
      next = (next.english + english.count, next.russian + russian.count)
      // One a name of ScoreCalibration.featureNames.
      #expect((object["features"] as? [Double])?.count == 12)
      let score = try #require(object["score"] as? Double)
      #expect((0...1).contains(score))
    }
  }

  /// ICU's bare sentences keep every visible character of the statement, as the refined
  /// ones do; the two differ where Sverka's rules judge otherwise.
  @Test func rawICUKeepsTheText() throws {
    let file = "Pairs/\(Self.pairs[0])/en-GB.txt"
    let raw = try CommandRunner.run(["segment", file, "--raw-icu"], program: "sverka-dev")
    let refined = try CommandRunner.run(["segment", file])
    #expect(raw.status == 0 && refined.status == 0)
    let visible = { (text: String) in text.filter { !$0.isWhitespace } }
    #expect(!raw.stdout.isEmpty)
    #expect(visible(raw.stdout) == visible(refined.stdout))
  }

  /// The product no longer takes the development flags: each is a usage error (exit 2).
  @Test(arguments: [
    ["segment", "Pairs/\(pairs[0])/en-GB.txt", "--raw-icu"],
    ["segment", "Pairs/\(pairs[0])/en-GB.txt", "--bench", "1"],
    ["align", "Pairs/\(pairs[0])", "--evidence"],
  ])
  func productRefusesDevelopmentFlags(_ arguments: [String]) throws {
    let result = try CommandRunner.run(arguments)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
  }
}
