// A list marker inside a line (`1)`, `2.)`, `b.`, `ii)`), so that the items of a list run
// together on one line (`1) The first item 2) The second item`) come apart, while a lone
// marker or a bracketed letter in running text (`(a) a ceasefire, (b) …`) does not.

import SverkaText

/// A list item's number or letter and the punctuation that closes it.
struct InlineMarker: Equatable {
  /// How the marker is closed.
  enum Closer: Equatable {
    /// `1)`
    case bracket
    /// `1.)`
    case stopAndBracket
    /// `1.`
    case stop
  }

  /// Where the marker starts.
  let start: Int
  /// The offset just after its closing punctuation.
  let end: Int
  /// Its value as a number (`2`), as a letter (`b` is 2), and as a Roman numeral (`ii` is
  /// 2); `nil` where it cannot be read so. A lone `i` is both a letter and a numeral.
  let number: Int?
  let letter: Int?
  let roman: Int?
  let closer: Closer
  /// Whether its letters are capitals (`A)`, `II.`).
  let isUppercase: Bool

  /// The marker that starts at `offset` and is followed by white space, if any: one or
  /// two digits, one letter or a Roman numeral up to `viii`, then `)`, `.)` or `.`.
  init?(_ text: UTF8Cursor, startingAt offset: Int) {
    var position = offset
    var digits = 0
    var value = 0
    var letterCount = 0
    // A marker is short, so a long word or number is dismissed after five characters; the
    // letters are counted, not collected, as nearly every word start is dismissed.
    while let next = text.scalar(at: position) {
      if next.scalar.isDigit, letterCount == 0 {
        digits += 1
        value = value * 10 + Int(next.scalar.value - 0x30)
      } else if next.scalar.isLetter, digits == 0 {
        letterCount += 1
      } else {
        break
      }
      guard digits <= 2, letterCount <= 4 else { return nil }
      position = next.next
    }
    guard digits > 0 || letterCount > 0, position < text.count else { return nil }
    let letters = String(
      decoding: UnsafeBufferPointer(
        rebasing: text.bytes[offset..<(letterCount > 0 ? position : offset)]),
      as: UTF8.self
    ).unicodeScalars
    var closer = Closer.stop
    switch text.bytes[position] {
    case UInt8(ascii: ")"): closer = .bracket
    case UInt8(ascii: "."):
      if position + 1 < text.count, text.bytes[position + 1] == UInt8(ascii: ")") {
        closer = .stopAndBracket
        position += 1
      }
    default: return nil
    }
    position += 1
    guard let space = text.scalar(at: position), space.scalar.isSpaceLike else { return nil }
    start = offset
    end = position
    self.closer = closer
    number = digits > 0 ? value : nil
    isUppercase = letters.first?.isUpperLetter ?? false
    roman = RomanNumeral.markerValue(of: String(letters))
    // `A. B. Smith` are initials: a capital letter with a full stop is no marker.
    let isInitial = isUppercase && closer == .stop
    letter =
      letters.count == 1 && !isInitial ? letters.first.map(Self.letterValue) ?? nil : nil
    guard number != nil || roman != nil || letter != nil else { return nil }
  }

  /// The marker whose closing `)` or `.` is at `closer`, if any.
  init?(_ text: UTF8Cursor, closedAt closer: Int) {
    var start = closer
    if text.bytes[closer] == UInt8(ascii: ")"), closer > 0,
      text.bytes[closer - 1] == UInt8(ascii: ".")
    {
      start -= 1
    }
    var length = 0
    while let previous = text.scalar(before: start), length < 4,
      previous.scalar.isLetter || previous.scalar.isDigit
    {
      start = previous.start
      length += 1
    }
    // Most full stops end a longer word: no space stands before these letters.
    guard length > 0, start == 0 || text.bytes[start - 1] == UInt8(ascii: " "),
      let marker = InlineMarker(text, startingAt: start), marker.end == closer + 1
    else { return nil }
    self = marker
  }

  /// Whether `next` is the marker that follows this one in a list: `1)` then `2)`, `a.`
  /// then `b.`, `ii)` then `iii)`.
  func precedes(_ next: InlineMarker) -> Bool {
    guard closer == next.closer, isUppercase == next.isUppercase else { return false }
    func follows(_ a: Int?, _ b: Int?) -> Bool {
      guard let a, let b else { return false }
      return b == a + 1
    }
    return follows(number, next.number) || follows(letter, next.letter)
      || follows(roman, next.roman)
  }

  /// The marker that `marker` follows in a list, if one opens a word within 300 bytes
  /// before it in the sentence that starts at `sentenceStart`: `a.` for `b.` in `steps: a.
  /// The release … b. The exchange`.
  static func predecessor(of marker: InlineMarker, in text: UTF8Cursor, from sentenceStart: Int)
    -> InlineMarker?
  {
    var position = marker.start - 1
    while position >= max(sentenceStart, marker.start - 300) {
      if position == sentenceStart || text.bytes[position - 1] == UInt8(ascii: " "),
        let previous = InlineMarker(text, startingAt: position), previous.precedes(marker)
      {
        return previous
      }
      position -= 1
    }
    return nil
  }

  /// A Latin or Cyrillic letter's place in its alphabet, from 1.
  private static func letterValue(_ scalar: Unicode.Scalar) -> Int? {
    let lower = scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? scalar.value
    switch lower {
    case 0x61...0x7A: return Int(lower) - 0x60
    case 0x430...0x44F: return Int(lower) - 0x42F
    default: return nil
    }
  }
}
