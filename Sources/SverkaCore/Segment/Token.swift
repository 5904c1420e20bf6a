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
    while let roman = text.scalar(before: start), Self.isRomanDigit(roman.scalar, lowercase: false)
    {
      start = roman.start
    }
    guard start < end else { return false }
    guard let before = text.scalar(before: start) else { return true }
    // `XVIII–XIX вв.`: a range of numerals.
    return before.scalar.isSpaceLike || before.scalar.isOpening || before.scalar == "-"
      || before.scalar == "\u{2013}" || before.scalar == "\u{2212}"
  }

  /// The number of initials it is, single capitals joined by full stops (`V` 1, `J.F` 2,
  /// `N.A.T.O` 4), or 0.
  func initialCount(_ text: UTF8Cursor) -> Int {
    var position = range.lowerBound
    var expectLetter = true
    var count = 0
    while position < range.upperBound, let next = text.scalar(at: position) {
      if expectLetter ? !next.scalar.isUpperLetter : next.scalar != "." { return 0 }
      if expectLetter { count += 1 }
      expectLetter.toggle()
      position = next.next
    }
    return expectLetter ? 0 : count
  }

  /// The letter of a one-letter abbreviation just before this one-letter token, as in
  /// `т. д`, or `nil`.
  func spacedLetterBefore(_ text: UTF8Cursor) -> String? {
    guard let only = text.scalar(at: range.lowerBound), only.next == range.upperBound,
      only.scalar.isLetter
    else { return nil }
    let afterStop = text.skippingWhitespace(backFrom: range.lowerBound)
    guard afterStop < range.lowerBound, let stop = text.scalar(before: afterStop),
      stop.scalar == ".", let letter = text.scalar(before: stop.start), letter.scalar.isLetter
    else { return nil }
    if let before = text.scalar(before: letter.start), before.scalar.isLetter { return nil }
    return String(Character(letter.scalar))
  }

  /// Whether a capitalised word that is not a name or title stands just before the token,
  /// as the surname does in `Лавров С.В.`.
  func followsSurname(_ text: UTF8Cursor, abbreviations: Abbreviations) -> Bool {
    let end = text.skippingWhitespace(backFrom: range.lowerBound)
    guard end < range.lowerBound else { return false }
    var start = end
    while let previous = text.scalar(before: start), previous.scalar.isLetter {
      start = previous.start
    }
    // `Банк J.P. Morgan`: initials in another script do not belong to the word before.
    guard let first = text.scalar(at: start), first.scalar.isUpperLetter,
      start < end, !Self.isIdentifier(text, at: start),
      let initial = text.scalar(at: range.lowerBound),
      (first.scalar.value < 0x400) == (initial.scalar.value < 0x400)
    else { return false }
    let word = String(
      decoding: UnsafeBufferPointer(rebasing: text.bytes[start..<end]), as: UTF8.self)
    return !abbreviations.names.contains(word) && !abbreviations.isFunctionWord(word)
  }

  /// Whether at most `limit` words stand between `sentenceStart` and the token, so that
  /// the abbreviation closes a phrase that opens the sentence (`2 апреля 2018 г.`).
  func isNearStart(_ text: UTF8Cursor, sentenceStart: Int, limit: Int) -> Bool {
    var spaces = 0
    var position = sentenceStart
    while position < range.lowerBound {
      if text.bytes[position] == UInt8(ascii: " ") {
        spaces += 1
        if spaces > limit { return false }
      }
      position += 1
    }
    return true
  }

  /// Whether an initial starts at `offset`: a capital and a full stop (`В.`).
  static func isInitial(_ text: UTF8Cursor, at offset: Int) -> Bool {
    guard let letter = text.scalar(at: offset), letter.scalar.isUpperLetter,
      let stop = text.scalar(at: letter.next)
    else { return false }
    return stop.scalar == "."
  }

  /// Whether it could number a list item: one or two digits, a roman numeral or a letter.
  func isShortMarker(_ text: UTF8Cursor) -> Bool {
    var position = range.lowerBound
    var digits = 0
    var romans = 0
    var letters = 0
    var length = 0
    while position < range.upperBound, let next = text.scalar(at: position) {
      // A marker is at most four characters (`XIII`), so a longer word is none.
      length += 1
      if length > 4 { return false }
      if next.scalar.isDigit {
        digits += 1
      } else if Self.isRomanDigit(next.scalar, lowercase: true) {
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

  /// Whether `scalar` is a Roman digit: `IVXLC`, and with `lowercase` also `ivx`.
  private static func isRomanDigit(_ scalar: Unicode.Scalar, lowercase: Bool) -> Bool {
    switch scalar {
    case "I", "V", "X", "L", "C": true
    case "i", "v", "x": lowercase
    default: false
    }
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
