// Tells English from Russian by the script of the letters (ICU's script property).

/// Detects a text's language from the share of Cyrillic among its letters.
public enum LanguageDetector {
  /// The share of Cyrillic letters among all letters of `text` (0 when it has none), and
  /// how many letters it has.
  public static func cyrillicShare(of text: some StringProtocol) -> (share: Double, letters: Int) {
    var cyrillic = 0
    var letters = 0
    var copy = String(text)
    copy.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte < 0x80 {
          if (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) { letters += 1 }
          index += 1
          continue
        }
        // Two-byte Cyrillic (U+0400–U+04FF) is a letter but for the signs and combining
        // marks U+0482–U+0489, which take the general path.
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        if (0xD0...0xD3).contains(byte), !(byte == 0xD2 && (0x82...0x89).contains(next)) {
          letters += 1
          cyrillic += 1
          index += 2
          continue
        }
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        let end = min(bytes.count, index + length)
        for scalar in String(decoding: bytes[index..<end], as: UTF8.self).unicodeScalars {
          guard ICU.isAlphabetic(scalar) else { continue }
          letters += 1
          if ICU.script(of: scalar) == .cyrillic { cyrillic += 1 }
        }
        index = end
      }
    }
    return (letters == 0 ? 0 : Double(cyrillic) / Double(letters), letters)
  }

  /// The language a text with this Cyrillic share is in: Russian from one half up.
  public static func language(forCyrillicShare share: Double) -> Language {
    share >= 0.5 ? .russian : .english
  }
}
