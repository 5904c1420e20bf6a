// A closing quotation mark set off by spaces after a sentence's stop, as tokenised text
// writes it (`American Dad ! '' .`, `to do ? '' Graham`): it still belongs to the sentence
// it closes, so the boundary falls after it.

/// A quotation mark standing alone after a stop and white space that closes the sentence
/// before it: `”` or `»`, which only close, or `''`, which tokenised text writes for
/// opening and closing quotes alike and which closes here when it ends a quotation opened
/// earlier in the paragraph (an odd number of `''` stand before it).
struct SpacedCloser {
  /// Where the quotation mark starts.
  let start: Int
  /// The offset just after it.
  let end: Int

  /// The closing quotation mark that starts at `offset`, or `nil` when none stands there,
  /// it is not set off by spaces after `.`, `?`, `!` or `…`, or it may open a quotation.
  init?(_ text: UTF8Cursor, at offset: Int) {
    guard let first = text.scalar(at: offset) else { return nil }
    var end = first.next
    let isDoubled = first.scalar == "'"
    if isDoubled {
      guard let second = text.scalar(at: end), second.scalar == "'" else { return nil }
      end = second.next
    } else if first.scalar != "\u{201D}" && first.scalar != "\u{00BB}" {
      return nil
    }
    if let after = text.scalar(at: end), !after.scalar.isSpaceLike,
      !Self.trailingPunctuation.contains(after.scalar)
    {
      return nil
    }
    let stopEnd = text.skippingWhitespace(backFrom: offset)
    guard stopEnd < offset, let stop = text.scalar(before: stopEnd), stop.scalar.isTerminal
    else { return nil }
    if isDoubled, Self.doubledQuotes(text, before: offset) % 2 == 0 { return nil }
    start = offset
    self.end = end
  }

  /// The marks that may follow a closing quotation mark in its sentence: `'' .`, `'' ,`.
  private static let trailingPunctuation: Set<Unicode.Scalar> = [".", ",", ";", ":", "!", "?"]

  /// The number of `''` (two apostrophes with no third beside them) before `offset`.
  private static func doubledQuotes(_ text: UTF8Cursor, before offset: Int) -> Int {
    let apostrophe = UInt8(ascii: "'")
    var count = 0
    var index = 0
    while index + 1 < offset {
      if text.bytes[index] == apostrophe, text.bytes[index + 1] == apostrophe,
        index == 0 || text.bytes[index - 1] != apostrophe,
        index + 2 >= text.count || text.bytes[index + 2] != apostrophe
      {
        count += 1
        index += 2
      } else {
        index += 1
      }
    }
    return count
  }
}
