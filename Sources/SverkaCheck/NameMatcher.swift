// Names and acronyms across English and Russian: does each have a counterpart on the other side?

import SverkaAlign
import SverkaRead
import SverkaText

/// Finds the names and acronyms of one side of a translated sentence that have no counterpart
/// on the other side.
///
/// A name is a run of capitalised words that do not start their sentence (nor follow a
/// colon, as after `Sergey Lavrov:`), function words aside, or an acronym. A run has a
/// counterpart when the other side holds, for any one of its words:
/// - the same acronym through the aligner's table (`UN` ↔ `ООН`), or an acronym spelt by
///   the run's initials (`United States` ↔ `США`);
/// - a word that the ``Lexicon`` pairs with it, compared on the first four letters of the
///   Snowball stems, which also covers adjectives made from names (`Russia` ↔ `российский`,
///   `Eurasian` ↔ `евразийский`, `China` ↔ `Китайской`);
/// - a word whose cognate key after ICU's `Russian-Latin/BGN` transliteration is the same
///   or one letter off (`Lavrov` ↔ `Лаврова`, `Trump` ↔ `Трампа`).
///
/// Month names are left to the date check; English runs in a sentence written in title case
/// are headings, not names. A run with no word in the lexicon and none long enough for a
/// cognate key says nothing and is skipped.
final class NameMatcher {
  private let transliterator: ICU.Transliterator
  private let englishStemmer = Stemmer(language: .english)
  private let russianStemmer = Stemmer(language: .russian)
  private let englishAbbreviations = Abbreviations(language: .english)
  private let russianAbbreviations = Abbreviations(language: .russian)
  private let russianOfEnglish: [String: Set<String>]
  private let englishOfRussian: [String: Set<String>]
  private var transliterations: [String: String] = [:]

  /// Opens the transliterator and indexes `lexicon` by stem prefixes.
  init(lexicon: Lexicon = .builtIn) throws {
    transliterator = try ICU.Transliterator("Russian-Latin/BGN")
    var forward: [String: Set<String>] = [:]
    var backward: [String: Set<String>] = [:]
    for entry in lexicon.entries + Self.translatedNames.entries {
      let english = Self.prefix(englishStemmer.stem(entry.english))
      let russian = Self.prefix(russianStemmer.stem(entry.russian))
      for key in [english, Self.prefix(entry.english)] {
        forward[key, default: []].insert(russian)
      }
      for key in [russian, Self.prefix(entry.russian)] {
        backward[key, default: []].insert(english)
      }
    }
    russianOfEnglish = forward
    englishOfRussian = backward
  }

  /// Place names that are translated rather than transliterated, and so neither in the
  /// aligner's lexicon of ordinary words nor caught by cognate keys.
  private static let translatedNames = Lexicon(
    tsv: """
      britain\tвеликобритания
      uk\tвеликобритания
      kingdom\tвеликобритания
      hague\tгаага
      germany\tгермания
      japan\tяпония
      georgia\tгрузия
      greece\tгреция
      hungary\tвенгрия
      vienna\tвена, венский
      patriotic\tотечественный
      framework\tрамочный
      review\tобзорный
      """)

  /// What one side offers as counterparts.
  private struct Side {
    var prefixes: Set<String> = []
    var acronyms: Set<String> = []
    var keys: Set<String> = []
    var initials: Set<String> = []
  }

  /// The names of `english` and of `russian` without counterpart on the other side, in
  /// order of appearance.
  func unmatched(english: [String], russian: [String]) throws -> [String] {
    let enWords = english.flatMap {
      Self.words($0, stopwords: Stopwords.english, abbreviations: englishAbbreviations)
    }
    let ruWords = russian.flatMap {
      Self.words($0, stopwords: Stopwords.russian, abbreviations: russianAbbreviations)
    }
    var enSide = Side()
    var ruSide = Side()
    for word in enWords {
      enSide.prefixes.insert(Self.prefix(englishStemmer.stem(word.lower)))
      enSide.prefixes.insert(Self.prefix(word.lower))
      if let acronym = Anchors.acronym(english: word.lower) { enSide.acronyms.insert(acronym) }
      if let key = Anchors.cognateKey(latin: word.lower) { enSide.keys.insert(key) }
    }
    for run in Self.runs(enWords) where run.count > 1 {
      enSide.initials.insert("a:" + String(run.compactMap(\.lower.first)))
    }
    for word in ruWords {
      ruSide.prefixes.insert(Self.prefix(russianStemmer.stem(word.lower)))
      ruSide.prefixes.insert(Self.prefix(word.lower))
      if let acronym = Anchors.acronym(russian: word.lower) { ruSide.acronyms.insert(acronym) }
      if let key = Anchors.cognateKey(latin: try latin(word.lower)) { ruSide.keys.insert(key) }
    }
    var missing: [String] = []
    if !Self.isTitleCase(enWords) {
      for run in Self.runs(enWords) {
        if try !matches(run, english: true, other: ruSide) { missing += run.map(\.text) }
      }
    }
    for run in Self.runs(ruWords) {
      if try !matches(run, english: false, other: enSide) { missing += run.map(\.text) }
    }
    return missing
  }

  /// Whether any word of `run` has a counterpart in `other`, or nothing can tell.
  private func matches(_ run: [Word], english: Bool, other: Side) throws -> Bool {
    let initials = "a:" + String(run.compactMap(\.lower.first))
    if run.count > 1, other.acronyms.contains(initials) { return true }
    var checkable = false
    for word in run {
      let acronym =
        english ? Anchors.acronym(english: word.lower) : Anchors.acronym(russian: word.lower)
      if let acronym {
        if other.acronyms.contains(acronym) || other.initials.contains(acronym) { return true }
        checkable = true
      }
      let stem = english ? englishStemmer.stem(word.lower) : russianStemmer.stem(word.lower)
      let table = english ? russianOfEnglish : englishOfRussian
      for key in [Self.prefix(stem), Self.prefix(word.lower)] {
        guard let translated = table[key] else { continue }
        if !translated.isDisjoint(with: other.prefixes) { return true }
        checkable = true
      }
      let latinWord = english ? word.lower : try latin(word.lower)
      if let key = Anchors.cognateKey(latin: latinWord) {
        if other.keys.contains(where: { Self.nearlyEqual($0, key) }) { return true }
        if !word.isAllCaps { checkable = true }
      }
    }
    return !checkable
  }

  private func latin(_ russian: String) throws -> String {
    if let known = transliterations[russian] { return known }
    let result = Self.softened(try transliterator.transliterate(russian).lowercased())
    transliterations[russian] = result
    return result
  }

  /// BGN's `y` of soft vowels dropped where English spellings have none: after a consonant
  /// (`Bryussel'` → `Brussel'`) and at the start before `e` (`Yelizaveta` → `Elizaveta`).
  private static func softened(_ latin: String) -> String {
    let letters = Array(latin)
    var out = ""
    for (index, letter) in letters.enumerated() {
      if letter == "y", index + 1 < letters.count, "aeiou".contains(letters[index + 1]) {
        let previous = index > 0 ? letters[index - 1] : " "
        let atStart = !previous.isLetter && letters[index + 1] == "e"
        if atStart || (previous.isLetter && !"aeiouy".contains(previous)) { continue }
      }
      out.append(letter)
    }
    return out
  }

  /// The first four letters of a stem: enough to tell words apart, loose enough that a
  /// name and its adjective meet.
  private static func prefix(_ stem: String) -> String { String(stem.prefix(4)) }

  /// Two cognate keys equal but for at most one letter in the same place.
  private static func nearlyEqual(_ a: String, _ b: String) -> Bool {
    a.count == b.count && zip(a, b).filter { $0 != $1 }.count <= 1
  }

  /// A word of a sentence and whether it counts as part of a name.
  struct Word {
    var text: String
    var lower: String
    var isName: Bool
    var isCapitalized: Bool
    var isAllCaps: Bool
    var isFunctionWord: Bool
  }

  /// The words of one sentence; an abbreviation the segmenter knows (`Art.`, `No.`, `Ст.`)
  /// is a word but never a name.
  static func words(_ sentence: String, stopwords: Set<String>, abbreviations: Abbreviations)
    -> [Word]
  {
    var result: [Word] = []
    var start = true
    var current = ""
    var abbreviated = false
    func flush() {
      guard !current.isEmpty else { return }
      let lower = current.lowercased()
      let capitals = current.reduce(0) { $0 + ($1.isUppercase ? 1 : 0) }
      let capitalized = current.first?.isUppercase == true
      let allCaps = capitals >= 2 && capitals == current.count
      let function = stopwords.contains(lower)
      let month =
        Anchors.month(english: lower) != nil
        || (lower.count >= 3 && Anchors.month(russian: lower) != nil)
      result.append(
        Word(
          text: current, lower: lower,
          isName: current.count >= 2 && capitalized && (!start || allCaps) && !function
            && !month && !abbreviated,
          isCapitalized: capitalized, isAllCaps: allCaps, isFunctionWord: function))
      start = false
      current = ""
      abbreviated = false
    }
    let characters = Array(sentence)
    for (index, character) in characters.enumerated() {
      if character.isLetter {
        current.append(character)
      } else if character == ".", Self.continuesInitials(current, characters, after: index) {
        // `U.K.`, `U.S.`: dotted capitals are one acronym.
        continue
      } else {
        if character == ".", !current.isEmpty,
          abbreviations.kind(of: current + ".", afterNumber: false) != nil
        {
          abbreviated = true
        }
        flush()
        if ":!?\n“«\"„".contains(character) { start = true }
      }
    }
    flush()
    return result
  }

  /// Whether `current` is dotted capitals going on after the dot at `index` (`U.` of `U.K.`).
  private static func continuesInitials(
    _ current: String, _ characters: [Character], after index: Int
  ) -> Bool {
    guard !current.isEmpty, current.count <= 3, current.allSatisfy(\.isUppercase),
      index + 2 < characters.count
    else { return false }
    return characters[index + 1].isUppercase && characters[index + 2] == "."
  }

  /// Consecutive names, bridged by function words (`Ministry of Foreign Affairs`).
  private static func runs(_ words: [Word]) -> [[Word]] {
    var runs: [[Word]] = []
    var current: [Word] = []
    for word in words {
      if word.isName {
        current.append(word)
      } else if !(word.isFunctionWord && !current.isEmpty) {
        if !current.isEmpty { runs.append(current) }
        current = []
      }
    }
    if !current.isEmpty { runs.append(current) }
    return runs
  }

  /// Whether most words of four letters or more are capitalised, as in a heading.
  private static func isTitleCase(_ words: [Word]) -> Bool {
    let long = words.filter { $0.text.count >= 4 }
    return long.count >= 2 && long.filter(\.isCapitalized).count * 2 > long.count
  }
}
