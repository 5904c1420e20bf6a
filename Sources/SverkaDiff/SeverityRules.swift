// Which word changes matter most: numbers, dates, names and negations.

import SverkaModel
import SverkaText

/// Finds the high-severity reasons in the deleted and inserted words of a change.
enum SeverityRules {
  /// A unit of a change as the rules see it.
  struct Word {
    /// The original text.
    var text: String
    /// Whether it is a number, a word or punctuation.
    var kind: WordToken.Kind
    /// Whether it starts a sentence (so a capital letter says nothing about names).
    var startsSentence: Bool
    /// Whether it is a number right before or after a month name, so a day of the month.
    var nextToMonth = false
  }

  /// Negations of either language, in the revision diff's view.
  private static let negationWords = Lexis.negations.english.revision.union(
    Lexis.negations.russian.revision)

  /// The reasons, sorted, for which replacing `deleted` with `inserted` is high severity,
  /// each with its evidence: the numbers, dates, names or negations only in the deleted
  /// words (`onlyInA`) and only in the inserted ones (`onlyInB`).
  static func evidence(deleted: [Word], inserted: [Word]) -> [ReasonEvidence] {
    var found: [ReasonEvidence] = []
    func compare(_ reason: ChangeReason, _ pick: ([Word]) -> [Item]) {
      let old = pick(deleted)
      let new = pick(inserted)
      guard old.map(\.key).sorted() != new.map(\.key).sorted() else { return }
      found.append(
        ReasonEvidence(
          reason: reason, onlyInA: remainder(old, new), onlyInB: remainder(new, old)))
    }
    compare(.numberMismatch) { numbers($0) }
    compare(.dateMismatch) { dates($0) }
    compare(.nameMismatch) { names($0) }
    compare(.negationChanged) { negations($0) }
    return found
  }

  /// A fact of a word: the key it is compared by and the text it is shown as.
  private typealias Item = (key: String, text: String)

  /// The texts of `items` whose keys `other` lacks, counted as multisets.
  private static func remainder(_ items: [Item], _ other: [Item]) -> [String] {
    var left = other.map(\.key)
    return items.compactMap { item in
      if let index = left.firstIndex(of: item.key) {
        left.remove(at: index)
        return nil
      }
      return item.text
    }
  }

  /// Whether `text` is a month name in English or Russian, in any case form.
  static func isMonth(_ text: String) -> Bool {
    Months.startsWithMonth(text.lowercased())
  }

  /// A day next to a month name is a date, not a number.
  private static func isDay(_ word: Word) -> Bool {
    word.nextToMonth && Int(word.text).map { (1...31).contains($0) } == true
  }

  private static func numbers(_ words: [Word]) -> [Item] {
    words.compactMap { word in
      if isDay(word) { return nil }
      let digits = String(word.text.unicodeScalars.filter { $0.properties.numericType != nil })
      return digits.isEmpty ? nil : (digits, word.text)
    }
  }

  private static func dates(_ words: [Word]) -> [Item] {
    words.compactMap { word in
      let lower = word.text.lowercased()
      if word.kind == .word,
        Months.startsWithMonth(lower)
          || Lexis.weekdayPrefixes.contains(where: { lower.hasPrefix($0) })
      {
        return (String(lower.prefix(3)), word.text)
      }
      if isDay(word) { return ("d" + lower, word.text) }
      if word.kind == .number, lower.count == 4, let year = Int(lower), (1800...2100).contains(year)
      {
        return (lower, word.text)
      }
      return nil
    }
  }

  private static func names(_ words: [Word]) -> [Item] {
    words.compactMap { word in
      guard word.kind == .word, let first = word.text.unicodeScalars.first,
        first.properties.isUppercase
      else { return nil }
      let capitals = word.text.unicodeScalars.filter { $0.properties.isUppercase }.count
      if capitals >= 2 || !word.startsSentence { return (word.text.lowercased(), word.text) }
      return nil
    }
  }

  /// Negations share one key, so replacing `not` with `never` changes nothing.
  private static func negations(_ words: [Word]) -> [Item] {
    words.compactMap { word in
      let lower = word.text.lowercased()
      let negative = negationWords.contains(lower) || Negations.isContracted(lower)
      return negative ? ("not", word.text) : nil
    }
  }
}
