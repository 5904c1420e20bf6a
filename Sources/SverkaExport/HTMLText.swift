// Escaping text for the HTML pages Sverka writes.

/// Text made safe for HTML content and attribute values.
enum HTMLText {
  /// `text` with `&`, `<`, `>` and `"` escaped, and line breaks as `<br>` when asked.
  static func escape(_ text: String, lineBreaks: Bool = false) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + 16)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\n" where lineBreaks: out += "<br>"
      default: out.append(character)
      }
    }
    return out
  }
}
