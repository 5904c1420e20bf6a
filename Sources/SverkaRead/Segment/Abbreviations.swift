// The abbreviation and function word lists of one language, as the segmenter looks them up;
// the lists themselves live in the lexis (`SverkaText/Resources`).

import SverkaModel
import SverkaText

/// The abbreviations and function words of one language.
///
/// Abbreviations are kept with their final full stop, exactly as written in the lists;
/// the rules look them up with the token before a full stop, first as written and then with
/// its first letter lowered, so that `См.` at the start of a sentence finds `см.`.
package struct Abbreviations: Sendable {
  private let prefixes: WordSet
  private let units: WordSet
  private let listEnds: WordSet
  /// Closed-class words (articles, prepositions, conjunctions, pronouns), lower case.
  let functionWords: WordSet
  /// Titles, institutions and places that run on after a unit (`the U.S. President`).
  let names: WordList
  /// Words that start a sentence in lower case in web text (`i`, `they`; `я`, `это`).
  let lowercaseStarts: WordSet

  /// The lists for `language`, from the lexis. Abbreviations and names of the other
  /// language count too (a Russian text may cite `U.N. Office`); function words do not.
  package init(language: Language) {
    func both<Value>(_ lists: Bilingual<Value>) -> (own: Value, other: Value) {
      language == .english ? (lists.english, lists.russian) : (lists.russian, lists.english)
    }
    let prefixes = both(Lexis.prefixes)
    let units = both(Lexis.abbreviations)
    let listEnds = both(Lexis.listEnds)
    let names = both(Lexis.names)
    self.prefixes = WordSet(prefixes.own.union(prefixes.other))
    self.units = WordSet(units.own.union(units.other))
    self.listEnds = WordSet(listEnds.own.union(listEnds.other))
    functionWords = WordSet(both(Lexis.functionWords).own)
    self.names = WordList(names.own).union(WordList(names.other))
    lowercaseStarts = WordSet(both(Lexis.lowercaseStarts).own)
  }

  /// The kind of `abbreviation` (with its final full stop), or `nil` when it is unknown.
  ///
  /// An entry that is both a unit and a prefix, such as Russian `г.` (year after a number,
  /// town before a name), is a unit after a number and a prefix elsewhere. A capitalised
  /// form is looked up lowered too, except a lone capital, which is an initial
  /// (`В. Путин`), not `в.`.
  package func kind(of abbreviation: String, afterNumber: Bool) -> AbbreviationKind? {
    if let kind = exactKind(of: abbreviation, afterNumber: afterNumber) { return kind }
    guard !Self.startsWithLowercaseLetter(abbreviation), let first = abbreviation.first,
      first.isUppercase, abbreviation.count > 2
    else {
      return nil
    }
    let lowered = first.lowercased() + abbreviation.dropFirst()
    return exactKind(of: lowered, afterNumber: afterNumber)
  }

  /// Whether `word` starts with a lower-case letter of `a`–`z` or `а`–`я`, `ё`, read from its
  /// first bytes: then its first character is not upper case, whatever marks follow (its
  /// upper-case form differs), and nearly every word before a full stop is spared building
  /// a `Character`.
  private static func startsWithLowercaseLetter(_ word: String) -> Bool {
    var utf8 = word.utf8.makeIterator()
    guard let lead = utf8.next() else { return false }
    if lead &- 0x61 < 26 { return true }
    guard let second = utf8.next() else { return false }
    return (lead == 0xD0 && second &- 0xB0 < 16)
      || (lead == 0xD1 && (second &- 0x80 < 16 || second == 0x91))
  }

  private func exactKind(of abbreviation: String, afterNumber: Bool) -> AbbreviationKind? {
    if listEnds.contains(abbreviation) { return .listEnd }
    let isUnit = units.contains(abbreviation)
    if isUnit && afterNumber { return .unit }
    if prefixes.contains(abbreviation) { return .prefix }
    return isUnit ? .unit : nil
  }

  /// Whether `word` is a function word, in any case.
  func isFunctionWord(_ word: String) -> Bool {
    if functionWords.contains(word) { return true }
    // Lowering allocates, so only words with a capital are lowered.
    guard word.unicodeScalars.contains(where: \.isUpperLetter) else { return false }
    return functionWords.contains(word.lowercased())
  }
}
