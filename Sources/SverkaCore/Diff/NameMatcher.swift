// Names and acronyms across English and Russian: does each have a counterpart on the other side?

/// Finds the names and acronyms of one side of a translated sentence that have no counterpart
/// on the other side.
///
/// A name is a capitalised word that does not start its sentence (nor follow a colon, as
/// after `Sergey Lavrov:`), or an acronym. It has a counterpart when the other side holds:
/// - the same acronym through the aligner's table (`UN` ↔ `ООН`);
/// - a word that the ``Lexicon`` pairs with it through Snowball stems, which also covers
///   adjectives made from names (`Russian` ↔ `российский`, `Eurasian` ↔ `евразийский`);
/// - a word with the same cognate key after ICU's `Russian-Latin/BGN` transliteration
///   (`Lavrov` ↔ `Лаврова`, `Minsk` ↔ `Минске`).
///
/// English words capitalised only because the sentence is a title in title case are not
/// names. A name too short for a cognate key and in no table says nothing and is skipped.
final class NameMatcher {
  private let transliterator: ICU.Transliterator
  private let englishStemmer = Stemmer(language: .english)
  private let russianStemmer = Stemmer(language: .russian)
  private let russianStemsOfEnglish: [String: Set<String>]
  private let englishStemsOfRussian: [String: Set<String>]
  private var transliterations: [String: String] = [:]

  /// Opens the transliterator and indexes `lexicon` by stems.
  init(lexicon: Lexicon = .builtIn) throws {
    transliterator = try ICU.Transliterator("Russian-Latin/BGN")
    var forward: [String: Set<String>] = [:]
    var backward: [String: Set<String>] = [:]
    for entry in lexicon.entries {
      let english = englishStemmer.stem(entry.english)
      let russian = russianStemmer.stem(entry.russian)
      forward[english, default: []].insert(russian)
      backward[russian, default: []].insert(english)
    }
    russianStemsOfEnglish = forward
    englishStemsOfRussian = backward
  }

  /// The names of `english` and of `russian` without counterpart on the other side, in
  /// order of appearance.
  func unmatched(english: [String], russian: [String]) throws -> [String] {
    let enWords = english.flatMap(Self.words)
    let ruWords = russian.flatMap(Self.words)
    let enLower = enWords.map { $0.text.lowercased() }
    let ruLower = ruWords.map { $0.text.lowercased() }
    let enStems = Set(enLower.map(englishStemmer.stem))
    let ruStems = Set(ruLower.map(russianStemmer.stem))
    let enAcronyms = Set(enWords.compactMap { Anchors.acronym(english: $0.text) })
    let ruAcronyms = Set(ruLower.compactMap { Anchors.acronym(russian: $0) })
    let enKeys = Set(enLower.compactMap { Anchors.cognateKey(latin: $0) })
    let ruKeys = Set(try ruLower.compactMap { Anchors.cognateKey(latin: try latin($0)) })
    var missing: [String] = []
    let englishTitleCase = Self.isTitleCase(enWords)
    for (word, lower) in zip(enWords, enLower) where word.isName {
      if let acronym = Anchors.acronym(english: word.text) {
        if !ruAcronyms.contains(acronym) { missing.append(word.text) }
        continue
      }
      let stem = englishStemmer.stem(lower)
      let translated = russianStemsOfEnglish[stem]
      if let translated, !translated.isDisjoint(with: ruStems) { continue }
      if let key = Anchors.cognateKey(latin: lower), ruKeys.contains(key) { continue }
      // An ordinary word capitalised by title case, or a name nothing can check.
      if englishTitleCase || (translated == nil && Anchors.cognateKey(latin: lower) == nil) {
        continue
      }
      if translated == nil, word.isAllCaps { continue }
      missing.append(word.text)
    }
    for (word, lower) in zip(ruWords, ruLower) where word.isName {
      if let acronym = Anchors.acronym(russian: lower) {
        if !enAcronyms.contains(acronym) { missing.append(word.text) }
        continue
      }
      let translated = englishStemsOfRussian[russianStemmer.stem(lower)]
      if let translated, !translated.isDisjoint(with: enStems) { continue }
      let key = Anchors.cognateKey(latin: try latin(lower))
      if let key, enKeys.contains(key) { continue }
      if translated == nil && (key == nil || word.isAllCaps) { continue }
      missing.append(word.text)
    }
    return missing
  }

  private func latin(_ russian: String) throws -> String {
    if let known = transliterations[russian] { return known }
    let result = try transliterator.transliterate(russian).lowercased()
    transliterations[russian] = result
    return result
  }

  /// A word of a sentence and whether it counts as a name.
  struct Word {
    var text: String
    var isName: Bool
    var isCapitalized: Bool
    var isAllCaps: Bool
  }

  /// The words of one sentence.
  static func words(_ sentence: String) -> [Word] {
    var result: [Word] = []
    var start = true
    var current = ""
    func flush() {
      guard !current.isEmpty else { return }
      let capitals = current.reduce(0) { $0 + ($1.isUppercase ? 1 : 0) }
      let capitalized = current.first?.isUppercase == true
      let allCaps = capitals >= 2 && capitals == current.count
      result.append(
        Word(
          text: current, isName: current.count >= 2 && capitalized && (!start || allCaps),
          isCapitalized: capitalized, isAllCaps: allCaps))
      start = false
      current = ""
    }
    for character in sentence {
      if character.isLetter {
        current.append(character)
      } else {
        flush()
        if ":!?\n".contains(character) { start = true }
      }
    }
    flush()
    return result
  }

  /// Whether most words of four letters or more are capitalised, as in a heading.
  private static func isTitleCase(_ words: [Word]) -> Bool {
    let long = words.filter { $0.text.count >= 4 }
    return long.count >= 2 && long.filter(\.isCapitalized).count * 2 > long.count
  }
}
