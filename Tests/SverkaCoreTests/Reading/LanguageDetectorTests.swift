// Language from the script: the share of Cyrillic letters decides.

import SverkaCore
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

  @Test func halfIsRussian() {
    #expect(LanguageDetector.language(forCyrillicShare: 0.5) == .russian)
    #expect(LanguageDetector.language(forCyrillicShare: 0.49) == .english)
  }
}
