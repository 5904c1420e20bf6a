// A self-contained HTML page of an edition diff, for reading in a browser.

import SverkaModel

/// Renders an ``EditionDiff`` as one HTML page with `<del>` and `<ins>` inside paragraphs.
public struct DiffHTMLReport: Sendable {
  /// Whether to show paragraphs that differ only in typography.
  public var showCosmetic: Bool

  /// Creates a report.
  public init(showCosmetic: Bool = false) {
    self.showCosmetic = showCosmetic
  }

  /// The page.
  public func render(_ diff: EditionDiff) -> String {
    var out = """
      <!DOCTYPE html>
      <html><head><meta charset="utf-8"><title>sverka diff</title><style>
      body{font:16px/1.5 serif;max-width:50em;margin:2em auto}
      del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}
      .cosmetic{background:#ffd}.high{border-left:4px solid #c00;padding-left:.5em}
      h2{font:bold 13px sans-serif;color:#555;margin:1.5em 0 .2em}
      </style></head><body>

      """
    out += "<h1>\(escape(diff.a.path ?? "a")) → \(escape(diff.b.path ?? "b"))</h1>\n"
    for paragraph in diff.paragraphs {
      if paragraph.operation == .equal { continue }
      if paragraph.operation == .cosmetic && !showCosmetic { continue }
      let side =
        paragraph.a.map { "¶\($0)" }.joined(separator: "+") + " → "
        + paragraph.b.map { "¶\($0)" }.joined(separator: "+")
      let reasons = paragraph.reasons.map(\.rawValue).joined(separator: ", ")
      out += "<h2>\(escape(side)) \(paragraph.operation.rawValue) \(escape(reasons))</h2>\n"
      let cls = paragraph.severity == .high ? " class=\"high\"" : ""
      out += "<p\(cls)>" + body(paragraph, diff) + "</p>\n"
    }
    return out + "</body></html>\n"
  }

  private func body(_ paragraph: ParagraphDiff, _ diff: EditionDiff) -> String {
    switch paragraph.operation {
    case .deleted:
      return "<del>"
        + paragraph.a.map { escape(diff.a.paragraphs[$0 - 1]) }.joined(separator: "<br><br>")
        + "</del>"
    case .inserted:
      return "<ins>"
        + paragraph.b.map { escape(diff.b.paragraphs[$0 - 1]) }.joined(separator: "<br><br>")
        + "</ins>"
    default:
      if paragraph.words.isEmpty {
        return paragraph.b.map { escape(diff.b.paragraphs[$0 - 1]) }.joined(separator: "<br><br>")
      }
      return paragraph.words.map { change in
        switch change.operation {
        case .equal: escape(change.text)
        case .deleted: "<del>" + escape(change.text) + "</del>"
        case .inserted: "<ins>" + escape(change.text) + "</ins>"
        case .cosmetic:
          "<span class=\"cosmetic\" title=\"\(escape(change.old ?? ""))\">" + escape(change.text)
            + "</span>"
        }
      }.joined()
    }
  }

  private func escape(_ text: String) -> String { HTMLText.escape(text, lineBreaks: true) }
}
