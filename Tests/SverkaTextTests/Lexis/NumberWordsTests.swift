// Numbers written as words, scale words and hour words, read from their resource files.

import SverkaText
import Testing

@Suite struct NumberWordsTests {
  @Test func spelledNumbersInBothLanguages() {
    #expect(NumberWords.values["twice"] == 2)
    #expect(NumberWords.values["трёх"] == 3)
    #expect(NumberWords.values["трех"] == 3)
    #expect(NumberWords.values["девятьсот"] == 900)
    #expect(NumberWords.values["billion"] == 1_000_000_000)
    #expect(NumberWords.values["the"] == nil)
  }

  @Test func scaleWordsAndAbbreviations() {
    #expect(NumberWords.scales["тыс"] == 1e3)
    #expect(NumberWords.scales["bn"] == 1e9)
    #expect(NumberWords.scales["млрд"] == 1e9)
    #expect(NumberWords.scales["трлн"] == 1e12)
    #expect(NumberWords.scales["two"] == nil)
  }

  @Test func hourWordsShiftToTheTwentyFourHourClock() {
    #expect(NumberWords.hourShifts["вечера"] == 12)
    #expect(NumberWords.hourShifts["pm"] == 12)
    #expect(NumberWords.hourShifts["утра"] == 0)
    #expect(NumberWords.hourShifts["часов"] == 0)
    #expect(NumberWords.hourShifts["дня"] == nil)
  }
}
