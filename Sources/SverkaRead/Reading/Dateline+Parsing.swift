// How to read the date and time printed at the head of a statement page.

import Foundation
import SverkaModel
import SverkaText

extension Dateline {
  /// Parses a page's dateline: day, month name, year and time, with the time glued to
  /// the year as pages print it (`19 June 201823:03`, `19 июня 201823:03`) or apart
  /// (`19 June 2018 23:03`, `19 июня 2018 г. 23:03`).
  ///
  /// - Returns: the dateline, or `nil` when the line is not one or names an impossible
  ///   date or time.
  public static func parse(_ line: String) -> Dateline? {
    let trimmed = String(line.trimmingWhitespace())
    let words = trimmed.split(whereSeparator: \.isWhitespace)
    guard words.count >= 3, words.count <= 5,
      let day = Int(words[0]), words[0].count <= 2,
      let month = Months.number(dateline: words[1].lowercased().trimmingSuffix("."))
    else { return nil }
    var rest = words[2...].joined(separator: " ")
    for suffix in [" г.", " года", " г"] where rest.contains(suffix) {
      rest = rest.replacingFirst(suffix, with: "")
    }
    rest = rest.filter { !$0.isWhitespace }
    // Now `YYYYHH:MM`, with one or two hour digits.
    let parts = rest.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[1].count == 2, parts[0].count >= 5, parts[0].count <= 6,
      parts[0].allSatisfy(\.isASCII), parts[1].allSatisfy(\.isASCII),
      let year = Int(parts[0].prefix(4)), let hour = Int(parts[0].dropFirst(4)),
      let minute = Int(parts[1])
    else { return nil }
    guard (1...31).contains(day), day <= daysIn(month: month, year: year), hour < 24,
      minute < 60, year >= 1000
    else { return nil }
    return Dateline(
      year: year, month: month, day: day, hour: hour, minute: minute, original: trimmed)
  }

  private static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}

extension String {
  fileprivate func trimmingSuffix(_ suffix: String) -> String {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
  }

  fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let range = range(of: target) else { return self }
    return replacingCharacters(in: range, with: replacement)
  }
}
