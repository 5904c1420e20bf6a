// Escaping text for the HTML pages Sverka writes.

/// Text made safe for HTML content and attribute values.
enum HTMLText {
  /// `text` with `&`, `<`, `>`, `"` and `'` escaped, and line breaks as `<br>` when asked.
  ///
  /// Bidirectional controls and zero-width characters are kept, as the text has them: the
  /// pages isolate every text cell (`unicode-bidi: isolate`), so an override cannot reorder
  /// what follows the cell.
  static func escape(_ text: String, lineBreaks: Bool = false) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + 16)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\n" where lineBreaks: out += "<br>"
      default: out.append(character)
      }
    }
    return out
  }

  /// `text` cut to at most `limit` characters at a space, with `…` when cut.
  static func excerpt(_ text: String, limit: Int) -> String {
    guard text.count > limit else { return text }
    let head = text.prefix(limit)
    let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
    return cut + " …"
  }
}
