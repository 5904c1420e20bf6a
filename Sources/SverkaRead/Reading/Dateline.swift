// The date and time printed at the head of a statement page, and how to read them.

import Foundation

/// A statement's publication date and time, as its dateline gives them.
public struct Dateline: Sendable, Hashable, Codable, CustomStringConvertible {
  public let year: Int
  /// 1 to 12.
  public let month: Int
  public let day: Int
  /// 0 to 23.
  public let hour: Int
  public let minute: Int
  /// The dateline as printed, such as `19 June 201823:03`.
  public let original: String

  /// Creates a dateline; the caller has checked the fields.
  public init(year: Int, month: Int, day: Int, hour: Int, minute: Int, original: String) {
    self.year = year
    self.month = month
    self.day = day
    self.hour = hour
    self.minute = minute
    self.original = original
  }

  /// The date in ISO 8601, `2018-06-19`.
  public var isoDate: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }
  /// The time as `23:03`.
  public var time: String { "\(pad(hour, 2)):\(pad(minute, 2))" }

  public var description: String { "\(isoDate) \(time)" }

  private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}

extension Dateline {
  /// English month names, full and abbreviated, and Russian ones in the genitive
  /// (`19 июня`) and the nominative (`июнь`), case-folded.
  private static let months: [String: Int] = {
    let names: [[String]] = [
      ["january", "jan", "января", "январь"], ["february", "feb", "февраля", "февраль"],
      ["march", "mar", "марта", "март"], ["april", "apr", "апреля", "апрель"],
      ["may", "мая", "май"], ["june", "jun", "июня", "июнь"], ["july", "jul", "июля", "июль"],
      ["august", "aug", "августа", "август"],
      ["september", "sep", "sept", "сентября", "сентябрь"],
      ["october", "oct", "октября", "октябрь"], ["november", "nov", "ноября", "ноябрь"],
      ["december", "dec", "декабря", "декабрь"],
    ]
    var table: [String: Int] = [:]
    for (index, forms) in names.enumerated() {
      for form in forms { table[form] = index + 1 }
    }
    return table
  }()

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
      let month = months[words[1].lowercased().trimmingSuffix(".")]
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
