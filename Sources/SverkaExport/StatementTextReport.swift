// The human-readable form of a read statement: its page parts, then every paragraph.

import SverkaModel

/// Renders a ``SegmentedStatement`` as text, the default output of `sverka read`.
///
/// The metadata first (path, language with its Cyrillic share, encoding, and the dateline,
/// title, language switch and chrome when the page has them), then each paragraph with its
/// number, role and first line in the file.
public struct StatementTextReport: OutputWriter, Sendable {
  /// Creates a report.
  public init() {}

  /// Appends the text report of `statement`, ending in a newline to `target`.
  ///
  /// - Parameters:
  ///   - statement: what to write.
  ///   - target: where the text goes.
  public func write<Target: TextOutputStream>(
    _ statement: SegmentedStatement, to target: inout Target
  ) {
    target.write(document(statement))
  }

  /// The report text, ending in a newline.
  private func document(_ statement: SegmentedStatement) -> String {
    var lines: [String] = []
    lines.append("path: \(statement.path ?? "-")")
    lines.append(
      "language: \(statement.language.rawValue) (Cyrillic share "
        + "\(Int((statement.cyrillicShare * 100).rounded()))%)")
    lines.append("encoding: \(statement.encoding)")
    if let dateline = statement.dateline { lines.append("date: \(dateline)") }
    if let title = statement.title { lines.append("title: \(title)") }
    if let languageSwitch = statement.languageSwitch {
      lines.append("language switch: \(languageSwitch)")
    }
    if !statement.chrome.isEmpty {
      lines.append("chrome: \(statement.chrome.joined(separator: " | "))")
    }
    lines.append(
      "paragraphs: \(statement.paragraphs.count), sentences: \(statement.sentenceCount)")
    for (index, paragraph) in statement.paragraphs.enumerated() {
      lines.append("")
      lines.append("¶\(index + 1) [\(paragraph.role.rawValue), line \(paragraph.line)]")
      lines.append(paragraph.text)
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
