// The aligner's prepared model, built once per lexicon and shared by every alignment.
import Foundation
import SverkaText

/// A lexicon made ready for the aligner: its English stems mapped to Russian concept ids,
/// and a pool of feature extractors (stemmers, ICU's transliterator and their word caches)
/// that alignments borrow one at a time.
///
/// Preparing costs far more than aligning a typical statement (stemming thousands of
/// entries, opening `Russian-Latin/BGN`), so ``shared`` is built once per process for the
/// built-in lexicon, and an ``Aligner`` made with another lexicon prepares it once. `map`
/// and `batch` thereby share one model across records and threads.
package final class PreparedLexicon: Sendable {
  /// The concept ids of the lexicon's Russian stems.
  let ids: [String: Int32]
  /// English stem → the Russian concept ids it translates to.
  let englishTranslations: [String: [Int32]]
  /// Extractors not in use; a lock because alignments run on many threads.
  private let idle = IdleExtractors()

  /// Distinct concepts an extractor may intern before it starts afresh, so a long-running
  /// `map` does not grow without bound.
  static let conceptLimit = 1 << 20

  /// The prepared built-in lexicon, built on first use.
  static let shared = PreparedLexicon(lexicon: .builtIn)

  /// The prepared form of `lexicon`: ``shared`` for the built-in one, a new one otherwise.
  package static func of(_ lexicon: Lexicon) -> PreparedLexicon {
    lexicon.isBuiltIn ? .shared : PreparedLexicon(lexicon: lexicon)
  }

  /// Stems `lexicon`'s entries.
  ///
  /// - Complexity: O(*e*) for *e* entries.
  init(lexicon: Lexicon) {
    let englishStemmer = Stemmer(language: .english)
    let russianStemmer = Stemmer(language: .russian)
    var ids: [String: Int32] = [:]
    var translations: [String: [Int32]] = [:]
    for entry in lexicon.entries {
      let key = "r:" + russianStemmer.stem(entry.russian)
      let id = ids[key] ?? Int32(ids.count)
      ids[key] = id
      translations[englishStemmer.stem(entry.english), default: []].append(id)
    }
    self.ids = ids
    englishTranslations = translations
  }

  /// Runs `body` with an extractor no other thread is using, ready for a new document.
  func withExtractor<Result>(_ body: (FeatureExtractor) throws -> Result) rethrows -> Result {
    let extractor = idle.take() ?? FeatureExtractor(prepared: self)
    extractor.startDocument()
    defer { idle.put(extractor) }
    return try body(extractor)
  }
}

/// The idle extractors of a ``PreparedLexicon``, behind a lock.
private final class IdleExtractors: @unchecked Sendable {
  // Unchecked: every access holds `lock`, and an extractor taken out is used by one
  // thread until it is put back.
  private let lock = NSLock()
  private var extractors: [FeatureExtractor] = []

  func take() -> FeatureExtractor? {
    lock.withLock { extractors.popLast() }
  }

  func put(_ extractor: FeatureExtractor) {
    lock.withLock { extractors.append(extractor) }
  }
}
