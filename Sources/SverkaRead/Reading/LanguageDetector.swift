// Tells English from Russian by the script of the letters (ICU's script property).

import SverkaModel
import SverkaText

/// Detects a text's language from the share of Cyrillic among its letters.
public enum LanguageDetector {
  /// The share of Cyrillic letters among all letters of `text` (0 when it has none), and
  /// how many letters it has.
  public static func cyrillicShare(of text: some StringProtocol) -> (share: Double, letters: Int) {
    cyrillicShare(of: [String(text)])
  }

  /// The share of Cyrillic letters among all letters of several texts taken together (0
  /// when they have none), and how many letters they have. Texts of a megabyte and more
  /// are counted in two halves at once.
  public static func cyrillicShare(of texts: [String]) -> (share: Double, letters: Int) {
    let total = texts.reduce(0) { $0 + $1.utf8.count }
    guard total >= 1 << 20 else { return share(letterCounts(texts[...])) }
    var half = 0
    var bytes = 0
    while half < texts.count && bytes < total / 2 {
      bytes += texts[half].utf8.count
      half += 1
    }
    let halves = [texts[..<half], texts[half...]]
    let counts = Concurrently.map(2) { letterCounts(halves[$0]) }
    return share((counts[0].cyrillic + counts[1].cyrillic, counts[0].letters + counts[1].letters))
  }

  /// The share of Cyrillic letters and the number of letters, from their counts.
  private static func share(_ counts: (cyrillic: Int, letters: Int)) -> (
    share: Double, letters: Int
  ) {
    let (cyrillic, letters) = counts
    return (letters == 0 ? 0 : Double(cyrillic) / Double(letters), letters)
  }

  /// The Cyrillic letters and all letters of `texts`.
  private static func letterCounts(_ texts: ArraySlice<String>) -> (cyrillic: Int, letters: Int) {
    var cyrillic = 0
    var letters = 0
    for text in texts {
      var copy = text
      copy.withUTF8 { count($0, cyrillic: &cyrillic, letters: &letters) }
    }
    return (cyrillic, letters)
  }

  /// Adds the letters and the Cyrillic letters of some UTF-8 to the counts.
  ///
  /// Letters are counted by their first byte, eight bytes at a time: ASCII letters and
  /// the lead bytes `D0` and `D1` (U+0400–U+047F, all letters) by bit tricks; a word
  /// with any other lead byte goes byte by byte, each such scalar decoded and asked.
  private static func count(
    _ bytes: UnsafeBufferPointer<UInt8>, cyrillic: inout Int, letters: inout Int
  ) {
    guard let base = bytes.baseAddress else { return }
    var offset = 0
    while offset + 8 <= bytes.count {
      let word = ByteLanes.load(base + offset)
      let leads = word & (word << 1) & ByteLanes.high  // bytes 11xxxxxx
      let basicCyrillic = ByteLanes.equal(word & ByteLanes.spread(0xFE), 0xD0)  // D0 or D1
      if leads & ~basicCyrillic != 0 {
        for index in offset..<(offset + 8) {
          countScalar(at: index, bytes, cyrillic: &cyrillic, letters: &letters)
        }
      } else {
        let folded = (word | ByteLanes.spread(0x20)) & ByteLanes.low7
        // At least `a` and not at least `{`, once folded, and ASCII.
        let inRange = ByteLanes.atLeast(folded, 0x61) ^ ByteLanes.atLeast(folded, 0x7B)
        let asciiLetters = inRange & ~word
        cyrillic += ByteLanes.count(basicCyrillic)
        letters += ByteLanes.count(asciiLetters) + ByteLanes.count(basicCyrillic)
      }
      offset += 8
    }
    while offset < bytes.count {
      countScalar(at: offset, bytes, cyrillic: &cyrillic, letters: &letters)
      offset += 1
    }
  }

  /// Counts the scalar that starts at `index`, if one does.
  private static func countScalar(
    at index: Int, _ bytes: UnsafeBufferPointer<UInt8>, cyrillic: inout Int, letters: inout Int
  ) {
    let byte = bytes[index]
    if byte < 0x80 {
      letters &+= (byte | 0x20) &- 0x61 < 26 ? 1 : 0
      return
    }
    guard byte >= 0xC0 else { return }  // a continuation byte
    // Two-byte Cyrillic (U+0400–U+04FF) is a letter but for the signs and combining
    // marks U+0482–U+0489, which take the general path.
    let next = index + 1 < bytes.count ? bytes[index + 1] : 0
    if byte &- 0xD0 < 4, !(byte == 0xD2 && next &- 0x82 < 8) {
      letters &+= 1
      cyrillic &+= 1
      return
    }
    // Valid UTF-8 (it came from a String): the lead byte gives the length.
    let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
    var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for offset in 1..<length where index + offset < bytes.count {
      value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
    }
    guard let scalar = Unicode.Scalar(value), ICU.isAlphabetic(scalar) else { return }
    letters &+= 1
    if ICU.script(of: scalar) == .cyrillic { cyrillic &+= 1 }
  }

  /// The language a text with this Cyrillic share is in: Russian from one half up.
  public static func language(forCyrillicShare share: Double) -> Language {
    share >= 0.5 ? .russian : .english
  }
}
