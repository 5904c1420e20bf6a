// The date and time printed at the head of a statement page: the value; Reading parses it.

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
