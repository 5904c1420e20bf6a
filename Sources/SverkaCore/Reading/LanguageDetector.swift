// Tells English from Russian by the script of the letters (ICU's script property).

/// Detects a text's language from the share of Cyrillic among its letters.
public enum LanguageDetector {
  /// The share of Cyrillic letters among all letters of `text` (0 when it has none), and
  /// how many letters it has.
  public static func cyrillicShare(of text: some StringProtocol) -> (share: Double, letters: Int) {
    var cyrillic = 0
    var letters = 0
    for scalar in text.unicodeScalars where scalar.value >= 0x41 {
      if scalar.isASCII {
        if (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) {
          letters += 1
        }
        continue
      }
      guard ICU.isAlphabetic(scalar) else { continue }
      letters += 1
      if ICU.script(of: scalar) == .cyrillic { cyrillic += 1 }
    }
    return (letters == 0 ? 0 : Double(cyrillic) / Double(letters), letters)
  }

  /// The language a text with this Cyrillic share is in: Russian from one half up.
  public static func language(forCyrillicShare share: Double) -> Language {
    share >= 0.5 ? .russian : .english
  }
}
