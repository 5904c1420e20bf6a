// End-to-end runs of `sverka align`: pair folders, either order, formats, errors.

import Foundation
import Testing

@Suite struct AlignCommandTests {
  static let pair = "Pairs/2018-06-19-lavrov-union-state-minsk"

  @Test func alignsAPairFolder() throws {
    let result = try CommandRunner.run(["align", Self.pair])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.first == "en_ids\tru_ids\tscore\ten\tru")
    #expect(
      lines.dropFirst().allSatisfy {
        $0.split(separator: "\t", omittingEmptySubsequences: false).count == 5
      })
    #expect(lines.dropFirst().first?.hasPrefix("1\t1\t") == true)
  }

  @Test func eitherOrderGivesTheSameOutput() throws {
    let forward = try CommandRunner.run([
      "align", Self.pair + "/en-GB.txt", Self.pair + "/ru-RU.txt",
    ])
    let backward = try CommandRunner.run([
      "align", Self.pair + "/ru-RU.txt", Self.pair + "/en-GB.txt",
    ])
    #expect(forward.status == 0)
    #expect(forward.stdout == backward.stdout)
  }

  @Test func sameLanguageNamesDiff() throws {
    let result = try CommandRunner.run([
      "align", Self.pair + "/en-GB.txt", Self.pair + "/en-GB.txt",
    ])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("sverka diff"))
  }

  @Test func notAPairFolder() throws {
    let result = try CommandRunner.run(["align", "Sources"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("not a pair folder"))
  }

  @Test func segmentedJSONLToFile() throws {
    let english = try CommandRunner.temporaryFile(Array("One.\nTwo.\n\nThree.\n".utf8))
    let russian = try CommandRunner.temporaryFile(Array("Один.\nДва.\n\nТри.\n".utf8))
    let output = english + ".jsonl"
    let result = try CommandRunner.run(
      ["align", "--segmented", "--format", "jsonl", "-o", output, russian, english])
    #expect(result.status == 0)
    let text = try String(contentsOfFile: output, encoding: .utf8)
    let lines = text.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines.last?.hasPrefix("{\"en_ids\":[3],\"ru_ids\":[3],") == true)
  }
}
