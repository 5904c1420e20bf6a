// Every paragraph of both editions appears exactly once in translation-mode diff JSON, for
// every English and Russian edition of every pair (issue 14, item 3).

import Foundation
import Testing

@Suite struct TranslationConservationTests {
  /// Each English edition against each Russian edition of each pair in Pairs/.
  static let editionPairs: [[String]] = {
    let pairs = CommandRunner.root.appendingPathComponent("Pairs")
    let folders = (try? FileManager.default.contentsOfDirectory(atPath: pairs.path)) ?? []
    return folders.sorted().flatMap { folder -> [[String]] in
      let files =
        (try? FileManager.default.contentsOfDirectory(
          atPath: pairs.appendingPathComponent(folder).path)) ?? []
      let english = files.filter { $0.hasPrefix("en-GB") && $0.hasSuffix(".txt") }.sorted()
      let russian = files.filter { $0.hasPrefix("ru-RU") && $0.hasSuffix(".txt") }.sorted()
      return english.flatMap { en in
        russian.map { ru in ["Pairs/\(folder)/\(en)", "Pairs/\(folder)/\(ru)"] }
      }
    }
  }()

  /// The paragraph numbers the ops list for `side`, in op order.
  static func numbers(_ paragraphs: [[String: Any]], side: String) -> [Int] {
    paragraphs.flatMap { op -> [Int] in
      if let number = op[side] as? Int { return [number] }
      return op[side] as? [Int] ?? []
    }
  }

  @Test(arguments: editionPairs)
  func everyParagraphOnce(_ files: [String]) throws {
    let result = try CommandRunner.run(["diff", files[0], files[1], "--format", "json"])
    #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let paragraphs = try #require(object["paragraphs"] as? [[String: Any]])
    #expect(object["mode"] as? String == "translation")
    for side in ["a", "b"] {
      let count = try #require((object[side] as? [String: Any])?["paragraphs"] as? Int)
      // Fixed by the translation-check work (issue 14 item 3 belongs to it); until that
      // merges, a loss is a known issue here, not a pass.
      withKnownIssue(
        "translation-mode JSON leaves out a side of a many-to-many link",
        isIntermittent: true
      ) {
        #expect(
          Self.numbers(paragraphs, side: side).sorted() == Array(0..<count).map { $0 + 1 },
          "\(files) side \(side)")
      }
    }
  }
}
