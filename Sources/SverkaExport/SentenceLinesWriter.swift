// Writes a statement one sentence a line, a blank line between paragraphs: `sverka segment`.

import SverkaModel
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
      writeLines(of: paragraph, to: &target)
    }
  }

  /// Appends one line for each sentence of `paragraph` to `target`, without the blank line
  /// that separates paragraphs: a caller writing a long statement in chunks writes that.
  ///
  /// - Parameters:
  ///   - paragraph: a segmented paragraph.
  ///   - target: where the text goes.
  public func writeLines<Target: TextOutputStream>(
    of paragraph: Paragraph, to target: inout Target
  ) {
    for sentence in paragraph.sentences {
      if Self.isSingleLine(sentence.text) {
        target.write(sentence.text)
      } else {
        target.write(sentence.singleLine.escapingControls(keeping: ["\t"]))
      }
      target.write("\n")
    }
  }

  /// Whether `text` is its own line as it is: it holds no line break and no control
  /// character but tab, so joining its lines and escaping its controls would leave it as it
  /// is. One byte scan: breaks and controls are C0, DEL, C2 80–C2 9F (C1, NEL) and
  /// E2 80 A8–A9 (LS, PS); most sentences hold none, and skip building two strings.
  static func isSingleLine(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      var index = 0
      let count = bytes.count
      while index < count {
        let byte = bytes[index]
        if byte < 0x20 {
          if byte != 0x09 { return false }
        } else if byte == 0x7F {
          return false
        } else if byte == 0xC2 {
          if index + 1 < count && bytes[index + 1] <= 0x9F { return false }
        } else if byte == 0xE2 {
          if index + 2 < count && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
          {
            return false
          }
        }
        index += 1
      }
      return true
    } ?? false
  }
}
