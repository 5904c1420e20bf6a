// The aligner's view of the one tokenizer (``WordSpans``): a sentence's words lower-cased and
// folded as the matching key folds them, and its digit runs, read on its UTF-8 bytes.

/// Splits text into ``ScannedToken``s.
///
/// Letters are ASCII and Latin-1 letters and the basic Cyrillic block, folded as the
/// matching key folds them (``LetterFold``); everything else (punctuation, typographic
/// quotes and dashes, spaces of any kind) separates tokens. A digit run and the letters
/// glued to it are separate tokens (`72nd` → `72`, `nd`).
package enum WordScanner {
  /// Calls `body` with every token of `text`, in order.
  ///
  /// - Complexity: O(*n*) in the UTF-8 length of `text`.
  package static func scan(_ text: String, _ body: (ScannedToken) -> Void) {
    let bytes = Array(text.utf8)
    var word: [UInt8] = []
    word.reserveCapacity(32)
    WordSpans.scan(bytes, letters: .foldable) { span in
      switch span.kind {
      case .letters:
        word.removeAll(keepingCapacity: true)
        var capitals = true
        var letters = 0
        var index = span.range.lowerBound
        while index < span.range.upperBound {
          let byte = bytes[index]
          if byte < 0x80 {
            if byte >= UInt8(ascii: "a") { capitals = false }
            word.append(byte | 0x20)
            index += 1
          } else if let folded = LetterFold.fold(byte, bytes[index + 1]) {
            if !folded.wasUpper { capitals = false }
            word.append(folded.lead)
            word.append(folded.trail)
            index += 2
          } else {
            index += 2
          }
          letters += 1
        }
        body(
          ScannedToken(
            kind: .word, text: String(decoding: word, as: UTF8.self),
            isCapitals: capitals && letters >= 2))
      case .digits:
        let significant = bytes[span.range].drop { $0 == UInt8(ascii: "0") }
        let text = significant.isEmpty ? "0" : String(decoding: significant, as: UTF8.self)
        body(ScannedToken(kind: .number, text: text, isCapitals: false))
      case .other:
        if span.first == "%" { body(ScannedToken(kind: .percent, text: "%", isCapitals: false)) }
      }
    }
  }
}
