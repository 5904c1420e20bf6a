// Numbers, dates, names and acronyms meet across the languages.

import SverkaText
import Testing

@testable import SverkaAlign

@Suite struct AnchorTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let english: String
    let russian: String
    var testDescription: String { "\(english) ↔ \(russian)" }
  }

  static let shared: [Case] = [
    Case(english: "19 June 2018", russian: "19 июня 2018 г."),
    Case(english: "the 72nd session", russian: "72-й сессии"),
    Case(english: "for 2018−2019", russian: "на 2018-2019 годы"),
    Case(english: "5%", russian: "5 процентов"),
    Case(english: "Lavrov", russian: "Лавров"),
    Case(english: "Syria", russian: "Сирии"),
    Case(english: "Abkhazia", russian: "Абхазия"),
    Case(english: "NATO", russian: "НАТО"),
    Case(english: "OSCE", russian: "ОБСЕ"),
    Case(english: "USA", russian: "США"),
    Case(english: "EAEU", russian: "ЕАЭС"),
    Case(english: "agreements", russian: "соглашения"),
  ]

  @Test(arguments: shared)
  func meet(_ pair: Case) {
    let extractor = FeatureExtractor(prepared: .shared)
    let e = extractor.features(of: pair.english, language: .english)
    let r = extractor.features(of: pair.russian, language: .russian)
    let common = SortedOverlap.count(e.words, r.words) + SortedOverlap.count(e.anchors, r.anchors)
    #expect(common >= 1)
  }

  @Test func differentNumbersDoNotMeet() {
    let extractor = FeatureExtractor(prepared: .shared)
    let e = extractor.features(of: "In 2017", language: .english)
    let r = extractor.features(of: "В 2019 году", language: .russian)
    #expect(SortedOverlap.count(e.anchors, r.anchors) == 0)
  }

  @Test func aRunOfLettersLongerThanAnyWordIsNotLookedUp() {
    // «Москва» repeated is no word: no stem, lexicon entry or transliteration, which on a
    // run of millions of letters would take time quadratic in its length.
    let extractor = FeatureExtractor(prepared: .shared)
    let run = String(repeating: "москва", count: Lexis.longestWord)
    let russian = extractor.features(of: run, language: .russian)
    #expect(russian.words.isEmpty && russian.anchors.isEmpty)
    let word = extractor.features(of: "Москва", language: .russian)
    #expect(!word.words.isEmpty)
  }

  @Test func scannerLowercasesAndSplits() {
    var tokens: [String] = []
    WordScanner.scan("ЁЛКА «NATO’s» 72nd") { tokens.append($0.text) }
    #expect(tokens == ["елка", "nato", "s", "72", "nd"])
  }
}
