// The matching key's fold of a single letter, on its two UTF-8 bytes: the fast path the word
// scanners take for Cyrillic and Latin-1 letters, without the normalizer.

/// The key's case and «ё» fold (``Normalizer/key(_:)``) of the letters written in two UTF-8
/// bytes that English and Russian text is made of: the Cyrillic block U+0400–U+045F and the
/// Latin-1 letters U+00C0–U+00FF.
///
/// For each of those letters the result is exactly the key's fold (`Ё` → `е`, `Й` → `й`,
/// `É` → `é`), but for `ß`, whose fold is two letters (`ss`) and which stays as it is.
/// Upper- and lower-case letters fold to two bytes again, so a scanner can fold in place.
package enum LetterFold {
  /// The folded bytes of the two-byte letter `lead`, `trail`, and whether it was upper
  /// case; `nil` when the two bytes are not such a letter (`×`, `÷`, or Cyrillic beyond
  /// U+045F).
  @inlinable
  package static func fold(_ lead: UInt8, _ trail: UInt8)
    -> (lead: UInt8, trail: UInt8, wasUpper: Bool)?
  {
    switch lead {
    case 0xD0, 0xD1:
      let scalar = (UInt32(lead & 0x1F) << 6) | UInt32(trail & 0x3F)
      switch scalar {
      case 0x0401, 0x0451: return (0xD0, 0xB5, scalar == 0x0401)  // Ё ё → е
      case 0x0410...0x042F: return bytes(scalar + 0x20, wasUpper: true)
      case 0x0430...0x044F: return bytes(scalar, wasUpper: false)
      case 0x0400...0x040F: return bytes(scalar + 0x50, wasUpper: true)
      case 0x0450...0x045F: return bytes(scalar, wasUpper: false)
      default: return nil
      }
    case 0xC3:
      switch trail {
      case 0x97, 0xB7: return nil  // × ÷
      case 0x9F: return (0xC3, 0x9F, false)  // ß
      case 0x80..<0xA0: return (0xC3, trail + 0x20, true)
      case 0xA0...0xBF: return (0xC3, trail, false)
      default: return nil
      }
    default: return nil
    }
  }

  @inlinable
  static func bytes(_ scalar: UInt32, wasUpper: Bool) -> (lead: UInt8, trail: UInt8, wasUpper: Bool)
  {
    (UInt8(0xC0 | (scalar >> 6)), UInt8(0x80 | (scalar & 0x3F)), wasUpper)
  }
}
