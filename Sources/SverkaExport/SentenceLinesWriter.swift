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
      for sentence in paragraph.sentences {
        target.write(sentence.singleLine.escapingControls(keeping: ["\t"]))
        target.write("\n")
      }
    }
  }
}
