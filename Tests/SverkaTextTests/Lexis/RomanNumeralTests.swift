// Roman digits and values: centuries and numbers read leniently, list markers canonically.

import SverkaText
import Testing

@Suite struct RomanNumeralTests {
  @Test func digits() {
    #expect("IVXLC".unicodeScalars.allSatisfy { RomanNumeral.isDigit($0) })
    #expect(!RomanNumeral.isDigit("i"))
    #expect("ivx".unicodeScalars.allSatisfy { RomanNumeral.isDigit($0, lowercase: true) })
    #expect(!RomanNumeral.isDigit("M"))
    #expect(!RomanNumeral.isDigit("l", lowercase: true))
  }

  @Test func values() {
    #expect(RomanNumeral.value(of: "XVI") == 16)
    #expect(RomanNumeral.value(of: "XXI") == 21)
    #expect(RomanNumeral.value(of: "XIX") == 19)
    #expect(RomanNumeral.value(of: "IV") == 4)
    #expect(RomanNumeral.value(of: "IIII") == 4)
    #expect(RomanNumeral.value(of: "xvi") == nil)
    #expect(RomanNumeral.value(of: "MCM") == nil)
    #expect(RomanNumeral.value(of: "") == nil)
  }

  @Test func markerValues() {
    #expect(RomanNumeral.markerValue(of: "iv") == 4)
    #expect(RomanNumeral.markerValue(of: "IX") == 9)
    #expect(RomanNumeral.markerValue(of: "x") == 10)
    #expect(RomanNumeral.markerValue(of: "iiii") == nil)
    #expect(RomanNumeral.markerValue(of: "xi") == nil)
    #expect(RomanNumeral.markerValue(of: "c") == nil)
  }
}
