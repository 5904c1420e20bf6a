// Which words of a document pair are month names, numbers or units, looked up once a word.

import SverkaAlign
import SverkaModel
import SverkaText

/// The month names, the numbers written as words and the units of measure among the words of
/// one check, each word judged once.
///
/// ``TranslationFacts`` asks about every word of every paragraph, and a document repeats its
/// words; Russian month names are found by their stems, which costs a dozen prefix tests a
/// word, and number words and units by their lower case, a string made for each word. A
/// vocabulary belongs to one check and is not shared between threads.
final class FactVocabulary {
  private var english: [ByteKey: String?] = [:]
  private var russian: [ByteKey: String?] = [:]
  private var values: [ByteKey: WordValues] = [:]

  /// What a word stands for as a number or a unit, each `nil` when it is not one.
  struct WordValues {
    /// Its value as a number word (``NumberWords/values``, either language).
    var number: Int?
    /// Its value as a Roman numeral (``RomanNumeral``).
    var roman: Int?
    /// Its system as a unit of measure (``NumberWords/unitSystems``).
    var unit: NumberWords.UnitSystem?
  }

  /// What `word` stands for as a number word, a Roman numeral and a unit of measure.
  func values(of word: String) -> WordValues {
    let key = ByteKey(word)
    if let known = values[key] { return known }
    let lower = word.lowercased()
    let found = WordValues(
      number: NumberWords.values[lower], roman: RomanNumeral.value(of: word),
      unit: NumberWords.unitSystems[lower])
    values[key] = found
    return found
  }

  /// The month key (`m:1`…`m:12`) of `word` as written in `language`, `nil` for other words.
  func month(_ word: String, language: Language) -> String? {
    let key = ByteKey(word)
    if language == .english {
      if let known = english[key] { return known }
      let month = Self.month(word, language: language)
      english[key] = month
      return month
    }
    if let known = russian[key] { return known }
    let month = Self.month(word, language: language)
    russian[key] = month
    return month
  }

  private static func month(_ word: String, language: Language) -> String? {
    let lower = word.lowercased()
    if language == .english {
      // "May" the month and "may" the verb: only the capitalised form is a month; the
      // same for "March" the verb.
      if lower == "may" || lower == "march", word.first?.isUppercase != true { return nil }
      // `DEC.3` is a document number, not 3 December.
      if word.count > 1, word.allSatisfy(\.isUppercase) { return nil }
      return lower.count >= 3 ? Anchors.month(english: lower) : nil
    }
    return lower.count >= 3 ? Anchors.month(russian: lower) : nil
  }
}
