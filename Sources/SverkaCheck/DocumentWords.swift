// The words of every sentence of a checked pair of editions, read once for the name check and
// shared by the threads that judge the links.

import SverkaModel
import SverkaText

/// The words (``NameMatcher/Word``) of every sentence of an English and a Russian edition.
///
/// The name check asks about the words of every sentence of every link, some sentences more
/// than once, and the links are judged on several threads. Reading each sentence once, and
/// working out each distinct word's shape (stem, transliteration, keys) once a language rather
/// than once a thread, is the table's point. It is filled on two threads, one edition each,
/// whose matchers share one ``PrefixNumbers``, and only read after.
struct DocumentWords: Sendable {
  /// The words of each English sentence, by paragraph, then sentence.
  let english: [[[NameMatcher.Word]]]
  /// The words of each Russian sentence, by paragraph, then sentence.
  let russian: [[[NameMatcher.Word]]]

  /// Reads the words of every sentence of `english` and `russian`, whose lower-case words are
  /// `ordinary`.
  ///
  /// - Throws: ``ICUError`` when ICU's transliterator cannot be opened or fails.
  init(english: SegmentedStatement, russian: SegmentedStatement, ordinary: OrdinaryWords) throws {
    let numbers = PrefixNumbers()
    let sides = try Concurrently.tryMap(2) { side in
      let matcher = try NameMatcher(ordinary: ordinary, prefixNumbers: numbers)
      let isEnglish = side == 0
      return try (isEnglish ? english : russian).paragraphs.map { paragraph in
        try paragraph.sentences.map { try matcher.words($0.text, english: isEnglish) }
      }
    }
    self.english = sides[0]
    self.russian = sides[1]
  }
}
