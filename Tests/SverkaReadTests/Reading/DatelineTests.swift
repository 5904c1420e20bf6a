// Datelines in the forms English and Russian pages print them, and lines that are not ones.

import SverkaModel
import SverkaRead
import Testing

@Suite struct DatelineTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let id: String
    let line: String
    /// `yyyy-mm-dd hh:mm`, or nil when the line is not a dateline.
    let expected: String?
    var testDescription: String { id }
  }

  static let cases: [Case] = [
    Case(id: "en-glued", line: "19 June 201823:03", expected: "2018-06-19 23:03"),
    Case(id: "ru-genitive-glued", line: "19 июня 201823:03", expected: "2018-06-19 23:03"),
    Case(id: "ru-nominative", line: "1 март 202409:15", expected: "2024-03-01 09:15"),
    Case(id: "en-spaced", line: "5 December 2019 14:30", expected: "2019-12-05 14:30"),
    Case(id: "en-abbreviated", line: "5 Dec 2019 14:30", expected: "2019-12-05 14:30"),
    Case(id: "ru-year-word", line: "19 июня 2018 г. 23:03", expected: "2018-06-19 23:03"),
    Case(id: "one-digit-hour", line: "7 мая 20219:05", expected: "2021-05-07 09:05"),
    Case(id: "surrounding-space", line: "  31 August 202200:00 ", expected: "2022-08-31 00:00"),
    Case(id: "capitalised-ru", line: "19 Июня 201823:03", expected: "2018-06-19 23:03"),
    Case(id: "leap-day", line: "29 February 202412:00", expected: "2024-02-29 12:00"),
    Case(id: "no-time", line: "19 June 2018", expected: nil),
    Case(id: "bad-month", line: "19 Junk 201823:03", expected: nil),
    Case(id: "day-32", line: "32 June 201823:03", expected: nil),
    Case(id: "june-31", line: "31 June 201823:03", expected: nil),
    Case(id: "not-leap", line: "29 February 202312:00", expected: nil),
    Case(id: "hour-24", line: "19 June 201824:00", expected: nil),
    Case(id: "minute-60", line: "19 June 201823:60", expected: nil),
    Case(id: "sentence", line: "On 19 June 2018 the minister spoke at 23:03", expected: nil),
    Case(id: "empty", line: "", expected: nil),
    Case(id: "letters-in-time", line: "19 June 2018ab:cd", expected: nil),
  ]

  @Test(arguments: cases)
  func parses(_ testCase: Case) {
    let parsed = Dateline.parse(testCase.line)
    #expect(parsed.map { "\($0.isoDate) \($0.time)" } == testCase.expected)
    if let parsed {
      #expect(parsed.original == String(testCase.line.trimmingCharacters(in: .whitespaces)))
    }
  }
}
