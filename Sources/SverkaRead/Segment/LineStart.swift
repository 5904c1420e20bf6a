// Recognises how a line begins: a list marker or bullet, or a speaker's label. Such a
// line starts a new sentence even when the line before it has no final punctuation.

import SverkaText

/// Tests on the first characters of a line.
enum LineStart {
  /// Whether `range` of the text begins with a list marker or bullet and a space:
  /// `•`, `- `, `— `, `1. `, `2) `, `1.2. `, `а) `, `(a) `, `IV. `.
  static func isListItem(_ text: UTF8Cursor, _ range: Range<Int>) -> Bool {
    guard let first = text.scalar(at: range.lowerBound) else { return false }
    switch first.scalar.value {
    case 0x2022, 0x2023, 0x2043, 0x25AA, 0x25AB, 0x25CF, 0x25CB, 0x25E6, 0x25A0, 0x25A1, 0xB7:
      return true
    case _ where first.scalar == "*" || first.scalar.isDash:
      return isSpace(text, first.next, range)
    case 0x28:
      guard let end = markerBody(text, from: first.next, range) else { return false }
      return text.bytes[end] == UInt8(ascii: ")") && isSpace(text, end + 1, range)
    default:
      guard let end = markerBody(text, from: range.lowerBound, range) else { return false }
      let closer = text.bytes[end]
      if closer == UInt8(ascii: ")") { return isSpace(text, end + 1, range) }
      // `В. Путин` is an initial, not a marker: a lone letter takes only `)`.
      guard closer == UInt8(ascii: "."), !first.scalar.isLetter || first.next < end
      else { return false }
      return isSpace(text, end + 1, range)
    }
  }

  /// Whether `range` of the text begins with a label and a colon: one to four capitalised
  /// words, as in `Question:`, `Вопрос:`, `Sergey Lavrov:`, `С.В.Лавров:`.
  static func isLabel(_ text: UTF8Cursor, _ range: Range<Int>) -> Bool {
    var position = range.lowerBound
    var words = 0
    while words < 4, let first = text.scalar(at: position), first.scalar.isUpperLetter {
      words += 1
      position = first.next
      while position < range.upperBound, let next = text.scalar(at: position),
        next.scalar.isLetter || next.scalar == "." || next.scalar == "-"
          || next.scalar == "\u{2019}"
      {
        position = next.next
      }
      guard position < range.upperBound else { return false }
      if text.bytes[position] == UInt8(ascii: ":") {
        return position + 1 == range.upperBound || isSpace(text, position + 1, range)
      }
      guard text.bytes[position] == UInt8(ascii: " ") else { return false }
      position += 1
    }
    return false
  }

  /// The offset after a marker's number or letter (`12`, `1.2`, `a`, `IV`), if the text at
  /// `offset` is one and something follows it.
  private static func markerBody(_ text: UTF8Cursor, from offset: Int, _ range: Range<Int>)
    -> Int?
  {
    guard let first = text.scalar(at: offset) else { return nil }
    var end = first.next
    if first.scalar.isDigit {
      var digits = 1
      while end < range.upperBound, let next = text.scalar(at: end) {
        if next.scalar.isDigit {
          digits += 1
        } else if next.scalar == ".", let after = text.scalar(at: next.next), after.scalar.isDigit {
          digits = 0
        } else {
          break
        }
        end = next.next
      }
      guard digits <= 3 else { return nil }
    } else if RomanNumeral.isDigit(first.scalar) {
      while end < range.upperBound, let next = text.scalar(at: end),
        RomanNumeral.isDigit(next.scalar),
        end - offset < 5
      {
        end = next.next
      }
    } else if !first.scalar.isLetter {
      return nil
    }
    return end < range.upperBound ? end : nil
  }

  private static func isSpace(_ text: UTF8Cursor, _ offset: Int, _ range: Range<Int>) -> Bool {
    guard offset < range.upperBound, let next = text.scalar(at: offset) else { return false }
    return next.scalar.isSpaceLike
  }
}
