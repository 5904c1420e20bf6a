// Snowball stemming of lower-cased words, through Debian's libstemmer: the one stemmer the
// aligner, the lexicon and the translation check's names share.

import CStemmer

/// A Snowball stemmer for English or Russian, with a cache of the words it has seen.
///
/// A stemmer holds C state and a cache, so it is not safe to share between tasks.
package final class Stemmer {
  /// The languages a stemmer is opened for.
  package enum Language: Sendable {
    /// Snowball's English (Porter 2) algorithm.
    case english
    /// Snowball's Russian algorithm.
    case russian
  }

  private let handle: OpaquePointer?
  private var cache: [String: String] = [:]

  /// Opens the stemmer for `language`; without libstemmer's algorithm words stay as they are.
  package init(language: Language) {
    handle = sb_stemmer_new(language == .english ? "english" : "russian", "UTF_8")
  }

  deinit { sb_stemmer_delete(handle) }

  /// The stem of a lower-cased word.
  package func stem(_ word: String) -> String {
    if let known = cache[word] { return known }
    var stemmed = word
    if let handle {
      var bytes = Array(word.utf8)
      let count = Int32(bytes.count)
      bytes.withUnsafeMutableBufferPointer { buffer in
        if let base = buffer.baseAddress, let result = sb_stemmer_stem(handle, base, count) {
          let length = Int(sb_stemmer_length(handle))
          stemmed = String(
            decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
        }
      }
    }
    if stemmed.isEmpty { stemmed = word }
    cache[word] = stemmed
    return stemmed
  }
}
