// Reading without segmenting, for revision diffs, and segmenting afterwards.

import SverkaTestSupport
import Testing

@testable import SverkaRead

@Suite struct UnsegmentedReadingTests {
  @Test func segmentingLaterGivesTheSameStatement() throws {
    let bytes = try Fixtures.bytes(Fixtures.seedPage)
    let reader = StatementReader()
    let whole = try reader.read(bytes, path: "seed")
    let bare = try reader.readParagraphs(bytes, path: "seed")
    #expect(bare.paragraphs.map(\.text) == whole.paragraphs.map(\.text))
    #expect(bare.sentenceCount == 0)
    #expect(whole.sentenceCount > 0)
    let later = try bare.segmented()
    #expect(later.sentences.map(\.text) == whole.sentences.map(\.text))
    #expect(later.language == whole.language && later.dateline == whole.dateline)
  }
}
