// Reading without segmenting, for revision diffs, and segmenting afterwards.

import SverkaTestSupport
import Testing

@testable import SverkaRead

@Suite struct UnsegmentedReadingTests {
  @Test func segmentingLaterGivesTheSameStatement() throws {
    let bytes = try Fixtures.bytes(Fixtures.seedPage)
    let whole = try StatementReader().read(bytes, path: "seed")
    let reader = StatementReader(segmentsSentences: false)
    let bare = try reader.read(bytes, path: "seed")
    #expect(bare.paragraphs.map(\.text) == whole.paragraphs.map(\.text))
    #expect(bare.sentenceCount == 0)
    #expect(whole.sentenceCount > 0)
    let later = try reader.segmented(bare)
    #expect(later.sentences.map(\.text) == whole.sentences.map(\.text))
    #expect(later.language == whole.language && later.dateline == whole.dateline)
  }
}
