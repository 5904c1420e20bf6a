// A small deterministic JSON writer: fixed key order, fixed number format, no locale.

/// Builds JSON text by hand so that output is byte-identical for identical input.
enum JSONText {

  /// A JSON string literal for `value`.
  static func quoted(_ value: String) -> String {
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
      case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
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
  static func number(_ value: Double) -> String {
    let thousandths = Int((value * 1000).rounded())
    let whole = thousandths / 1000
    var fraction = String(abs(thousandths % 1000))
    guard fraction != "0" else { return String(whole) }
    fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
    while fraction.hasSuffix("0") { fraction.removeLast() }
    return (thousandths < 0 && whole == 0 ? "-" : "") + "\(whole).\(fraction)"
  }

  /// `{"k": v, …}` from pairs of a key and already-encoded JSON values, in the given order.
  static func object(_ members: [(String, String)]) -> String {
    "{" + members.map { quoted($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
  }

  /// `[v, …]` from already-encoded values.
  static func array(_ values: [String]) -> String {
    "[" + values.joined(separator: ", ") + "]"
  }
}
