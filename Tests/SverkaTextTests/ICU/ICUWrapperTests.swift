// The ICU wrappers: break iteration, normalization, case folding, transliteration, charsets.

import SverkaText
import Testing

@Suite struct ICUWrapperTests {
  @Test func sentenceBoundariesAreUTF8Offsets() throws {
    let iterator = try ICU.BreakIterator(.sentence, locale: "ru")
    let text = "Привет. Как дела?"
    #expect(try iterator.boundaries(in: text) == ["Привет. ".utf8.count, text.utf8.count])
  }

  @Test func iteratorIsReusable() throws {
    let iterator = try ICU.BreakIterator(.word, locale: "en")
    #expect(try iterator.boundaries(in: "a b") == [1, 2, 3])
    #expect(try iterator.boundaries(in: "NATO") == [4])
    #expect(try iterator.boundaries(in: "").isEmpty)
  }

  @Test func standardSuppressionsKeepMrTogether() throws {
    let iterator = try ICU.BreakIterator(.sentence, locale: "en@ss=standard")
    #expect(try iterator.boundaries(in: "Mr. Smith came. He left.").count == 2)
  }

  @Test func normalization() throws {
    #expect(try ICU.normalize("e\u{0301}", to: .nfc) == "é")
    #expect(try ICU.normalize("é", to: .nfd) == "e\u{0301}")
    #expect(try ICU.normalize("ＮＡＴＯ\u{00AD}", to: .nfkcCasefold) == "nato")
    let already = "already normal"
    #expect(try ICU.normalize(already, to: .nfc) == already)
  }

  @Test func caseFolding() throws {
    #expect(try ICU.foldCase("ЛАВРОВ Straße") == "лавров strasse")
  }

  @Test func russianToLatin() throws {
    let bgn = try ICU.Transliterator("Russian-Latin/BGN")
    #expect(try bgn.transliterate("Лавров") == "Lavrov")
    #expect(try bgn.transliterate("Щёкино, Абхазия") == "Shchëkino, Abkhaziya")
    let ascii = try ICU.Transliterator("Any-Latin; Latin-ASCII")
    #expect(try ascii.transliterate("Сирия, Лавров") == "Siria, Lavrov")
    // Four Latin letters for each Cyrillic one: more than the first buffer guess holds.
    let long = String(repeating: "щщщщ ", count: 2000)
    #expect(try bgn.transliterate(long).count == 2000 * 17)
  }

  @Test func unknownTransliteratorThrows() {
    #expect(throws: ICUError.self) { try ICU.Transliterator("No-Such/Thing") }
  }

  @Test func charsetDetection() throws {
    let russian = String(repeating: "Министр иностранных дел России провёл переговоры. ", count: 5)
    let guess = try #require(ICU.detectCharset(Array(russian.utf8)))
    #expect(guess.name == "UTF-8")
    #expect(guess.confidence > 50)
  }

  @Test func decodingStopsAtInvalidBytes() {
    #expect(throws: ICU.InvalidSequence(offset: 1)) {
      try ICU.decode([0x41, 0xFF, 0x42], charset: "UTF-8")
    }
  }

  @Test func scripts() {
    #expect(ICU.script(of: "Ж") == .cyrillic)
    #expect(ICU.script(of: "W") == .latin)
    #expect(ICU.script(of: "5") == .common)
    #expect(ICU.script(of: "α") == .other)
    #expect(ICU.isAlphabetic("ё"))
    #expect(!ICU.isAlphabetic("−"))
  }

  @Test func errorsNameTheStatus() {
    let error = ICUError(status: 1, operation: "do a thing")
    #expect(error.name == "U_ILLEGAL_ARGUMENT_ERROR")
    #expect(error.description == "ICU failed to do a thing: U_ILLEGAL_ARGUMENT_ERROR")
  }
}
