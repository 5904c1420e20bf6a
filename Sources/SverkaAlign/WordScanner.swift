// Splits a sentence into lower-cased words and digit runs, fast, on its UTF-8 bytes.

/// Splits text into ``ScannedToken``s.
///
/// Letters are ASCII and Latin-1 letters and the basic Cyrillic block; everything else
/// (punctuation, typographic quotes and dashes, spaces of any kind) separates tokens. A
/// digit run and the letters glued to it are separate tokens (`72nd` → `72`, `nd`).
enum WordScanner {
  /// Calls `body` with every token of `text`, in order.
  ///
  /// - Complexity: O(*n*) in the UTF-8 length of `text`.
  static func scan(_ text: String, _ body: (ScannedToken) -> Void) {
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
      case 0xD0, 0xD1:
        guard index + 1 < bytes.count else {
          index += 1
          continue
        }
        let scalar = (UInt32(byte & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F)
        if let lowered = Self.cyrillicLower(scalar) {
          flushDigits()
          word.append(lowered.lead)
          word.append(lowered.trail)
          if !lowered.wasUpper { capitals = false }
          letters += 1
        } else {
          flushWord()
          flushDigits()
        }
        index += 2
      case 0xC3:
        // Latin-1 letters (é, ü…): keep them in the word, lower-cased.
        guard index + 1 < bytes.count else {
          index += 1
          continue
        }
        let second = bytes[index + 1]
        if second >= 0x80 && second <= 0xBF && second != 0x97 && second != 0xB7 {
          flushDigits()
          let isUpper = second < 0xA0
          word.append(0xC3)
          word.append(isUpper ? second + 0x20 : second)
          if !isUpper { capitals = false }
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

  /// The UTF-8 bytes of the lower case of a basic Cyrillic letter, `ё` as `е`, and whether
  /// it was upper case; `nil` for other scalars.
  /// Two bytes rather than an array: an array a letter was the scanner's main cost.
  @inline(__always)
  private static func cyrillicLower(_ scalar: UInt32)
    -> (lead: UInt8, trail: UInt8, wasUpper: Bool)?
  {
    switch scalar {
    case 0x0401, 0x0451: return (0xD0, 0xB5, scalar == 0x0401)  // Ё ё → е
    case 0x0410...0x042F:
      let lower = scalar + 0x20
      return (lead(lower), trail(lower), true)
    case 0x0430...0x044F: return (lead(scalar), trail(scalar), false)
    case 0x0400...0x040F:
      return (lead(scalar + 0x50), trail(scalar + 0x50), true)
    case 0x0450...0x045F: return (lead(scalar), trail(scalar), false)
    default: return nil
    }
  }

  @inline(__always)
  private static func lead(_ scalar: UInt32) -> UInt8 { UInt8(0xC0 | (scalar >> 6)) }

  @inline(__always)
  private static func trail(_ scalar: UInt32) -> UInt8 { UInt8(0x80 | (scalar & 0x3F)) }
}
