// `sverka segment`'s lines: written whole, or segmented and written a paragraph at a time in
// chunks, the same text, each chunk ending where a paragraph ends.

import Foundation
import SverkaExport
import SverkaRead
import SverkaTestSupport
import Testing

@Suite struct SentenceLinesWriterTests {
  @Test(arguments: Fixtures.pairFolders)
  func chunksJoinedAreTheWholeText(_ folder: URL) throws {
    for edition in ["en-GB.txt", "ru-RU.txt"] {
      let url = folder.appendingPathComponent(edition)
      let paragraphs = try StatementReader().readParagraphs(Fixtures.bytes(url), path: url.path)
      let statement = try paragraphs.segmented()
      let whole = SentenceLinesWriter().text(statement)
      var chunks: [String] = []
      try SentenceLinesWriter().write(paragraphs, inChunksOf: 200) {
        chunks.append(String(decoding: $0, as: UTF8.self))
      }
      #expect(chunks.joined() == whole, "\(edition)")
      // Segmented three chunks at once, the same chunks in the same order.
      var concurrent: [String] = []
      try SentenceLinesWriter().write(paragraphs, tasks: 3, inChunksOf: 200) {
        concurrent.append(String(decoding: $0, as: UTF8.self))
      }
      #expect(concurrent == chunks, "\(edition)")
      #expect(chunks.count > 1, "\(edition): a chunk of 200 bytes holds no whole statement")
      let sentences = statement.paragraphs.reduce(0) { $0 + $1.sentences.count }
      #expect(whole.split(separator: "\n").count == sentences, "\(edition)")
      // Every chunk but the last ends a paragraph: the next one opens with its blank line.
      for (chunk, next) in zip(chunks, chunks.dropFirst()) {
        #expect(chunk.hasSuffix("\n") && !chunk.hasSuffix("\n\n") && next.hasPrefix("\n"))
      }
    }
  }

  @Test func wrappedLinesAndControlsAreWrittenOnOneLine() throws {
    let text = "First line\nwraps here. Tab\tstays.\n\nA bell\u{7} is escaped."
    let statement = try StatementReader(language: .english).read(text: text, path: nil)
    #expect(
      SentenceLinesWriter().text(statement)
        == "First line wraps here.\nTab\tstays.\n\nA bell\\u0007 is escaped.\n")
  }

  /// Streamed, a sentence with nothing to join or escape is copied from the paragraph's
  /// bytes; one with a line break or a control goes through the joining and escaping that
  /// the whole-text writer uses, and the two give the same text.
  @Test(arguments: [
    "First line\nwraps here. Tab\tstays.\n\nA bell\u{7} is escaped.",
    "A line\u{2028}separator, a\u{85}next line and a\u{9F} control. «Кавычки» — stay.",
    "Wrapped\u{B}by a vertical tab. Then\u{C}a form feed.\n\n\u{1B}[0m escape. Last\u{7F}",
  ])
  func streamedLinesMatchTheWholeText(_ text: String) throws {
    let reader = StatementReader(language: .english)
    let whole = SentenceLinesWriter().text(try reader.read(text: text, path: nil))
    let paragraphs = try reader.readParagraphs(text: text, path: nil)
    for tasks in [1, 2] {
      var streamed: [UInt8] = []
      try SentenceLinesWriter().write(paragraphs, tasks: tasks, inChunksOf: 8) { streamed += $0 }
      #expect(String(decoding: streamed, as: UTF8.self) == whole)
    }
    #expect(whole.contains("\\u"))
  }
}
