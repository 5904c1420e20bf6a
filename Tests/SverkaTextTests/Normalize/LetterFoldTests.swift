// The two-byte letter fold agrees with the matching key on every letter it knows.

import SverkaText
import Testing

@Suite struct LetterFoldTests {
  /// Every Cyrillic letter U+0400–U+045F and Latin-1 letter U+00C0–U+00FF folds as the key
  /// folds it, but `ß`, which stays, and `×`, `÷`, which are no letters.
  @Test func agreesWithTheKey() throws {
    let normalizer = Normalizer()
    let scalars =
      (0x00C0...0x00FF).compactMap(Unicode.Scalar.init)
      + (0x0400...0x045F).compactMap(Unicode.Scalar.init)
    for scalar in scalars {
      let bytes = Array(String(scalar).utf8)
      try #require(bytes.count == 2)
      let folded = LetterFold.fold(bytes[0], bytes[1])
      switch scalar {
      case "×", "÷": #expect(folded == nil)
      case "ß": #expect(folded.map { [$0.lead, $0.trail] } == bytes)
      default:
        let key = Array(try normalizer.key(String(scalar)).text.utf8)
        #expect(folded.map { [$0.lead, $0.trail] } == key, "\(scalar)")
        #expect(folded?.wasUpper == scalar.properties.isUppercase, "\(scalar)")
      }
    }
  }

  @Test func otherBytesAreNoLetters() {
    #expect(LetterFold.fold(0xD1, 0xA0) == nil)  // Ѡ, beyond U+045F
    #expect(LetterFold.fold(0xC2, 0xAB) == nil)  // «
  }
}
