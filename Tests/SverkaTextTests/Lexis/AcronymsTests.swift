// Acronyms of both languages meet on one spelling.

import SverkaText
import Testing

@Suite struct AcronymsTests {
  @Test func russianAndEnglishMeet() {
    #expect(Acronyms.shared(russian: "нато") == "nato")
    #expect(Acronyms.shared(english: "nato") == "nato")
    #expect(Acronyms.shared(russian: "сша") == "us")
    #expect(Acronyms.shared(english: "usa") == "us")
    #expect(Acronyms.shared(english: "us") == "us")
    #expect(Acronyms.shared(russian: "оар") == Acronyms.shared(russian: "оаэ"))
    #expect(Acronyms.shared(english: "daesh") == Acronyms.shared(russian: "игил"))
  }

  @Test func otherWordsAreNone() {
    #expect(Acronyms.shared(english: "the") == nil)
    #expect(Acronyms.shared(russian: "мир") == nil)
    // Each language's forms are looked up on their own side only.
    #expect(Acronyms.shared(english: "нато") == nil)
    #expect(Acronyms.shared(russian: "nato") == nil)
  }
}
