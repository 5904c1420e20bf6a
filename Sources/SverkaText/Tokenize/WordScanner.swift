// Splits a sentence into lower-cased words and digit runs, fast, on its UTF-8 bytes: the
// text layer's word scanner, which the aligner's features are read with.

/// Splits text into ``ScannedToken``s.
///
/// Letters are ASCII and Latin-1 letters and the basic Cyrillic block, folded as the
/// matching key folds them (``LetterFold``); everything else (punctuation, typographic
/// quotes and dashes, spaces of any kind) separates tokens. A digit run and the letters glued to it are separate tokens (`72nd` → `72`, `nd`).
package enum WordScanner {
  /// Calls `body` with every token of `text`, in order.
  ///
  /// - Complexity: O(*n*) in the UTF-8 length of `text`.
  package static func scan(_ text: String, _ body: (ScannedToken) -> Void) {
    var word: [UInt8] = []
    var digits: [UInt8] = []
    var capitals = true
    var letters = 0
    word.reserveCapacity(32)

    func flushWord() {
      if !word.isEmpty {
        body(
          ScannedToken(
            kind: .word, text: String(decoding: word, as: UTF8.self),
            isCapitals: capitals && letters >= 2))
        word.removeAll(keepingCapacity: true)
      }
      capitals = true
      letters = 0
    }
    func flushDigits() {
      guard !digits.isEmpty else { return }
      let significant = digits.drop { $0 == UInt8(ascii: "0") }
      let text = significant.isEmpty ? "0" : String(decoding: significant, as: UTF8.self)
      body(ScannedToken(kind: .number, text: text, isCapitals: false))
      digits.removeAll(keepingCapacity: true)
    }

    let bytes = Array(text.utf8)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"):
        flushDigits()
        word.append(byte)
        capitals = false
        letters += 1
        index += 1
      case UInt8(ascii: "A")...UInt8(ascii: "Z"):
        flushDigits()
        word.append(byte + 32)
        letters += 1
        index += 1
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        flushWord()
        digits.append(byte)
        index += 1
      case UInt8(ascii: "%"):
        flushWord()
        flushDigits()
        body(ScannedToken(kind: .percent, text: "%", isCapitals: false))
        index += 1
      case 0xC3, 0xD0, 0xD1:
        // Latin-1 and Cyrillic letters, folded as the matching key folds them.
        guard index + 1 < bytes.count else {
          index += 1
          continue
        }
        if let folded = LetterFold.fold(byte, bytes[index + 1]) {
          flushDigits()
          word.append(folded.lead)
          word.append(folded.trail)
          if !folded.wasUpper { capitals = false }
          letters += 1
        } else {
          flushWord()
          flushDigits()
        }
        index += 2
      default:
        flushWord()
        flushDigits()
        // Skip the whole UTF-8 sequence of a separator.
        if byte >= 0xF0 {
          index += 4
        } else if byte >= 0xE0 {
          index += 3
        } else if byte >= 0xC0 {
          index += 2
        } else {
          index += 1
        }
      }
    }
    flushWord()
    flushDigits()
  }
}
