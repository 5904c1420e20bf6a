// The month names' views: whole English forms, Russian case forms, dateline forms, prefixes.

import SverkaText
import Testing

@Suite struct MonthsTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let word: String
    let month: Int?
    var testDescription: String { word }
  }

  @Test(arguments: [
    Case(word: "january", month: 1), Case(word: "jun", month: 6), Case(word: "sept", month: 9),
    Case(word: "sep", month: 9), Case(word: "may", month: 5), Case(word: "mayor", month: nil),
    Case(word: "dec", month: 12), Case(word: "июня", month: nil),
  ])
  func english(_ testCase: Case) {
    #expect(Months.number(english: testCase.word) == testCase.month)
  }

  @Test(arguments: [
    Case(word: "января", month: 1), Case(word: "январе", month: 1),
    Case(word: "сентябрём", month: 9), Case(word: "мая", month: 5), Case(word: "май", month: 5),
    Case(word: "мае", month: 5), Case(word: "марта", month: 3), Case(word: "июле", month: 7),
    Case(word: "майдан", month: nil), Case(word: "мир", month: nil),
    Case(word: "june", month: nil),
  ])
  func russian(_ testCase: Case) {
    #expect(Months.number(russian: testCase.word) == testCase.month)
  }

  @Test(arguments: [
    Case(word: "june", month: 6), Case(word: "jun", month: 6), Case(word: "июня", month: 6),
    Case(word: "июнь", month: 6), Case(word: "декабря", month: 12), Case(word: "июне", month: nil),
    Case(word: "monday", month: nil),
  ])
  func dateline(_ testCase: Case) {
    #expect(Months.number(dateline: testCase.word) == testCase.month)
  }

  @Test func everyMonthHasEveryView() {
    let english = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december",
    ]
    let genitive = [
      "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
      "октября", "ноября", "декабря",
    ]
    for month in 1...12 {
      #expect(Months.number(english: english[month - 1]) == month)
      #expect(Months.number(english: english[month - 1].prefix(3)) == month)
      #expect(Months.number(russian: genitive[month - 1]) == month)
      #expect(Months.number(dateline: genitive[month - 1]) == month)
      #expect(Months.startsWithMonth(english[month - 1]))
      #expect(Months.startsWithMonth(genitive[month - 1]))
    }
  }

  @Test func loosePrefixes() {
    #expect(Months.startsWithMonth("junes"))
    #expect(Months.startsWithMonth("сентябрьский"))
    #expect(Months.startsWithMonth("мае"))
    #expect(!Months.startsWithMonth("justice"))
    #expect(!Months.startsWithMonth("сенат"))
    #expect(!Months.startsWithMonth("minister"))
  }
}
