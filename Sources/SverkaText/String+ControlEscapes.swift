// One rule for control characters in plain-text output and messages: `\u` and four hex digits.

extension StringProtocol {
  /// The text with every control character written as `\u` and four lower-case hex digits
  /// (ESC as `\u001b`), so that a file name or a sentence cannot split a line of output or
  /// send a terminal an escape sequence.
  ///
  /// The controls are C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F). Tab, line
  /// feed and carriage return are escaped unless `keeping` holds them. Everything else is
  /// left as it is; backslashes are not doubled, so the escape is for reading, not for
  /// parsing back (the TSV writer doubles them, and so is reversible).
  ///
  /// - Parameter keeping: control characters to leave unescaped.
  /// - Returns: the escaped text (the text itself when it holds no control character).
  package func escapingControls(keeping: Set<Unicode.Scalar> = []) -> String {
    // A byte scan first (C0 and DEL are single bytes, C1 is C2 80–C2 9F): unspecialised,
    // the scalar view cost more than the rest of writing.
    let mayHoldControl =
      utf8.withContiguousStorageIfAvailable { bytes in
        // C1 controls are C2 80–C2 9F; a lead byte C2 is rare, a continuation byte is not.
        bytes.indices.contains { index in
          let byte = bytes[index]
          return byte < 0x20 || byte == 0x7F
            || (byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] <= 0x9F)
        }
      } ?? true
    guard mayHoldControl, unicodeScalars.contains(where: { $0.isControl && !keeping.contains($0) })
    else { return String(self) }
    var out = ""
    out.reserveCapacity(utf8.count + 8)
    for scalar in unicodeScalars {
      if scalar.isControl && !keeping.contains(scalar) {
        out += scalar.controlEscape
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

extension Unicode.Scalar {
  /// Whether the scalar is a C0 or C1 control character or DEL.
  package var isControl: Bool {
    value < 0x20 || (0x7F...0x9F).contains(value)
  }

  /// The scalar as `\u` and four lower-case hex digits.
  package var controlEscape: String {
    let hex = String(value, radix: 16)
    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
