// Turns sentences into features: stems, lexicon translations, cognate keys and anchors.

import Foundation
import SverkaModel
import SverkaText

/// Computes ``UnitFeatures`` for English and Russian text against one shared table of
/// concepts.
///
/// Each distinct word is analysed once (stem, lexicon, transliteration) and cached; the
/// cache outlives a document, since ``PreparedLexicon`` lends the extractor to one
/// alignment after another. What one document teaches (``learn(_:)``) is forgotten at
/// ``startDocument()``. Not safe to share between tasks, except through
/// ``features(english:russian:)``, which reads the two languages on two threads.
package final class FeatureExtractor: @unchecked Sendable {
  // Unchecked: an extractor is lent to one task at a time (``PreparedLexicon``); inside
  // ``features(english:russian:)`` the two threads share only `ids`, behind `idLock`.
  private let prepared: PreparedLexicon
  /// Every concept key seen so far, with its id.
  package private(set) var ids: [String: Int32]
  private let idLock = NSLock()
  private var learnt: [Int32: [Int32]] = [:]
  private let englishStemmer = Stemmer(language: .english)
  private let russianStemmer = Stemmer(language: .russian)
  private let transliterator: ICU.Transliterator?
  /// Keyed by the bytes: a `String` key costs a normalisation check on every Cyrillic look-up.
  private var englishCache: [ByteKey: Analysis] = [:]
  private var russianCache: [ByteKey: Analysis] = [:]

  /// What one distinct word contributes.
  private struct Analysis {
    var stem: Int32?
    var words: [Int32]
    var anchors: [Int32]
  }

  /// Prepares an extractor over `prepared`'s lexicon. Without ICU's `Russian-Latin/BGN`
  /// transform (an ICU built without its data) names are matched through the lexicon only.
  package init(prepared: PreparedLexicon) {
    self.prepared = prepared
    ids = prepared.ids
    transliterator = try? Transliteration.russianToLatinTransliterator()
  }

  /// Forgets the pairs learnt from the previous document, and the word caches too once
  /// they have grown past ``PreparedLexicon/conceptLimit``.
  func startDocument() {
    learnt.removeAll(keepingCapacity: true)
    if ids.count > PreparedLexicon.conceptLimit {
      ids = prepared.ids
      englishCache.removeAll()
      russianCache.removeAll()
    }
  }

  /// The interned id of a concept key.
  func id(_ key: String) -> Int32 {
    idLock.withLock {
      if let known = ids[key] { return known }
      let new = Int32(ids.count)
      ids[key] = new
      return new
    }
  }

  /// The features of each of `english` and of `russian`, the two languages on two threads.
  ///
  /// Each language has its own stemmer, transliterator and word cache, so the threads share
  /// only the table of concepts. Which thread meets a new concept first decides its id, so
  /// ids differ from run to run; alignments only ever compare them for equality.
  func features(english: [String], russian: [String]) -> (
    english: [UnitFeatures], russian: [UnitFeatures]
  ) {
    let sides = Concurrently.map(2) { side in
      side == 0
        ? english.map { self.features(of: $0, language: .english) }
        : russian.map { self.features(of: $0, language: .russian) }
    }
    return (sides[0], sides[1])
  }

  /// The features of `text` in `language`.
  ///
  /// - Complexity: O(*n*) in the length of `text`, plus the analysis of words not seen yet.
  package func features(of text: String, language: Language) -> UnitFeatures {
    var words: [Int32] = []
    var anchors: [Int32] = []
    var stems: [Int32] = []
    WordScanner.scan(text) { token in
      let analysis = self.analysis(of: token, language: language)
      words += analysis.words
      anchors += analysis.anchors
      if let stem = analysis.stem { stems.append(stem) }
    }
    return UnitFeatures(
      length: Double(text.unicodeScalars.count), words: UnitFeatures.sortedUnique(words),
      anchors: UnitFeatures.sortedUnique(anchors), stems: UnitFeatures.sortedUnique(stems),
      closing: Anchors.closingMark(of: text))
  }

  /// Adds translations learnt from the document: English stem id → Russian stem ids.
  func learn(_ pairs: [Int32: [Int32]]) {
    for (english, russian) in pairs { learnt[english, default: []] += russian }
  }

  /// `features` with the translations learnt since it was computed.
  func refreshed(_ features: UnitFeatures) -> UnitFeatures {
    var extra: [Int32] = []
    for stem in features.stems { if let more = learnt[stem] { extra += more } }
    guard !extra.isEmpty else { return features }
    var result = features
    result.words = UnitFeatures.sortedUnique(features.words + extra)
    return result
  }

  private func analysis(of token: ScannedToken, language: Language) -> Analysis {
    switch token.kind {
    case .number:
      return Analysis(stem: nil, words: [], anchors: [id("n:" + token.text)])
    case .percent:
      return Analysis(stem: nil, words: [], anchors: [id("n:%")])
    case .word:
      guard token.text.utf8.count <= Lexis.longestWord else {
        return Analysis(stem: nil, words: [], anchors: [])
      }
      let key = ByteKey(token.isCapitals ? token.text.uppercased() : token.text)
      switch language {
      case .english:
        if let known = englishCache[key] { return known }
        let made = englishAnalysis(token)
        englishCache[key] = made
        return made
      case .russian:
        if let known = russianCache[key] { return known }
        let made = russianAnalysis(token)
        russianCache[key] = made
        return made
      }
    }
  }

  private func englishAnalysis(_ token: ScannedToken) -> Analysis {
    let word = token.text
    if token.isCapitals, let acronym = Anchors.acronym(english: word) {
      return Analysis(stem: id("e:" + word), words: [], anchors: [id(acronym)])
    }
    if let month = Anchors.month(english: word), word != "may" || token.isCapitals {
      return Analysis(stem: nil, words: [], anchors: [id(month)])
    }
    guard word.utf8.count >= 2, !Lexis.stopwords.english.contains(word) else {
      return Analysis(stem: nil, words: [], anchors: [])
    }
    if word == "percent" { return Analysis(stem: nil, words: [], anchors: [id("n:%")]) }
    let stem = englishStemmer.stem(word)
    var words = prepared.englishTranslations[stem] ?? []
    if let cognate = Anchors.cognateKey(latin: word) { words.append(id(cognate)) }
    return Analysis(stem: id("e:" + stem), words: words, anchors: [])
  }

  private func russianAnalysis(_ token: ScannedToken) -> Analysis {
    let word = token.text
    if token.isCapitals, let acronym = Anchors.acronym(russian: word) {
      return Analysis(stem: id("r:" + word), words: [], anchors: [id(acronym)])
    }
    if let month = Anchors.month(russian: word) {
      return Analysis(stem: nil, words: [], anchors: [id(month)])
    }
    guard word.unicodeScalars.count >= 2, !Lexis.stopwords.russian.contains(word) else {
      return Analysis(stem: nil, words: [], anchors: [])
    }
    if word.hasPrefix("процент") {
      return Analysis(stem: nil, words: [], anchors: [id("n:%")])
    }
    let stem = id("r:" + russianStemmer.stem(word))
    var words = [stem]
    if let latin = try? transliterator?.transliterate(word),
      let cognate = Anchors.cognateKey(latin: latin)
    {
      words.append(id(cognate))
    }
    return Analysis(stem: stem, words: words, anchors: [])
  }
}
