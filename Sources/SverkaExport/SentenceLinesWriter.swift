// Writes a statement one sentence a line, a blank line between paragraphs: `sverka segment`.

import SverkaModel
import SverkaRead
import SverkaText

/// Formats a ``SegmentedStatement`` as the `--segmented` input of `sverka align` reads it.
///
/// Each sentence on one line (line breaks inside it written as spaces, control characters
/// other than tab escaped), a blank line between paragraphs.
public struct SentenceLinesWriter: OutputWriter, Sendable {
  /// Creates a writer.
  public init() {}

  /// Appends the sentence lines of `statement` to `target`.
  ///
  /// - Parameters:
  ///   - statement: the statement to write.
  ///   - target: where the text goes.
  public func write<Target: TextOutputStream>(
    _ statement: SegmentedStatement, to target: inout Target
  ) {
    for (index, paragraph) in statement.paragraphs.enumerated() {
      if index > 0 { target.write("\n") }
      writeLines(of: paragraph.sentences, to: &target)
    }
  }

  /// Segments the paragraphs of `statement` and hands their sentence lines to `emit` as
  /// UTF-8 in chunks of about `chunkSize` bytes, each ending at a paragraph's end: a long
  /// statement's sentences and output are never held whole, and a sentence with nothing to
  /// join or escape is copied from its paragraph's bytes as it is. Up to `tasks` chunks are
  /// segmented at once, each by a segmenter of its own, and handed on in order. The chunks
  /// joined are the UTF-8 of ``text(_:)`` of `statement.segmented()`.
  ///
  /// - Parameters:
  ///   - statement: the statement to write, read as paragraphs.
  ///   - tasks: how many chunks to segment at once, at least 1; a statement of fewer chunks
  ///     uses fewer.
  ///   - chunkSize: the size from which a chunk is handed on.
  ///   - emit: takes each chunk, in order.
  /// - Throws: ``ICUError`` when segmenting fails, or what `emit` throws.
  public func write(
    _ statement: Statement, tasks: Int = 1, inChunksOf chunkSize: Int = 1 << 16,
    to emit: ([UInt8]) throws -> Void
  ) throws {
    precondition(tasks >= 1, "segmenting takes at least one task")
    let paragraphs = statement.paragraphs
    let chunks = Self.chunks(of: paragraphs, size: chunkSize)
    // Each task has a segmenter of its own: a segmenter reuses its buffers.
    nonisolated(unsafe) let segmenters = try (0..<min(tasks, chunks.count)).map { _ in
      try SentenceSegmenter(language: statement.language)
    }
    for first in stride(from: 0, to: chunks.count, by: max(segmenters.count, 1)) {
      let round = chunks[first..<min(first + segmenters.count, chunks.count)]
      let lines = try Concurrently.tryMap(round.count) { slot in
        try Self.lines(
          of: paragraphs, round[round.startIndex + slot], segmentingWith: segmenters[slot])
      }
      for chunk in lines { try emit(chunk) }
    }
  }

  /// The ranges of `paragraphs` that make chunks: each holds paragraphs until their text
  /// reaches `size` bytes, and the last holds the rest.
  static func chunks(of paragraphs: [Paragraph], size: Int) -> [Range<Int>] {
    var chunks: [Range<Int>] = []
    var start = 0
    var bytes = 0
    for (index, paragraph) in paragraphs.enumerated() {
      bytes += paragraph.text.utf8.count
      if bytes >= size {
        chunks.append(start..<(index + 1))
        start = index + 1
        bytes = 0
      }
    }
    if start < paragraphs.count { chunks.append(start..<paragraphs.count) }
    return chunks
  }

  /// The sentence lines of the paragraphs in `range`, each after the blank line that
  /// separates it from the paragraph before.
  private static func lines(
    of paragraphs: [Paragraph], _ range: Range<Int>, segmentingWith segmenter: SentenceSegmenter
  ) throws -> [UInt8] {
    var chunk: [UInt8] = []
    let textBytes = range.reduce(0) { $0 + paragraphs[$1].text.utf8.count }
    // A line feed a sentence on top of the text; escapes are rare.
    chunk.reserveCapacity(textBytes + textBytes / 8)
    for index in range {
      if index > 0 { chunk.append(0x0A) }
      var text = paragraphs[index].text
      let ranges = try segmenter.sentenceRanges(in: text)
      text.withUTF8 { bytes in
        for range in ranges {
          let sentence = UnsafeBufferPointer(rebasing: bytes[range])
          let shape = Self.shape(of: sentence)
          if shape == .asIs {
            chunk.append(contentsOf: sentence)
          } else {
            chunk.append(contentsOf: line(String(decoding: sentence, as: UTF8.self), shape).utf8)
          }
          chunk.append(0x0A)
        }
      }
    }
    return chunk
  }

  /// Appends one line for each of a paragraph's `sentences` to `target`, without the blank
  /// line that separates paragraphs.
  private func writeLines<Target: TextOutputStream>(
    of sentences: [Sentence], to target: inout Target
  ) {
    for sentence in sentences {
      var text = sentence.text
      target.write(Self.line(text, text.withUTF8 { Self.shape(of: $0) }))
      target.write("\n")
    }
  }

  /// A sentence's `text` on one line, given its shape.
  private static func line(_ text: String, _ shape: Shape) -> String {
    switch shape {
    case .asIs: text
    case .asciiBreaks: text.joinedLines()
    case .general: text.joinedLines().escapingControls(keeping: ["\t"])
    }
  }

  /// What writing a sentence on one line takes.
  enum Shape {
    /// Nothing: no line break and no control character but tab.
    case asIs
    /// Joining lines at ASCII line breaks (LF, VT, FF, CR), with no other control character
    /// but tab and no NEL, LS or PS.
    case asciiBreaks
    /// Joining lines and escaping controls, scalar by scalar.
    case general
  }

  /// The shape of a sentence from one scan of its UTF-8 `bytes`: breaks and controls are C0,
  /// DEL, C2 80–C2 9F (C1, NEL) and E2 80 A8–A9 (LS, PS). Most sentences hold none and skip building two
  /// strings; most of the rest hold only line feeds. Eight bytes are tested at once, and
  /// a word is looked at byte by byte only when it holds a byte below the space, DEL, `C2`
  /// or `E2`, the only bytes that can start a break or a control.
  static func shape(of bytes: UnsafeBufferPointer<UInt8>) -> Shape {
    var breaks = false
    var index = 0
    let count = bytes.count
    while index < count {
      if let base = bytes.baseAddress, index + 8 <= count {
        let word = ByteLanes.load(base + index)
        let suspects =
          ~ByteLanes.atLeast(word, 0x20) & ByteLanes.high | ByteLanes.equal(word, 0x7F)
          | ByteLanes.equal(word, 0xC2) | ByteLanes.equal(word, 0xE2)
        if suspects == 0 {
          index += 8
          continue
        }
      }
      let byte = bytes[index]
      if byte < 0x20 {
        if byte >= 0x0A && byte <= 0x0D {
          breaks = true
        } else if byte != 0x09 {
          return .general
        }
      } else if byte == 0x7F {
        return .general
      } else if byte == 0xC2 {
        if index + 1 < count && bytes[index + 1] <= 0x9F { return .general }
      } else if byte == 0xE2 {
        if index + 2 < count && bytes[index + 1] == 0x80
          && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
        {
          return .general
        }
      }
      index += 1
    }
    return breaks ? .asciiBreaks : .asIs
  }
}
