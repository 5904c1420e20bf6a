// Month names of both languages, for comparing dates across a translation.

/// Finds month names in English or Russian text, as month numbers.
enum MonthNames {
  private static let stems: [(String, Int)] = [
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
    ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11),
    ("december", 12), ("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("мая", 5),
    ("май", 5), ("июн", 6), ("июл", 7), ("август", 8), ("сентябр", 9), ("октябр", 10),
    ("ноябр", 11), ("декабр", 12),
  ]

  /// The month numbers named in `text`, sorted, once per mention.
  static func months(in text: String) -> [Int] {
    var found: [Int] = []
    for word in text.split(whereSeparator: { !$0.isLetter }) {
      let lower = word.lowercased()
      // "May" the month and "may" the verb: only the capitalised English form counts.
      if lower == "may", word.first != "M" { continue }
      if let month = stems.first(where: { lower.hasPrefix($0.0) && lower.count <= $0.0.count + 3 })
      {
        found.append(month.1)
      }
    }
    return found.sorted()
  }
}
