// Names and acronyms across English and Russian: does each have a counterpart on the other side?

import SverkaAlign
import SverkaRead
import SverkaText

/// Finds the names and acronyms of a translated sentence that one side puts for another: a
/// name without counterpart on each side, and the two not alike.
///
/// A name is a run of capitalised words that do not start their sentence (nor follow a
/// colon, as after `Sergey Lavrov:`), function words aside, or an acronym; words in
/// hashtags, mentions and links are not names. A run has a counterpart when the other side
/// holds, for its last word that can be judged:
/// - the same acronym through the aligner's table (`UN` ↔ `ООН`), or an acronym spelt by
///   the run's initials (`United States` ↔ `США`);
/// - a word that the ``Lexicon`` pairs with it, compared on the first four letters of the
///   Snowball stems, which also covers adjectives made from names (`Russia` ↔ `российский`,
///   `Eurasian` ↔ `евразийский`, `China` ↔ `Китайской`);
/// - a word whose cognate key after ICU's `Russian-Latin/BGN` transliteration is the same,
///   or one letter off that of a capitalised word (`Lavrov` ↔ `Лаврова`, `Trump` ↔
///   `Трампа`), or whose consonant skeleton starts the same (`Biden` ↔ `Байден`, `Kim` ↔
///   `Ким`).
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
  private var transliterations: [String: String] = [:]
  /// What each word as written is and offers as a counterpart, worked out once a word and
  /// language: a document repeats its words, and stemming, transliterating and skeletons are
  /// the cost.
  private var englishShapes: [ByteKey: WordShape] = [:]
  private var russianShapes: [ByteKey: WordShape] = [:]
  /// A number for each stem prefix met, so sides compare prefixes as integers.
  private let prefixNumbers: PrefixNumbers
  /// The words each edition writes in lower case somewhere: written with a capital
  /// elsewhere, they are ordinary words at a line's start, in a title or in a list
  /// (`Easel`, `Back to this`), not names.
  private let ordinary: OrdinaryWords

  /// Opens the transliterator; `ordinary` holds the words the editions write in lower case,
  /// and `prefixNumbers` numbers stem prefixes (shared by the matchers whose words meet).
  init(
    ordinary: OrdinaryWords = OrdinaryWords(), prefixNumbers: PrefixNumbers = PrefixNumbers()
  ) throws {
    transliterator = try Transliteration.russianToLatinTransliterator()
    self.ordinary = ordinary
    self.prefixNumbers = prefixNumbers
  }

  /// The built-in lexicon and the translated place names, indexed by stem prefixes both
  /// ways.
  private struct LexiconIndex: Sendable {
    let russianOfEnglish: [String: Set<String>]
    let englishOfRussian: [String: Set<String>]

    init(_ lexicon: Lexicon) {
      let englishStemmer = Stemmer(language: .english)
      let russianStemmer = Stemmer(language: .russian)
      var forward: [String: Set<String>] = [:]
      var backward: [String: Set<String>] = [:]
      for entry in lexicon.entries + NameMatcher.translatedNames.entries {
        let english = NameMatcher.prefix(englishStemmer.stem(entry.english))
        let russian = NameMatcher.prefix(russianStemmer.stem(entry.russian))
        for key in [english, NameMatcher.prefix(entry.english)] {
          forward[key, default: []].insert(russian)
        }
        for key in [russian, NameMatcher.prefix(entry.russian)] {
          backward[key, default: []].insert(english)
        }
      }
      russianOfEnglish = forward
      englishOfRussian = backward
    }
  }

  /// Built once a process: every check, and every document of `map` and `batch`, uses it.
  private static let index = LexiconIndex(.builtIn)

  /// Place names that are translated rather than transliterated, and so neither in the
  /// aligner's lexicon of ordinary words nor caught by cognate keys.
  private static let translatedNames = Lexicon(tsv: Lexis.translatedNamesTSV)

  /// What one side offers as counterparts.
  private struct Side {
    var prefixes: Set<Int> = []
    var acronyms: [String] = []
    var keys: Set<String> = []
    /// The cognate keys of the capitalised words, which a name may meet one letter off.
    var capitalizedKeys: [String] = []
    var initials: [String] = []
    var skeletons: [String] = []
    /// The skeletons of the words in lower case, where an adjective made from a place stands
    /// in Russian (`римское`).
    var lowerSkeletons: [String] = []
  }

  /// The names of `english` and of `russian` (the words of some sentences,
  /// ``words(_:english:)``) that have no counterpart on the other side, less the pairs of them
  /// that look alike (``looselyAlike(_:_:)``): what is left on both sides is one name put for
  /// another. Each name is a run as written, its words joined by
  /// a space.
  func substitutions(english enWords: [Word], russian ruWords: [Word]) -> (
    english: [String], russian: [String]
  ) {
    let enSide = side(enWords)
    let ruSide = side(ruWords)
    // A run whose last word is spelt like a capitalised word of the other side is that word
    // spelt another way, though the other side's run was matched by another of its words
    // (`Viktor Tsoy` ↔ `Виктора Цоя`, matched through `Viktor`, while `Цоя` decides its run);
    // a run with a word that the lexicon translates by a capitalised word of the other side
    // is a name translated, whose first word a quotation mark keeps out of its run there
    // (`Golden Eagles` ↔ `«Золотые Орлы»`).
    let enCapitalized = enWords.filter(\.isCapitalized)
    let ruCapitalized = ruWords.filter(\.isCapitalized)
    let enLatin = enCapitalized.map(\.lower)
    let ruLatin = ruCapitalized.map(\.keys.latin)
    // Each run without counterpart, and whether a function word bridges it.
    var missingEnglish: [(run: [Word], bridged: Bool)] = []
    var missingRussian: [(run: [Word], bridged: Bool)] = []
    if !Self.isTitleCase(enWords), !Self.isShouted(enWords) {
      for (run, bridged) in Self.bridgedRuns(enWords)
      where !matches(run, other: ruSide)
        && !Self.spelledLikeAny(run.suffix(1).map(\.lower), ruLatin)
        && !Self.translatesAny(run, ruCapitalized)
      {
        missingEnglish.append((run, bridged))
      }
    }
    if !Self.isShouted(ruWords) {
      for (run, bridged) in Self.bridgedRuns(ruWords)
      where !matches(run, other: enSide)
        && !Self.spelledLikeAny(run.suffix(1).map(\.keys.latin), enLatin)
        && !Self.translatesAny(run, enCapitalized)
      {
        missingRussian.append((run, bridged))
      }
    }
    // A pair that looks alike is one name spelt two ways, not one put for another; a name of
    // several words may be written as one on the other side (`Arua Mazda` ↔ `Ахурамазды`).
    // Of a name written without a function word inside, only the words that found no
    // counterpart are compared: a first name both sides keep does not make one surname
    // stand for another (`Maria Zakharova` ↔ `Мария Петрова`).
    var index = 0
    while index < missingEnglish.count {
      let english = Self.spellings(unmatched(missingEnglish[index], other: ruSide), \.lower)
      if let partner = missingRussian.firstIndex(where: { russian in
        Self.looksLikeAny(english, Self.spellings(unmatched(russian, other: enSide), \.keys.latin))
      }) {
        missingRussian.remove(at: partner)
        missingEnglish.remove(at: index)
      } else {
        index += 1
      }
    }
    return (
      missingEnglish.map { $0.run.map(\.text).joined(separator: " ") },
      missingRussian.map { $0.run.map(\.text).joined(separator: " ") }
    )
  }

  /// The words of a run that have no counterpart in `other`; the whole run when a function
  /// word bridges it (`Cohort and Dagger`: two names), or when every word has a counterpart
  /// or none can tell.
  private func unmatched(_ name: (run: [Word], bridged: Bool), other: Side) -> [Word] {
    guard !name.bridged else { return name.run }
    let lone = name.run.filter { counterpart($0, other: other) != true }
    return lone.isEmpty ? name.run : lone
  }

  /// The words of a run in Latin letters (`latin` of each), function words aside, and the
  /// run written as one word when it has several.
  private static func spellings(_ run: [Word], _ latin: KeyPath<Word, String>) -> [String] {
    let words = run.filter { !$0.isFunctionWord }.map { $0[keyPath: latin] }
    return words.count > 1 ? words + [words.joined()] : words
  }

  /// Whether one of `words` looks like one of `others` (``looselyAlike(_:_:)``), all in
  /// Latin letters.
  private static func looksLikeAny(_ words: [String], _ others: [String]) -> Bool {
    words.contains { word in others.contains { looselyAlike(word, $0) } }
  }

  /// Whether one of `words` is spelt like one of `others` (``spelledAlike(_:_:)``).
  private static func spelledLikeAny(_ words: [String], _ others: [String]) -> Bool {
    words.contains { word in others.contains { spelledAlike(word, $0) } }
  }

  /// Whether a word of `run`, function words aside, has by the lexicon a translation among
  /// `other` that is not the same name spelt in the other alphabet: `Мария` is `Maria` in
  /// the lexicon too, and a first name kept does not make a surname translated. An acronym
  /// is left to the acronym table: `МИД` translated does not translate the name after it
  /// (`МИД Мария Захарова`).
  private static func translatesAny(_ run: [Word], _ other: [Word]) -> Bool {
    run.contains { word in
      !word.isFunctionWord && !word.isAllCaps
        && other.contains { translates(word, $0) && !looselyAlike(word.keys.latin, $0.keys.latin) }
    }
  }

  /// Whether the lexicon pairs `word` with `other`, compared on stem prefixes.
  private static func translates(_ word: Word, _ other: Word) -> Bool {
    word.keys.translations.contains {
      $0.contains(other.keys.stemPrefix) || $0.contains(other.keys.prefix)
    }
  }

  /// The Russian names of `russian` (the words of each sentence) that nothing in `english`
  /// (the words of a whole paragraph) can be the counterpart of, and that are names beyond
  /// doubt: a run right after a lower-case word (so inside a clause, where Russian capitalises
  /// only names), not starting with a word shaped like an adjective (`Федеральное
  /// управление`, `Западного гаража`: translated titles), with a word of four letters or more
  /// that is neither an acronym (translators spell out and add `США`, `ЕС` freely) nor an
  /// adjective, and not written in lower case alone in its edition. A sentence is not judged
  /// while the English paragraph has an acronym that it does not write, which it may spell
  /// out. A name put in where the English has an ordinary word, or none.
  func loneRussianNames(_ russian: [[Word]], english enWords: [Word]) -> [String] {
    let enSide = side(enWords)
    let enLatin = enWords.filter { $0.isCapitalized && !$0.isFunctionWord }.map(\.lower)
    var lone: [String] = []
    for ruWords in russian {
      guard !Self.isShouted(ruWords) else { continue }
      // An English acronym the sentence does not write as one may be spelt out in it
      // (`EPA` ↔ `Агентство по охране окружающей среды`, `D.C.` ↔ `округ Колумбия`).
      let ruSide = side(ruWords)
      guard
        !enWords.contains(where: { $0.isAllCaps && counterpart($0, other: ruSide) != true })
      else { continue }
      for run in Self.runs(ruWords) {
        guard
          run.first?.followsLowerWord == true
            && run.first.map(Self.isAdjective) == false
            && run.contains(where: { !$0.isAllCaps && $0.length >= 4 && !Self.isAdjective($0) })
            && !matches(run, other: enSide)
            && !run.contains(where: { word in
              enLatin.contains { Self.looselyAlike($0, word.keys.latin) }
            })
        else { continue }
        lone.append(run.map(\.text).joined(separator: " "))
      }
    }
    return lone
  }

  /// Whether a Russian word has an adjective's ending (`Федерального`, `Западного`,
  /// `Римской`): the first word of a translated title or institution more often than a
  /// name, so not a name beyond doubt.
  private static func isAdjective(_ word: Word) -> Bool {
    Lexis.russianAdjectiveEndings.contains { word.lower.hasSuffix($0) }
  }

  /// Whether two Latin spellings are close enough to be one name, cut to the shorter's
  /// length and two letters more so a Russian case ending does not count: their consonant
  /// skeletons differ by at most a third of their letters (one at least), or one is the
  /// other less letters English does not say (``keepsSilentLetters(_:_:)``), or the spellings
  /// differ by at most two fifths (`Cohren` ↔ `Koren`, `Lawler` ↔ `Louler`, `Fife` ↔ `Fayfe`).
  /// A name of three letters or more with one consonant only (`Yale` ↔ `Йельском`, `Roe` ↔
  /// `Роун`) has no skeleton to compare: it is alike a spelling whose skeleton starts with
  /// that consonant.
  static func looselyAlike(_ a: String, _ b: String) -> Bool {
    let a = vowelGlides(a)
    let b = vowelGlides(b)
    let x = consonants(a)
    let y = consonants(b)
    if x.count >= 2, y.count >= 2 {
      let length = min(x.count, y.count) + 1
      let left = Array(x.prefix(length))
      let right = Array(y.prefix(length))
      if editDistance(left, right) <= max(1, max(left.count, right.count) / 3) { return true }
      if keepsSilentLetters(x, y) || keepsSilentLetters(y, x) { return true }
    } else if min(x.count, y.count) == 1, min(a.count, b.count) >= 3, x.first == y.first {
      return true
    }
    return spelledAlike(a, b)
  }

  /// Whether the skeleton `said`, three consonants at least, is the skeleton `written` with
  /// at most two consonants left out after their common first one: English writes letters it
  /// does not say, and Russian spells the name as it sounds (`Worcester` ↔ `Вустер`,
  /// `Leicester` ↔ `Лестер`). A consonant a Russian case ending adds (`Лестером`) may
  /// follow.
  private static func keepsSilentLetters(_ written: [UInt8], _ said: [UInt8]) -> Bool {
    guard said.count >= 3, written.first == said.first else {
      return false
    }
    for core in [said, Array(said.dropLast())] where core.count >= 3 {
      var next = 0
      for consonant in written where next < core.count && consonant == core[next] { next += 1 }
      // Every consonant of `core` met in order, and `written` has at most two more.
      if next == core.count, written.count - core.count <= 2 { return true }
    }
    return false
  }

  /// Whether two Latin spellings, cut to the shorter's length and two letters more, differ by
  /// at most two fifths of their letters (`Tsoy` ↔ `Tsoya`): the half of
  /// ``looselyAlike(_:_:)`` that holds when one side offers many words, where two-consonant
  /// skeletons meet by chance (`Sergey` ↔ `Shankhay`).
  static func spelledAlike(_ a: String, _ b: String) -> Bool {
    let x = Array(a.filter { $0.isASCII && $0.isLetter })
    let y = Array(b.filter { $0.isASCII && $0.isLetter })
    guard min(x.count, y.count) >= 3 else { return false }
    let length = min(x.count, y.count) + 2
    let left = Array(x.prefix(length))
    let right = Array(y.prefix(length))
    return editDistance(left, right) * 5 <= max(left.count, right.count) * 2
  }

  /// The Levenshtein distance between two letter sequences.
  private static func editDistance<Letter: Equatable>(_ a: [Letter], _ b: [Letter]) -> Int {
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
      var current = [i + 1] + [Int](repeating: 0, count: b.count)
      for (j, y) in b.enumerated() {
        current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }

  /// What the words of one side offer as counterparts.
  private func side(_ words: [Word]) -> Side {
    var side = Side()
    // Two prefixes a word at most: the set never grows, so it is never rehashed.
    side.prefixes.reserveCapacity(2 * words.count)
    for word in words {
      let keys = word.keys
      side.prefixes.insert(keys.stemPrefix)
      side.prefixes.insert(keys.prefix)
      if let acronym = keys.acronym { side.acronyms.append(acronym) }
      if let key = keys.cognateKey {
        side.keys.insert(key)
        if word.isCapitalized { side.capitalizedKeys.append(key) }
      }
      if let skeleton = keys.skeleton {
        side.skeletons.append(skeleton)
        if !word.isCapitalized { side.lowerSkeletons.append(skeleton) }
      }
    }
    // A run's initials, and the shared key of the Russian acronym they spell, so that `UN`
    // meets `Организации Объединённых Наций` as `ООН` does.
    func addInitials(_ letters: String) {
      side.initials.append("a:" + letters)
      if let shared = Anchors.acronym(russian: letters) { side.initials.append(shared) }
    }
    for span in Self.runSpans(words) {
      let run = words[span].filter(\.isName)
      if run.count > 1 { addInitials(String(run.compactMap(\.lower.first))) }
      // The initials with the function words it bridges: `COD` of `Call of Duty`.
      if span.count > run.count { addInitials(String(words[span].compactMap(\.lower.first))) }
    }
    return side
  }

  /// The keys a lower-case word is matched by.
  ///
  /// A class: every occurrence of a word shares its keys, and a word is copied into each
  /// sentence's list, where one reference costs less than five strings and arrays.
  final class WordKeys: Sendable {
    /// The first four letters of the word's stem, and of the word, as prefix numbers.
    let stemPrefix: Int
    let prefix: Int
    let acronym: String?
    /// The word in Latin letters: itself in English, transliterated in Russian.
    let latin: String
    let cognateKey: String?
    let skeleton: String?
    /// For an English word with the ending of an adjective made from a place (`Roman`,
    /// `Chilean`), the skeleton of what comes before it (``placeSkeleton(_:)``).
    let placeSkeleton: String?
    /// What the lexicon gives for the stem prefix and for the prefix, where it has them, as
    /// prefix numbers.
    let translations: [[Int]]

    init(
      stemPrefix: Int, prefix: Int, acronym: String?, latin: String, cognateKey: String?,
      skeleton: String?, placeSkeleton: String?, translations: [[Int]]
    ) {
      self.stemPrefix = stemPrefix
      self.prefix = prefix
      self.acronym = acronym
      self.latin = latin
      self.cognateKey = cognateKey
      self.skeleton = skeleton
      self.placeSkeleton = placeSkeleton
      self.translations = translations
    }
  }

  /// The keys of `lower`.
  /// A run of letters longer than ``Lexis/longestWord`` is no word: it is neither stemmed nor
  /// transliterated, which would take time quadratic in its length.
  private func keys(_ lower: String, english: Bool) throws -> WordKeys {
    let isWord = lower.utf8.count <= Lexis.longestWord
    let stemmer = english ? englishStemmer : russianStemmer
    let stemPrefix = Self.prefix(isWord ? stemmer.stem(lower) : lower)
    let prefix = Self.prefix(lower)
    let latinWord = english || !isWord ? lower : try latin(lower)
    let table = english ? Self.index.russianOfEnglish : Self.index.englishOfRussian
    return WordKeys(
      stemPrefix: prefixID(stemPrefix), prefix: prefixID(prefix),
      acronym: english ? Anchors.acronym(english: lower) : Anchors.acronym(russian: lower),
      latin: latinWord, cognateKey: Anchors.cognateKey(latin: latinWord),
      skeleton: Self.skeleton(latinWord),
      placeSkeleton: english && isWord ? Self.placeSkeleton(lower) : nil,
      translations: [stemPrefix, prefix].compactMap { table[$0]?.map(prefixID) })
  }

  /// The number of a stem prefix, the same for the same prefix on either side.
  private func prefixID(_ prefix: String) -> Int { prefixNumbers.number(of: prefix) }

  /// Whether `run` has a counterpart in `other`, or nothing can tell: the run's last word
  /// that can be judged decides (the surname of `Sergey Lavrov`, the head of `Большого
  /// Евразийского`), unless the run is spelt by an acronym on the other side, or has an
  /// acronym that the other side spells out (`COD Mobile` ↔ `Call of Duty`).
  private func matches(_ run: [Word], other: Side) -> Bool {
    let letters = String(run.compactMap(\.lower.first))
    if run.count > 1,
      other.acronyms.contains("a:" + letters)
        || Anchors.acronym(russian: letters).map(other.acronyms.contains) == true
    {
      return true
    }
    if run.contains(where: { $0.isAllCaps && other.initials.contains("a:" + $0.lower) }) {
      return true
    }
    for word in run.reversed() {
      if let found = counterpart(word, other: other) { return found }
    }
    return true
  }

  /// Whether `word` has a counterpart in `other`; `nil` when nothing can tell.
  private func counterpart(_ word: Word, other: Side) -> Bool? {
    var checkable = false
    let keys = word.keys
    if let acronym = keys.acronym {
      if other.acronyms.contains(acronym) || other.initials.contains(acronym) { return true }
      checkable = true
    }
    for translated in keys.translations {
      if translated.contains(where: other.prefixes.contains) { return true }
      checkable = true
    }
    if let key = keys.cognateKey {
      // One letter off is a name's spelling (`Trump` ↔ `Трампа`), met among names only:
      // among all words, four letters one off meet by chance (`Zakharova` ↔ `заявила`).
      if other.keys.contains(key)
        || other.capitalizedKeys.contains(where: { Self.nearlyEqual($0, key) })
      {
        return true
      }
      if !word.isAllCaps { checkable = true }
    }
    if let skeleton = keys.skeleton,
      other.skeletons.contains(where: { Self.sameStart($0, skeleton) })
    {
      return true
    }
    if word.isCapitalized, let place = keys.placeSkeleton,
      other.lowerSkeletons.contains(where: { Self.sameStart($0, place) })
    {
      return true
    }
    return checkable ? false : nil
  }

  /// The consonants of a Latin word, spelt one way for both languages' romanisations:
  /// `Biden` and `Bayden` (Байден) give `bdn`, `Scholz` and `Shol'ts` (Шольц) `slc`, `Kim`
  /// and `Kim` (Ким) `km`; `h` and `g` are one letter, since Russian writes English `h` as
  /// `г` (`Hollywood` ↔ `Голливуд`), and kept only at the start. `nil` below two
  /// consonants.
  static func skeleton(_ latin: String) -> String? {
    let single = consonants(latin)
    return single.count >= 2 ? String(decoding: single, as: UTF8.self) : nil
  }

  /// The consonants of a Latin word as ``skeleton(_:)`` spells them, however few.
  private static func consonants(_ latin: String) -> [UInt8] {
    let letters = Array(vowelGlides(latin).utf8)
    var out: [UInt8] = []
    out.reserveCapacity(letters.count)
    var index = 0
    scan: while index < letters.count {
      for (digraph, replacement) in skeletonDigraphs
      where index + digraph.count <= letters.count
        && letters[index..<(index + digraph.count)].elementsEqual(digraph)
      {
        if out.last != replacement { out.append(replacement) }
        index += digraph.count
        continue scan
      }
      var byte = letters[index]
      index += 1
      switch byte {
      case UInt8(ascii: "c"), UInt8(ascii: "q"): byte = UInt8(ascii: "k")
      case UInt8(ascii: "z"): byte = UInt8(ascii: "c")
      case UInt8(ascii: "w"): byte = UInt8(ascii: "v")
      case UInt8(ascii: "g"): byte = UInt8(ascii: "h")
      case UInt8(ascii: "x"):
        if out.last != UInt8(ascii: "k") { out.append(UInt8(ascii: "k")) }
        byte = UInt8(ascii: "s")
      case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"),
        UInt8(ascii: "u"), UInt8(ascii: "y"):
        continue
      case UInt8(ascii: "b")...UInt8(ascii: "z"): break
      default: continue
      }
      if out.last != byte { out.append(byte) }
    }
    // An `h` inside a word is silent or a softening in most romanisations (`Cohren` ↔
    // `Koren`, `Mohammed` ↔ `Mukhammed`); only a first one is sounded.
    if out.count > 1 { out = [out[0]] + out.dropFirst().filter { $0 != UInt8(ascii: "h") } }
    var single: [UInt8] = []
    for byte in out where single.last != byte { single.append(byte) }
    return single
  }

  /// The skeleton of an English word less the longest ending of an adjective made from a place
  /// (``Lexis/englishPlaceAdjectiveEndings``) that leaves three letters: `Roman` gives the
  /// `rm` of `Rome`, which Russian's lower-case `римский` and `римлянин` start with. `nil`
  /// without such an ending.
  private static func placeSkeleton(_ lower: String) -> String? {
    for ending in Lexis.englishPlaceAdjectiveEndings
    where lower.hasSuffix(ending) && lower.count >= ending.count + 3 {
      return skeleton(String(lower.dropLast(ending.count)))
    }
    return nil
  }

  /// `w` after a vowel and not before one written `u`: English writes a vowel glide there
  /// that Russian spells with a vowel (`Shaw` ↔ `Шоу`, `Crow` ↔ `Кроу`, `Andrew` ↔ `Эндрю`),
  /// while `w` before a vowel stays a consonant (`Howard` ↔ `Говард`).
  static func vowelGlides(_ latin: String) -> String {
    guard latin.contains("w") else { return latin }
    let letters = Array(latin)
    var out = ""
    for (index, letter) in letters.enumerated() {
      let afterVowel = index > 0 && "aeiou".contains(letters[index - 1])
      let beforeVowel = index + 1 < letters.count && "aeiouy".contains(letters[index + 1])
      out.append(letter == "w" && afterVowel && !beforeVowel ? "u" : letter)
    }
    return out
  }

  /// The letter groups a skeleton writes as one consonant, longest first where one starts
  /// another (`shch` before `sch` before `sh`), as bytes.
  private static let skeletonDigraphs: [(letters: [UInt8], replacement: UInt8)] = [
    ("shch", "s"), ("dzh", "j"), ("sch", "s"), ("sh", "s"), ("ch", "c"), ("zh", "j"),
    ("kh", "h"), ("ts", "c"), ("tz", "c"), ("th", "t"), ("ph", "f"), ("ck", "k"), ("gh", "h"),
  ].map { (Array($0.0.utf8), $0.1.utf8.first ?? 0) }

  /// Whether two skeletons agree on their first three consonants (or all of the shorter's,
  /// two at least), so a Russian case ending does not count (`Хабаровского` ↔
  /// `Khabarovsk`); one consonant alone is any short word's (`по` would be `Poland`'s).
  private static func sameStart(_ a: String, _ b: String) -> Bool {
    let length = min(3, a.count, b.count)
    return length >= 2 && a.prefix(length) == b.prefix(length)
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
  struct Word: Sendable {
    var text: String
    /// How many characters `text` has.
    var length: Int
    var lower: String
    var isName: Bool
    var isCapitalized: Bool
    var isAllCaps: Bool
    var isFunctionWord: Bool
    /// Whether its edition writes it in lower case somewhere (``OrdinaryWords``).
    var isOrdinary: Bool
    /// Whether a lower-case word comes just before, with only spaces, commas or dashes
    /// between.
    var followsLowerWord: Bool
    var keys: WordKeys
  }

  /// Whether `text` is an emoji or another pictograph, which posts put where a sentence
  /// ends (`Право на отдых📺 Иногда…`).
  private static func isPictograph(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0.value >= 0x2190 && $0.properties.isEmoji }
  }

  /// Whether a span other than letters is an opening double quotation mark or holds a
  /// pictograph (``isPictograph(_:)``). Nearly every such span is one scalar, read as it is;
  /// only a longer one is made a string.
  private static func opensSentence(_ span: WordSpans.Span, _ bytes: [UInt8]) -> Bool {
    if span.range.count == span.first.utf8.count {
      return Typography.isOpeningDoubleQuote(span.first)
        || (span.first.value >= 0x2190 && span.first.properties.isEmoji)
    }
    let text = String(decoding: bytes[span.range], as: UTF8.self)
    return Typography.isOpeningDoubleQuote(text) || isPictograph(text)
  }

  /// Whether a span other than letters leaves a clause going on: white space, a comma or a
  /// dash.
  private static func keepsClause(_ span: WordSpans.Span, _ bytes: [UInt8]) -> Bool {
    if span.range.count == span.first.utf8.count {
      switch span.first {
      case ",", "-", "–", "—": return true
      // ASCII's white space (tab to carriage return, and the space) without a look-up in
      // the Unicode tables.
      case "\t"..."\r", " ": return true
      case "\0"..."\u{7F}": return false
      default: return span.first.properties.isWhitespace
      }
    }
    let text = String(decoding: bytes[span.range], as: UTF8.self)
    return text.allSatisfy(\.isWhitespace) || ",-–—".contains(text)
  }

  /// The words of one sentence; an abbreviation the segmenter knows (`Art.`, `No.`, `Ст.`)
  /// is a word but never a name.
  func words(_ sentence: String, english: Bool) throws -> [Word] {
    let abbreviations = english ? englishAbbreviations : russianAbbreviations
    var result: [Word] = []
    var start = true
    var current = ""
    var abbreviated = false
    let (bytes, spans) = WordSpans.spans(of: sentence, letters: .characters)
    let tagged = Self.taggedSpans(spans, bytes, of: sentence)
    var currentTagged = false
    // Whether the last word was in lower case with nothing but spaces, commas and dashes
    // since: the next word is inside a clause for sure.
    var afterLowerWord = false
    func flush() throws {
      guard !current.isEmpty else { return }
      let shape = try shape(of: current, english: english)
      result.append(
        Word(
          text: current, length: shape.length, lower: shape.lower,
          isName: shape.canBeName && (!start || shape.isAllCaps) && !abbreviated
            && !currentTagged,
          isCapitalized: shape.isCapitalized, isAllCaps: shape.isAllCaps,
          isFunctionWord: shape.isFunctionWord,
          isOrdinary: shape.isOrdinary,
          followsLowerWord: afterLowerWord,
          keys: shape.keys))
      // A mention, a hashtag or a link ends what went before: a post's next line starts
      // after it (`@user13 Holy…`, `#watertemple Back to this`).
      start = currentTagged
      afterLowerWord = !shape.isCapitalized && !currentTagged
      current = ""
      abbreviated = false
    }
    for (index, span) in spans.enumerated() {
      if span.kind == .letters {
        if current.isEmpty { currentTagged = tagged[index] }
        current += String(decoding: bytes[span.range], as: UTF8.self)
      } else if span.isOnly("."), Self.continuesInitials(current, spans, bytes, after: index) {
        // `U.K.`, `U.S.`: dotted capitals are one acronym.
        continue
      } else {
        if span.isOnly("."), !current.isEmpty,
          abbreviations.kind(of: current + ".", afterNumber: false) != nil
        {
          abbreviated = true
        }
        try flush()
        // A line feed after a carriage return is one character with it, and no line end.
        let lineFeed = span.isOnly("\n") && !(index > 0 && spans[index - 1].isOnly("\r"))
        if span.isOnly(":") || span.isOnly("!") || span.isOnly("?") || lineFeed
          || Self.opensSentence(span, bytes)
        {
          start = true
        }
        if !Self.keepsClause(span, bytes) { afterLowerWord = false }
      }
    }
    try flush()
    return result
  }

  /// A word as written: its lower case, its capitals, and whether it can be part of a name
  /// wherever it stands (two letters at least, capitalised, neither a function word nor a
  /// month).
  private struct WordShape {
    var lower: String
    /// How many characters the word has.
    var length: Int
    /// Whether its edition writes it in lower case somewhere (``OrdinaryWords``).
    var isOrdinary: Bool
    var isCapitalized: Bool
    var isAllCaps: Bool
    var isFunctionWord: Bool
    var canBeName: Bool
    var keys: WordKeys
  }

  /// The shape of `word`, from the cache or worked out now.
  private func shape(of word: String, english: Bool) throws -> WordShape {
    let key = ByteKey(word)
    if let known = english ? englishShapes[key] : russianShapes[key] { return known }
    let lower = word.lowercased()
    let capitals = word.reduce(0) { $0 + ($1.isUppercase ? 1 : 0) }
    let capitalized = word.first?.isUppercase == true
    let length = word.count
    // A Latin word in the Russian edition is English left as it was (`Call of Duty`), whose
    // function words bridge its name as they do in English.
    let latin = english || word.utf8.allSatisfy { $0 < 0x80 }
    let function = (latin ? Lexis.stopwords.english : Lexis.stopwords.russian).contains(lower)
    let month =
      Anchors.month(english: lower) != nil
      || (lower.count >= 3 && Anchors.month(russian: lower) != nil)
    let keys = try keys(lower, english: english)
    let allCaps = capitals >= 2 && capitals == length
    // A word in capitals that the lexicon knows as a word and not as an acronym is shouted
    // (`a DIFFICULT time`, `НИКАК`), not an acronym.
    let shouted = allCaps && length >= 4 && keys.acronym == nil && !keys.translations.isEmpty
    let shape = WordShape(
      lower: lower, length: length,
      isOrdinary: ordinary.contains(
        lower, english: english, stemmer: english ? englishStemmer : russianStemmer),
      isCapitalized: capitalized, isAllCaps: allCaps, isFunctionWord: function,
      canBeName: length >= 2 && capitalized && !function && !month && !shouted, keys: keys)
    if english { englishShapes[key] = shape } else { russianShapes[key] = shape }
    return shape
  }

  /// For each span of `sentence`, whether it stands in a hashtag, a mention, an address or
  /// a link (`#PilotTraining`, `@user`, `www.sportys.com`): words there are never names,
  /// since a translation renders them freely or keeps them as they are.
  private static func taggedSpans(
    _ spans: [WordSpans.Span], _ bytes: [UInt8], of sentence: String
  ) -> [Bool] {
    var tagged = [Bool](repeating: false, count: spans.count)
    // Each mark below needs one of these bytes; most sentences have none, and their words
    // need no chunk built and searched.
    guard
      sentence.utf8.contains(where: { $0 == 0x23 || $0 == 0x40 || $0 == 0x3A })
        || hasWebPrefix(sentence)
    else { return tagged }
    func isSpace(_ span: WordSpans.Span) -> Bool {
      span.kind == .other && span.first.properties.isWhitespace
    }
    var start = 0
    while start < spans.count {
      var end = start
      while end < spans.count, !isSpace(spans[end]) { end += 1 }
      let upper = end < spans.count ? spans[end].range.lowerBound : bytes.count
      let chunk = String(decoding: bytes[spans[start].range.lowerBound..<upper], as: UTF8.self)
      // Foundation's search (a string made and searched by canonical equivalence) only for
      // a chunk holding the mark's byte, without which it cannot match: most chunks that
      // reach here hold a colon and no link.
      if chunk.hasPrefix("#") || (chunk.utf8.contains(0x40) && chunk.contains("@"))
        || (chunk.utf8.contains(0x3A) && chunk.contains("://")) || hasWebPrefix(chunk)
      {
        for index in start..<end { tagged[index] = true }
      }
      start = end + 1
    }
    return tagged
  }

  /// Whether `www.` occurs in `text` in any mix of cases (lower-casing makes an ASCII `w`
  /// only from `w` or `W`).
  private static func hasWebPrefix(_ text: String) -> Bool {
    var run = 0
    for byte in text.utf8 {
      if byte | 0x20 == UInt8(ascii: "w") {
        run += 1
      } else {
        if byte == UInt8(ascii: "."), run >= 3 { return true }
        run = 0
      }
    }
    return false
  }

  /// Whether `current` is dotted capitals going on after the dot that is span `index` (`U.`
  /// of `U.K.`): one capital, then a dot.
  private static func continuesInitials(
    _ current: String, _ spans: [WordSpans.Span], _ bytes: [UInt8], after index: Int
  ) -> Bool {
    guard !current.isEmpty, current.count <= 3, current.allSatisfy(\.isUppercase),
      index + 2 < spans.count, spans[index + 2].isOnly(".")
    else { return false }
    let next = String(decoding: bytes[spans[index + 1].range], as: UTF8.self)
    return next.count == 1 && next.first?.isUppercase == true
  }

  /// Consecutive names, bridged by function words (`Ministry of Foreign Affairs`), less the
  /// runs of ordinary words only (`Back`, `Easel`): a word the edition writes in lower case
  /// elsewhere is a name only beside another name (`United States`, though `member states`).
  private static func runs(_ words: [Word]) -> [[Word]] {
    bridgedRuns(words).map(\.run)
  }

  /// The runs of ``runs(_:)``, each with whether a function word bridges it.
  private static func bridgedRuns(_ words: [Word]) -> [(run: [Word], bridged: Bool)] {
    runSpans(words).map { span in
      let run = words[span].filter(\.isName)
      return (run, run.count < span.count)
    }
  }

  /// Where in `words` each run of ``runs(_:)`` stands, from its first name to its last, with
  /// the function words that bridge it.
  private static func runSpans(_ words: [Word]) -> [Range<Int>] {
    var spans: [Range<Int>] = []
    var start: Int?
    var end = 0
    func close() {
      if let first = start, words[first..<end].contains(where: { $0.isName && !$0.isOrdinary }) {
        spans.append(first..<end)
      }
      start = nil
    }
    for (index, word) in words.enumerated() {
      if word.isName {
        if start == nil { start = index }
        end = index + 1
      } else if !(word.isFunctionWord && start != nil) {
        close()
      }
    }
    close()
    return spans
  }

  /// Whether most words of a sentence are in capitals, as in a shouted line of a story or a
  /// post (`THANK YOU, LITTLE ONE`): its capitals say nothing of names or acronyms.
  private static func isShouted(_ words: [Word]) -> Bool {
    let long = words.filter { $0.length >= 2 }
    return long.count >= 3 && long.filter(\.isAllCaps).count * 5 >= long.count * 3
  }

  /// Whether four in five words of four letters or more are capitalised, as in a heading
  /// (a short sentence full of names is not one).
  private static func isTitleCase(_ words: [Word]) -> Bool {
    let long = words.filter { $0.length >= 4 }
    return long.count >= 3 && long.filter(\.isCapitalized).count * 5 >= long.count * 4
  }
}
