// Which words of a document pair are month names or numbers, looked up once a word.

import SverkaAlign
import SverkaModel
import SverkaText

/// The month names and the numbers written as words among the words of one check, each word
/// judged once.
///
/// ``TranslationFacts`` asks about every word of every paragraph, and a document repeats its
/// words; Russian month names are found by their stems, which costs a dozen prefix tests a
/// word, and a number word by its lower case, a string made for each word. A vocabulary
/// belongs to one check and is not shared between threads.
final class FactVocabulary {
  private var english: [ByteKey: String?] = [:]
  private var russian: [ByteKey: String?] = [:]
  private var spelled: [ByteKey: (number: Int?, roman: Int?)] = [:]

  /// The value of `word` as a number word (``NumberWords/values``, either language) and as a
  /// Roman numeral (``RomanNumeral``), each `nil` when it is not one.
  func spelled(_ word: String) -> (number: Int?, roman: Int?) {
    let key = ByteKey(word)
    if let known = spelled[key] { return known }
    let values = (NumberWords.values[word.lowercased()], RomanNumeral.value(of: word))
    spelled[key] = values
    return values
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
