// Which words of a document pair are month names, numbers or units, looked up once a word.

import SverkaAlign
import SverkaModel
import SverkaText

/// The month names, the numbers written as words and the units of measure among the words of
/// one check, each word judged once.
///
/// ``TranslationFacts`` asks about every word of every paragraph, and a document repeats its
/// words; Russian month names are found by their stems, which costs a dozen prefix tests a
/// word, and number words and units by their lower case, a string made for each word. Each
/// word token is looked up once, when it is read (``FactToken/word``). A vocabulary belongs
/// to one check and is not shared between threads.
final class FactVocabulary {
  /// The words met, by language: a month name is one in its language only.
  private var english: [ByteKey: Word] = [:]
  private var russian: [ByteKey: Word] = [:]

  /// What a word stands for: a number, a unit of measure, a month.
  struct Word {
    /// What it stands for as a number or a unit.
    var values: WordValues
    /// Its month key (`m:1`…`m:12`) as written in its language, `nil` for other words.
    var month: String?
  }

  /// What a word stands for as a number or a unit of measure, each `nil` when it is not one.
  struct WordValues {
    /// Its value as a number word (``NumberWords/values``, either language).
    var number: Int?
    /// Its value as a Roman numeral (``RomanNumeral``).
    var roman: Int?
    /// Its system as a unit of measure (``NumberWords/unitSystems``).
    var unit: NumberWords.UnitSystem?
  }

  /// What `word`, written in `language`, stands for: one look-up answers the number, the
  /// unit and the month questions that each word of a text is asked.
  func word(_ word: String, language: Language) -> Word {
    let key = ByteKey(word)
    if let known = language == .english ? english[key] : russian[key] { return known }
    let lower = word.lowercased()
    let found = Word(
      values: WordValues(
        number: NumberWords.values[lower], roman: RomanNumeral.value(of: word),
        unit: NumberWords.unitSystems[lower]),
      month: Self.month(word, lower: lower, language: language))
    if language == .english { english[key] = found } else { russian[key] = found }
    return found
  }

  /// The month key of `word`, whose lower case is `lower`, as written in `language`.
  private static func month(_ word: String, lower: String, language: Language) -> String? {
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
