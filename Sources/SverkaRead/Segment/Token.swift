// The word just before a full stop, such as `т.д`, `U.S`, `Mr`, `С.В` or `2018`, and the
// tests the boundary rules put to it.

import SverkaText

/// The characters before a full stop back to the previous space or bracket: letters,
/// digits, inner full stops, hyphens and apostrophes.
struct Token {
  /// The token's bytes, without the full stop that follows it.
  let range: Range<Int>

  /// The token that ends just before the full stop at `stop`, starting no earlier than
  /// `limit` (the start of its sentence: `Tuesday.Mr` holds the token `Mr`).
  init(_ text: UTF8Cursor, endingAt stop: Int, from limit: Int = 0) {
    var start = stop
    while let previous = text.scalar(before: start), previous.start >= limit,
      Self.isTokenCharacter(previous.scalar)
    {
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
    while let roman = text.scalar(before: start), RomanNumeral.isDigit(roman.scalar) {
      start = roman.start
    }
    guard start < end else { return false }
    guard let before = text.scalar(before: start) else { return true }
    // `XVIII–XIX вв.`: a range of numerals.
    return before.scalar.isSpaceLike || before.scalar.isOpening
      || Typography.isRangeDash(before.scalar)
  }

  /// The number of initials it is, single capitals or transliterated digraphs joined by
  /// full stops (`V` 1, `J.F` 2, `A.Yu` 2, `N.A.T.O` 4), or 0.
  func initialCount(_ text: UTF8Cursor) -> Int {
    var position = range.lowerBound
    var count = 0
    while position < range.upperBound {
      guard let end = Self.initialEnd(text, at: position), end <= range.upperBound else {
        return 0
      }
      count += 1
      guard end < range.upperBound else { return count }
      guard text.bytes[end] == UInt8(ascii: ".") else { return 0 }
      position = end + 1
    }
    return 0
  }

  /// The end of the initial that starts at `offset`: one capital, or a capital and the
  /// lower-case letters of a transliterated Russian letter (`Yu`, `Zh`, `Shch`; `Дж`).
  /// `nil` when no initial starts there.
  private static func initialEnd(_ text: UTF8Cursor, at offset: Int) -> Int? {
    guard let capital = text.scalar(at: offset), capital.scalar.isUpperLetter else {
      return nil
    }
    guard let second = text.scalar(at: capital.next), second.scalar.isLowerLetter else {
      return capital.next
    }
    // Most capitalised words are rejected here, before any string is built.
    switch capital.scalar {
    case "Y", "Z", "K", "T", "C", "S", "Д": break
    default: return nil
    }
    var end = capital.next
    var count = 1
    while let next = text.scalar(at: end), next.scalar.isLowerLetter {
      count += 1
      if count > 4 { return nil }
      end = next.next
    }
    let letters = UnsafeBufferPointer(rebasing: text.bytes[offset..<end])
    return digraphs.contains(String(decoding: letters, as: UTF8.self)) ? end : nil
  }

  /// Initials that take more than one letter: the transliterations of Russian Ю, Я, Е, Ё,
  /// Ж, Х, Ц, Ч, Ш and Щ (BGN/PCGN and the passport systems), and Russian Дж for English J.
  private static let digraphs: Set<String> = [
    "Yu", "Ya", "Ye", "Yo", "Zh", "Kh", "Ts", "Ch", "Sh", "Shch", "Дж",
  ]

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
    // `Президент Республики Беларусь А.Г. Лукашенко`, `President George H.W. Bush`: a title
    // or a given name, not a surname, stands before initials that lead into a surname.
    return !abbreviations.names.contains(word) && !abbreviations.isFunctionWord(word)
      && Surname.hasTypicalEnding(word)
  }

  /// Whether at most `limit` words stand between `sentenceStart` (or a colon after it) and
  /// the token, so that the abbreviation closes a phrase that opens the sentence or the
  /// clause after a colon (`2 апреля 2018 г.`, `He noted: In 44 B.C.`).
  func isNearStart(_ text: UTF8Cursor, sentenceStart: Int, limit: Int) -> Bool {
    var spaces = 0
    var position = sentenceStart
    while position < range.lowerBound {
      if text.bytes[position] == UInt8(ascii: " ") {
        spaces += 1
        if spaces > limit { return false }
      } else if text.bytes[position] == UInt8(ascii: ":") {
        // The space after the colon is not counted.
        spaces = -1
      }
      position += 1
    }
    return true
  }

  /// Whether an initial starts at `offset`: a capital, or a transliterated digraph, and a
  /// full stop (`В.`, `Yu.`).
  static func isInitial(_ text: UTF8Cursor, at offset: Int) -> Bool {
    guard let end = initialEnd(text, at: offset), let stop = text.scalar(at: end) else {
      return false
    }
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
      } else if RomanNumeral.isDigit(next.scalar, lowercase: true) {
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

  /// Whether it is a section number: digits with inner full stops (`8.1`, `1.2.3`).
  func isSectionNumber(_ text: UTF8Cursor) -> Bool {
    guard range.count <= 11, let first = text.scalar(at: range.lowerBound),
      first.scalar.isDigit, let last = text.scalar(before: range.upperBound), last.scalar.isDigit
    else { return false }
    var stops = 0
    for offset in range {
      let byte = text.bytes[offset]
      if byte == UInt8(ascii: ".") {
        stops += 1
      } else if byte < 0x30 || byte > 0x39 {
        return false
      }
    }
    return (1...3).contains(stops)
  }

  /// Whether a quantity stands before the token: a number, then up to three lower-case
  /// abbreviations (`12 тыс. кв. м`, `5 sq. m`), so that a one-letter token reads as a unit.
  func followsQuantity(_ text: UTF8Cursor) -> Bool {
    var end = text.skippingWhitespace(backFrom: range.lowerBound)
    guard end < range.lowerBound else { return false }
    for _ in 0...3 {
      guard let last = text.scalar(before: end) else { return false }
      if last.scalar.isDigit { return true }
      guard last.scalar == "." else { return false }
      var start = last.start
      var letters = 0
      while let previous = text.scalar(before: start), previous.scalar.isLowerLetter {
        letters += 1
        start = previous.start
      }
      guard (1...4).contains(letters), let space = text.scalar(before: start),
        space.scalar.isSpaceLike
      else { return false }
      end = text.skippingWhitespace(backFrom: start)
    }
    return false
  }

  /// Whether it is `a.m` or `p.m` (in either case): a clock time's suffix.
  func isClockSuffix(_ text: UTF8Cursor) -> Bool {
    guard range.count == 3, text.bytes[range.lowerBound + 1] == UInt8(ascii: "."),
      text.bytes[range.lowerBound + 2] | 0x20 == UInt8(ascii: "m")
    else { return false }
    let first = text.bytes[range.lowerBound] | 0x20
    return first == UInt8(ascii: "a") || first == UInt8(ascii: "p")
  }

  /// Whether a time zone starts at `offset`: a code of capitals that ends in `T` for
  /// "time" (`GMT`, `EST`, `CEST`), `UTC` or `MSK`, or up to three capitalised words before
  /// `time` (`Moscow time`, `Eastern Standard Time`).
  static func isTimeZone(_ text: UTF8Cursor, at offset: Int) -> Bool {
    var position = offset
    var code = String.UnicodeScalarView()
    while let next = text.scalar(at: position), next.scalar.isUpperLetter, code.count < 6 {
      code.append(next.scalar)
      position = next.next
    }
    if (2...5).contains(code.count), !(text.scalar(at: position)?.scalar.isLetter ?? false) {
      let zone = String(code)
      if zone.hasSuffix("T") || zone == "UTC" || zone == "MSK" { return true }
    }
    position = offset
    for _ in 0..<4 {
      let word = Self.word(text, at: position)
      if word == "time" || word == "Time" { return true }
      guard let head = text.scalar(at: position), head.scalar.isUpperLetter,
        let space = text.scalar(at: text.wordEnd(from: position)), space.scalar == " "
      else { return false }
      position = space.next
    }
    return false
  }

  /// Whether it is a compound abbreviation in lower case: letters joined by inner full stops
  /// (`д.и.н`, `к.полит.н`). No word holds a full stop, so the lists may lack it and it is
  /// still no word.
  func isLowercaseCompound(_ text: UTF8Cursor) -> Bool {
    var position = range.lowerBound
    var stops = 0
    var afterStop = true
    while position < range.upperBound, let next = text.scalar(at: position) {
      if next.scalar == "." {
        if afterStop { return false }
        stops += 1
        afterStop = true
      } else if next.scalar.isLowerLetter {
        afterStop = false
      } else {
        return false
      }
      position = next.next
    }
    return stops > 0 && !afterStop
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
    case ".", "-", "'", "\u{2019}", "\u{B0}", "\u{BA}", "\u{2116}": true
    default: scalar.isLetter || scalar.isDigit
    }
  }
}
