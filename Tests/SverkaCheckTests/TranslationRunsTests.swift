// Translation mode judges links in runs over the cores: the evidence must not depend on how
// the links are shared out, nor on which words a run's caches have already seen.

import Foundation
import SverkaAlign
import SverkaModel
import SverkaRead
import SverkaTestSupport
import Testing

@testable import SverkaCheck

@Suite struct TranslationRunsTests {
  /// Every pair's text, English and Russian, one after another as one long document each.
  static func joinedPairs() throws -> (english: SegmentedStatement, russian: SegmentedStatement) {
    let reader = StatementReader()
    func joined(_ name: String) throws -> SegmentedStatement {
      let texts = try Fixtures.pairFolders.map {
        String(decoding: try Fixtures.bytes($0.appendingPathComponent(name)), as: UTF8.self)
      }
      return try reader.read(text: texts.joined(separator: "\n\n"), path: name)
    }
    return (try joined("en-GB.txt"), try joined("ru-RU.txt"))
  }

  @Test(arguments: [2, 3, 7])
  func evidenceIsTheSameInAnyNumberOfRuns(runs: Int) throws {
    let (english, russian) = try Self.joinedPairs()
    let links = try Aligner().paragraphLinks(english: english, russian: russian)
    let alone = try TranslationCheck.inspect(
      links, english: english, russian: russian, checksNegation: true, a: english, b: russian,
      runs: 1)
    let shared = try TranslationCheck.inspect(
      links, english: english, russian: russian, checksNegation: true, a: english, b: russian,
      runs: runs)
    #expect(alone.evidence.count == links.count)
    #expect(alone.evidence.contains { !$0.isEmpty })
    #expect(shared.evidence == alone.evidence)
    #expect(shared.aHashes == alone.aHashes)
    #expect(shared.bHashes == alone.bHashes)
    #expect(alone.aHashes.count == english.paragraphs.count)
  }

  @Test func wordsSpeltWithOtherBytesAreKeptApart() {
    let composed = "ёлка"
    let decomposed = "е\u{308}лка"
    #expect(composed == decomposed)
    #expect(ByteKey(composed) != ByteKey(decomposed))
    #expect(ByteKey(composed) == ByteKey(String(composed)))
  }
}
