// The human-readable form of a read statement: its page parts, then every paragraph.

import SverkaModel

/// Renders a ``SegmentedStatement`` as text, the default output of `sverka read`.
///
/// The metadata first (path, language with its Cyrillic share, encoding, and the dateline,
/// title, language switch and chrome when the page has them), then each paragraph with its
/// number, role and first line in the file.
public struct StatementTextReport: Sendable {
  /// Creates a report.
  public init() {}

  /// The report text, ending in a newline.
  public func render(_ statement: SegmentedStatement) -> String {
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
