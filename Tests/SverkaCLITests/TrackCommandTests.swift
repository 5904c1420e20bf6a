// End-to-end runs of `sverka track`: exit status, text and JSON.

import Foundation
import Testing

@Suite struct TrackCommandTests {
  static let finland = "Pairs/2018-08-23-lavrov-telephone-conversation-finland"
  static let seed = "Pairs/2018-06-19-lavrov-union-state-minsk"

  @Test func staleTranslationExitsOne() throws {
    let result = try CommandRunner.run([
      "track", Self.finland + "/en-GB.txt", Self.finland + "/en-GB.rev2.txt",
      Self.finland + "/ru-RU.txt",
    ])
    #expect(result.status == 1)
    #expect(result.stderr.isEmpty)
    #expect(
      result.stdout.contains(
        "summary: 2 current, 1 updated, 2 stale, 0 untranslated, 0 obsolete, 0 unmatched"))
    #expect(result.stdout.contains("updated: translation ¶2 ← old ¶2 → new ¶2"))
  }

  @Test func currentTranslationExitsZeroAndJSONParses() throws {
    let result = try CommandRunner.run([
      "track", Self.seed + "/ru-RU.txt", Self.seed + "/ru-RU.rev2.txt", Self.seed + "/en-GB.txt",
      "--format", "json",
    ])
    #expect(result.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let summary = try #require(object["summary"] as? [String: Int])
    #expect(
      summary == [
        "current": 5, "updated": 0, "stale": 0, "untranslated": 0, "obsolete": 0, "unmatched": 0,
      ])
  }

  @Test func wrongLanguageExitsTwo() throws {
    let result = try CommandRunner.run([
      "track", Self.seed + "/en-GB.txt", Self.seed + "/ru-RU.txt", Self.seed + "/ru-RU.txt",
    ])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("expected English but the text is Russian"))
  }
}
