// The word just before a full stop, such as `т.д`, `U.S`, `Mr`, `С.В` or `2018`, and the
// tests the boundary rules put to it.

/// The characters before a full stop back to the previous space or bracket: letters,
/// digits, inner full stops, hyphens and apostrophes.
struct Token {
  /// The token's bytes, without the full stop that follows it.
  let range: Range<Int>

  /// The token that ends just before the full stop at `stop`.
  init(_ text: UTF8Cursor, endingAt stop: Int) {
    var start = stop
    while let previous = text.scalar(before: start), Self.isTokenCharacter(previous.scalar) {
      start = previous.start
    }
    // A token starts with a letter or digit, not with `.` or `-`.
    while let first = text.scalar(at: start), start < stop, !first.scalar.isLetter,
      !first.scalar.isDigit
    {
      start = first.next
    }
    range = start..<stop
  }

  /// Whether a number stands just before the token (`2018 г.`, `XXI в.`), so that an
  /// abbreviation reads as a unit.
  func followsNumber(_ text: UTF8Cursor) -> Bool {
    let end = text.skippingWhitespace(backFrom: range.lowerBound)
    guard end < range.lowerBound, let previous = text.scalar(before: end) else { return false }
    if previous.scalar.isDigit { return true }
    var start = end
    while let roman = text.scalar(before: start), "IVXLC".unicodeScalars.contains(roman.scalar) {
      start = roman.start
    }
    guard start < end else { return false }
    guard let before = text.scalar(before: start) else { return true }
    return before.scalar.isSpaceLike || before.scalar.isOpening
  }

  /// Whether it is upper-case letters joined by full stops, such as `U.S` or `J.F`.
  func isAcronym(_ text: UTF8Cursor) -> Bool {
    var position = range.lowerBound
    var letters = 0
    while position < range.upperBound, let next = text.scalar(at: position) {
      if next.scalar.isUpperLetter {
        letters += 1
      } else if next.scalar != "." {
        return false
      }
      position = next.next
    }
    return letters > 1
  }

  /// Whether it is one or more initials: single capitals joined by full stops (`V`, `J.F`,
  /// `С.В`).
  func isInitials(_ text: UTF8Cursor) -> Bool {
    var position = range.lowerBound
    var expectLetter = true
    while position < range.upperBound, let next = text.scalar(at: position) {
      if expectLetter ? !next.scalar.isUpperLetter : next.scalar != "." { return false }
      expectLetter.toggle()
      position = next.next
    }
    return !expectLetter
  }

  /// Whether it could number a list item: one or two digits, a roman numeral or a letter.
  func isShortMarker(_ text: UTF8Cursor) -> Bool {
    var position = range.lowerBound
    var digits = 0
    var romans = 0
    var letters = 0
    while position < range.upperBound, let next = text.scalar(at: position) {
      if next.scalar.isDigit {
        digits += 1
      } else if "IVXLCivx".unicodeScalars.contains(next.scalar) {
        romans += 1
      } else if next.scalar.isLetter {
        letters += 1
      } else {
        return false
      }
      position = next.next
    }
    let mixed = (digits > 0 ? 1 : 0) + (romans > 0 ? 1 : 0) + (letters > 0 ? 1 : 0)
    return mixed == 1 && ((1...2).contains(digits) || (1...4).contains(romans) || letters == 1)
  }

  /// Whether it is one lower-case letter.
  func isSingleLowercaseLetter(_ text: UTF8Cursor) -> Bool {
    guard let first = text.scalar(at: range.lowerBound) else { return false }
    return first.next == range.upperBound && first.scalar.isLowerLetter
  }

  /// The run of letters starting at `offset`, as a string (short words stay inline).
  static func word(_ text: UTF8Cursor, at offset: Int) -> String {
    var end = offset
    while let next = text.scalar(at: end), next.scalar.isLetter { end = next.next }
    return String(decoding: UnsafeBufferPointer(rebasing: text.bytes[offset..<end]), as: UTF8.self)
  }

  /// Whether the word at `offset` is a code or an acronym rather than a word: it holds a
  /// digit (`C-SS-4/DEC.3`) or is all capitals (`США`, `NATO`).
  static func isIdentifier(_ text: UTF8Cursor, at offset: Int) -> Bool {
    var position = offset
    var capitals = 0
    while let next = text.scalar(at: position), !next.scalar.isSpaceLike {
      if next.scalar.isDigit { return true }
      if next.scalar.isLowerLetter { return false }
      if next.scalar.isUpperLetter { capitals += 1 }
      position = next.next
    }
    return capitals > 1
  }

  private static func isTokenCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ".", "-", "'", "\u{2019}": true
    default: scalar.isLetter || scalar.isDigit
    }
  }
}
