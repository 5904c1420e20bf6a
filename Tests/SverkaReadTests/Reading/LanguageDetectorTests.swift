// Language from the script: the share of Cyrillic letters decides.

import SverkaRead
import SverkaTestSupport
import SverkaText
import Testing

@Suite struct LanguageDetectorTests {
  @Test func englishTextHasNoCyrillic() {
    let (share, letters) = LanguageDetector.cyrillicShare(of: "NATO and the OSCE, 2018.")
    #expect(share == 0)
    #expect(letters == 14)
  }

  @Test func russianTextWithLatinAcronyms() {
    let (share, _) = LanguageDetector.cyrillicShare(of: "Переговоры в формате G20 и BRICS прошли.")
    #expect(share > 0.7)
    #expect(LanguageDetector.language(forCyrillicShare: share) == .russian)
  }

  @Test func noLetters() {
    let (share, letters) = LanguageDetector.cyrillicShare(of: "12 345 — 2018−2019.")
    #expect(share == 0)
    #expect(letters == 0)
  }

  /// Texts of a megabyte and more are counted in two halves at once, with the counts of
  /// one pass: here 30,000 English and 30,000 Russian paragraphs, the Russian ones last.
  @Test func longTextsCountAsOnePass() {
    let english = "NATO and the OSCE, 2018."
    let russian = "Переговоры в формате G20 и BRICS прошли."
    let texts = Array(repeating: english, count: 30_000) + Array(repeating: russian, count: 30_000)
    #expect(texts.reduce(0) { $0 + $1.utf8.count } > 1 << 20)
    let one = LanguageDetector.cyrillicShare(of: english).letters
    let other = LanguageDetector.cyrillicShare(of: russian)
    let (share, letters) = LanguageDetector.cyrillicShare(of: texts)
    #expect(letters == 30_000 * (one + other.letters))
    let cyrillic = other.share * Double(other.letters) * 30_000
    #expect(abs(share - cyrillic / Double(letters)) < 1e-9)
  }

  @Test func halfIsRussian() {
    #expect(LanguageDetector.language(forCyrillicShare: 0.5) == .russian)
    #expect(LanguageDetector.language(forCyrillicShare: 0.49) == .english)
  }

  /// The counts by the definition, one scalar at a time.
  static func reference(_ text: String) -> (cyrillic: Int, letters: Int) {
    var cyrillic = 0
    var letters = 0
    for scalar in text.unicodeScalars {
      if (0x0400...0x04FF).contains(scalar.value), !(0x0482...0x0489).contains(scalar.value) {
        cyrillic += 1
        letters += 1
      } else if ICU.isAlphabetic(scalar) {
        letters += 1
        if ICU.script(of: scalar) == .cyrillic { cyrillic += 1 }
      }
    }
    return (cyrillic, letters)
  }

  @Test func wordAtATimeCountsLikeScalars() {
    let pool = Array(
      "aZz мЁёя « » — –\u{00A0}é ß ѣ Ґ ҂ ӧ 漢 𝔸 1 . \n Ab Юю ҈ ԱՁ ʼ ﬁ".unicodeScalars)
    var generator = SeededGenerator(seed: 29)
    for length in 0..<120 {
      var text = ""
      for _ in 0..<length {
        text.unicodeScalars.append(pool.randomElement(using: &generator) ?? "a")
      }
      let (share, letters) = LanguageDetector.cyrillicShare(of: text)
      let expected = Self.reference(text)
      #expect(letters == expected.letters, "\(text)")
      #expect(share == (letters == 0 ? 0 : Double(expected.cyrillic) / Double(letters)), "\(text)")
    }
  }
}
