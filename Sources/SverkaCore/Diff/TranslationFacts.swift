// The numbers, dates and months of a text, written the same way in English and Russian.

/// What a translation must keep: numbers, days of the month and month names, normalised so
/// that both languages write them alike.
///
/// - Numbers are digit runs with thousands groups joined (`1,600` ↔ `1 600`), so ranges
///   (`2018−2019` ↔ `2018-2019`), ordinals (`72nd` ↔ `72-й`) and decimals (`20.8` ↔ `20,8`)
///   agree, and number words stay out of it (`10 million` ↔ `10 млн`).
/// - A date is a day (1–31) next to a month name (`August 22` ↔ `22 августа`); its day is
///   not counted again as a number, so a wrong day is a date, not a number, mismatch.
/// - Months are the month names, with or without a day.
struct TranslationFacts: Equatable {
  var numbers: Set<String> = []
  var dates: Set<String> = []
  var months: Set<String> = []

  /// The facts of `text`, in `language`.
  init(_ text: String, language: Language) {
    var tokens: [(text: String, isNumber: Bool)] = []
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if Self.isDigit(scalar) {
        var digits = ""
        while index < scalars.count {
          if Self.isDigit(scalars[index]) {
            digits.unicodeScalars.append(scalars[index])
            index += 1
          } else if Self.joinsGroups(scalars[index]), Self.groupFollows(scalars, index + 1) {
            index += 1
          } else {
            break
          }
        }
        tokens.append((digits, true))
      } else if scalar.properties.isAlphabetic {
        var word = ""
        while index < scalars.count, scalars[index].properties.isAlphabetic {
          word.unicodeScalars.append(scalars[index])
          index += 1
        }
        tokens.append((word, false))
      } else {
        index += 1
      }
    }
    var days: Set<Int> = []
    for (position, token) in tokens.enumerated() where !token.isNumber {
      guard let month = Self.month(token.text, language: language) else { continue }
      months.insert(month)
      for neighbour in [position - 1, position + 1] where tokens.indices.contains(neighbour) {
        let candidate = tokens[neighbour]
        if candidate.isNumber, let day = Int(candidate.text), (1...31).contains(day) {
          dates.insert("\(month)-\(day)")
          days.insert(neighbour)
          break
        }
      }
    }
    for (position, token) in tokens.enumerated() where token.isNumber && !days.contains(position)
    {
      numbers.insert(token.text)
    }
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39
  }

  /// A comma, a space, a no-break or a thin space between thousands groups.
  private static func joinsGroups(_ scalar: Unicode.Scalar) -> Bool {
    [0x2C, 0x20, 0xA0, 0x202F, 0x2009].contains(scalar.value)
  }

  /// Whether exactly three digits start at `index`.
  private static func groupFollows(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
    guard index + 3 <= scalars.count, scalars[index..<(index + 3)].allSatisfy(isDigit) else {
      return false
    }
    return index + 3 == scalars.count || !isDigit(scalars[index + 3])
  }

  private static func month(_ word: String, language: Language) -> String? {
    let lower = word.lowercased()
    if language == .english {
      // "May" the month and "may" the verb: only the capitalised form is a month.
      if lower == "may", word.first != "M" { return nil }
      return lower.count >= 3 ? Anchors.month(english: lower) : nil
    }
    return Anchors.month(russian: lower)
  }
}
