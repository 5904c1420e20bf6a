// The numbers, dates and months of a text, written the same way in English and Russian.

import SverkaAlign
import SverkaModel

/// What a translation must keep: numbers, days of the month, times and month names,
/// normalised so that both languages write them alike.
///
/// - Numbers: thousands groups joined (`1,600` ↔ `1 600`), decimal commas read as points
///   (`20.8` ↔ `20,8`), scale words applied (`10 million` ↔ `10 млн`, `50,000` ↔
///   `50 тыс.`); ranges (`2018−2019` ↔ `2018-2019`) and ordinals (`72nd` ↔ `72-й`) become
///   their digit runs.
/// - Times: `6 p.m.` ↔ `18.00`.
/// - Dates: a day (1–31), or a range of days, next to a month name (`August 22` ↔
///   `22 августа`, `June 9−10` ↔ `9−10 июня`); those days are not counted again as
///   numbers, so a wrong day is a date mismatch, not a number mismatch.
/// - Months: the month names, with or without a day.
///
/// Numbers written as words (`eleven`, `fourth`) and Roman numerals (`XVI в.`) are
/// *optional*: they vouch for the same number on the other side but are not required there.
struct TranslationFacts: Equatable {
  var numbers: Set<String> = []
  var optionalNumbers: Set<String> = []
  var dates: Set<String> = []
  var months: Set<String> = []

  /// Whether the numbers of `self` and `other` agree, optional ones vouching on either side.
  func numbersAgree(with other: TranslationFacts) -> Bool {
    numbers.subtracting(other.numbers).isSubset(of: other.optionalNumbers)
      && other.numbers.subtracting(numbers).isSubset(of: optionalNumbers)
  }

  /// The facts of `text`, in `language`.
  init(_ text: String, language: Language) {
    let tokens = FactToken.tokens(of: text)
    var days: Set<Int> = []
    for (position, token) in tokens.enumerated() {
      guard case .word(let word) = token.kind,
        let month = Self.month(word, language: language)
      else { continue }
      months.insert(month)
      let before = position - 1
      let after = position + 1
      var found: [Int] = []
      if tokens.indices.contains(after), tokens[after].day != nil {
        found = [after]
        if tokens[after].rangeFollows, tokens.indices.contains(after + 1) {
          found.append(after + 1)
        }
      } else if tokens.indices.contains(before), tokens[before].day != nil {
        found = [before]
        if before > 0, tokens[before - 1].rangeFollows { found.append(before - 1) }
      }
      for index in found {
        if let day = tokens[index].day {
          dates.insert("\(month)-\(day)")
          days.insert(index)
        }
      }
    }
    for (position, token) in tokens.enumerated() where !days.contains(position) {
      switch token.kind {
      case .number(let value): numbers.insert(value)
      case .time(let value): numbers.insert(value)
      case .spelled(let value): optionalNumbers.insert(value)
      case .word: break
      }
    }
  }

  private static func month(_ word: String, language: Language) -> String? {
    let lower = word.lowercased()
    if language == .english {
      // "May" the month and "may" the verb: only the capitalised form is a month.
      if lower == "may", word.first != "M" { return nil }
      // `DEC.3` is a document number, not 3 December.
      if word.count > 1, word.allSatisfy(\.isUppercase) { return nil }
      return lower.count >= 3 ? Anchors.month(english: lower) : nil
    }
    return lower.count >= 3 ? Anchors.month(russian: lower) : nil
  }
}
