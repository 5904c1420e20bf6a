// The abbreviation and function word lists of one language, read from the data files
// embedded in the library.

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

  /// The lists for `language`, from the embedded data files. Abbreviations and names of
  /// the other language count too (a Russian text may cite `U.N. Office`); function words
  /// do not.
  package init(language: Language) {
    let english = Self(
      prefixes: PackageResources.prefixes_en_txt,
      units: PackageResources.abbreviations_en_txt,
      listEnds: PackageResources.list_ends_en_txt,
      functionWords: PackageResources.function_words_en_txt,
      names: PackageResources.names_en_txt,
      lowercaseStarts: PackageResources.lowercase_starts_en_txt)
    let russian = Self(
      prefixes: PackageResources.prefixes_ru_txt,
      units: PackageResources.abbreviations_ru_txt,
      listEnds: PackageResources.list_ends_ru_txt,
      functionWords: PackageResources.function_words_ru_txt,
      names: PackageResources.names_ru_txt,
      lowercaseStarts: PackageResources.lowercase_starts_ru_txt)
    let (own, other) = language == .english ? (english, russian) : (russian, english)
    prefixes = own.prefixes.union(other.prefixes)
    units = own.units.union(other.units)
    listEnds = own.listEnds.union(other.listEnds)
    functionWords = own.functionWords
    names = own.names.union(other.names)
    lowercaseStarts = own.lowercaseStarts
  }

  /// Lists from the bytes of data files: one entry a line, `#` lines are comments.
  init(
    prefixes: [UInt8], units: [UInt8], listEnds: [UInt8], functionWords: [UInt8],
    names: [UInt8], lowercaseStarts: [UInt8]
  ) {
    self.prefixes = WordSet(Self.entries(prefixes))
    self.units = WordSet(Self.entries(units))
    self.listEnds = WordSet(Self.entries(listEnds))
    self.functionWords = WordSet(Self.entries(functionWords))
    self.names = WordList(names)
    self.lowercaseStarts = WordSet(Self.entries(lowercaseStarts))
  }

  /// The kind of `abbreviation` (with its final full stop), or `nil` when it is unknown.
  ///
  /// An entry that is both a unit and a prefix, such as Russian `г.` (year after a number,
  /// town before a name), is a unit after a number and a prefix elsewhere. A capitalised
  /// form is looked up lowered too, except a lone capital, which is an initial
  /// (`В. Путин`), not `в.`.
  package func kind(of abbreviation: String, afterNumber: Bool) -> AbbreviationKind? {
    if let kind = exactKind(of: abbreviation, afterNumber: afterNumber) { return kind }
    guard let first = abbreviation.first, first.isUppercase, abbreviation.count > 2 else {
      return nil
    }
    let lowered = first.lowercased() + abbreviation.dropFirst()
    return exactKind(of: lowered, afterNumber: afterNumber)
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

  /// The entries of a list file: one a line, blank lines and `#` lines skipped.
  static func entries(_ bytes: [UInt8]) -> Set<String> {
    var result: Set<String> = []
    for line in bytes.split(separator: UInt8(ascii: "\n")) {
      let entry = String(decoding: line, as: UTF8.self).trimmingWhitespace()
      if !entry.isEmpty && !entry.hasPrefix("#") { result.insert(String(entry)) }
    }
    return result
  }
}
