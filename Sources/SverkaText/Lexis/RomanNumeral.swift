// Roman numerals as statements write them: centuries (`XXI в.`), list markers (`IV.`, `ii)`)
// and numbers a translation may spell either way; the one home of their digits and values.

/// The digits and values of Roman numerals up to C, the range statements use.
package enum RomanNumeral {
  /// Whether `scalar` is a Roman digit: `I`, `V`, `X`, `L` or `C`, and with `lowercase` also
  /// `i`, `v` or `x`, the lower-case digits list markers use (`ii)`, `iv.`).
  @inlinable
  package static func isDigit(_ scalar: Unicode.Scalar, lowercase: Bool = false) -> Bool {
    switch scalar {
    case "I", "V", "X", "L", "C": true
    case "i", "v", "x": lowercase
    default: false
    }
  }

  /// The value of an upper-case numeral, read by the subtractive rule whether or not it is
  /// written canonically (`XVI` → 16, `IIII` → 4), or `nil` for a word with another letter.
  package static func value(of word: some StringProtocol) -> Int? {
    // Nearly every word has another letter: its bytes say so before any Character is built.
    guard word.utf8.allSatisfy({ isDigit(Unicode.Scalar($0)) }) else { return nil }
    let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]
    let digits = word.compactMap { values[$0] }
    guard !digits.isEmpty, digits.count == word.count else { return nil }
    var total = 0
    for (index, digit) in digits.enumerated() {
      total += index + 1 < digits.count && digits[index + 1] > digit ? -digit : digit
    }
    return total
  }

  /// The value of a list marker's numeral, `i` to `x` in either case and written
  /// canonically (`iv` → 4), or `nil` for anything else (`iiii`, `xi`).
  package static func markerValue(of letters: some StringProtocol) -> Int? {
    markerNumerals.firstIndex(of: letters.lowercased()).map { $0 + 1 }
  }

  private static let markerNumerals = [
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
  ]
}
