// A small deterministic JSON writer: fixed key order, fixed number format, no locale.

/// Builds JSON text by hand so that output is byte-identical for identical input.
package enum JSONText {

  /// How a string literal escapes.
  package enum Escaping: Sendable {
    /// Control characters, and U+2028 and U+2029 too, which end a line in JavaScript: the
    /// form of one record a line (JSON Lines, the reports' embedded data).
    case lineSafe
    /// Control characters only, `\b` and `\f` by name: the form of a pretty-printed
    /// document.
    case document
  }

  /// A JSON string literal for `value`, escaped ``Escaping/lineSafe``.
  package static func quoted(_ value: String) -> String {
    quoted(value, escaping: .lineSafe)
  }

  /// A JSON string literal for `value`, escaped as `escaping` says.
  package static func quoted(_ value: String, escaping: Escaping) -> String {
    if !needsEscaping(value) { return "\"" + value + "\"" }
    var out = "\""
    out.reserveCapacity(value.utf8.count + 2)
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{08}" where escaping == .document: out += "\\b"
      case "\u{0C}" where escaping == .document: out += "\\f"
      case _
      where scalar.value < 0x20
        || (escaping == .lineSafe && (scalar.value == 0x2028 || scalar.value == 0x2029)):
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  /// Whether any byte of `value` needs an escape: a quote, a backslash, a control
  /// character, or U+2028/U+2029 (`E2 80 A8`/`A9`). One pass over UTF-8, no scalars.
  private static func needsEscaping(_ value: String) -> Bool {
    var copy = value
    return copy.withUTF8 { bytes in
      for index in bytes.indices {
        let byte = bytes[index]
        if byte < 0x20 || byte == 0x22 || byte == 0x5C { return true }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
          bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
        {
          return true
        }
      }
      return false
    }
  }

  /// A number with three decimals at most, without trailing zeros.
  package static func number(_ value: Double) -> String {
    let thousandths = Int((value * 1000).rounded())
    let whole = thousandths / 1000
    var fraction = String(abs(thousandths % 1000))
    guard fraction != "0" else { return String(whole) }
    fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
    while fraction.hasSuffix("0") { fraction.removeLast() }
    return (thousandths < 0 && whole == 0 ? "-" : "") + "\(whole).\(fraction)"
  }

  /// `{"k": v, …}` from pairs of a key and already-encoded JSON values, in the given order.
  package static func object(_ members: [(String, String)]) -> String {
    "{" + members.map { quoted($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
  }

  /// `[v, …]` from already-encoded values.
  package static func array(_ values: [String]) -> String {
    "[" + values.joined(separator: ", ") + "]"
  }

  /// A value of a pretty-printed document.
  package indirect enum Value: Sendable {
    /// A string, escaped as a ``Escaping/document`` literal.
    case string(String)
    /// A number, written as ``number(_:)`` writes it.
    case number(Double)
    /// A whole number.
    case integer(Int)
    /// An array of values.
    case array([Value])
    /// An object's members, written in the given order.
    case object([(String, Value)])
  }

  /// `value` pretty-printed: members and elements one a line, indented by two spaces a
  /// level, `"key" : value`, an empty array or object as its brackets around an empty line.
  package static func pretty(_ value: Value) -> String {
    var out = ""
    write(value, indent: "", to: &out)
    return out
  }

  private static func write(_ value: Value, indent: String, to out: inout String) {
    let inner = indent + "  "
    switch value {
    case .string(let text): out += quoted(text, escaping: .document)
    case .number(let number): out += Self.number(number)
    case .integer(let integer): out += String(integer)
    case .array(let elements):
      out += "[\n"
      for (index, element) in elements.enumerated() {
        out += (index == 0 ? "" : ",\n") + inner
        write(element, indent: inner, to: &out)
      }
      out += "\n" + indent + "]"
    case .object(let members):
      out += "{\n"
      for (index, (key, member)) in members.enumerated() {
        out += (index == 0 ? "" : ",\n") + inner + quoted(key, escaping: .document) + " : "
        write(member, indent: inner, to: &out)
      }
      out += "\n" + indent + "}"
    }
  }
}
