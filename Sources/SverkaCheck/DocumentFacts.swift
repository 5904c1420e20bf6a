// The numbers, dates and months of every paragraph of a checked pair of editions, read before
// the links are known.

import SverkaModel
import SverkaText

/// The facts (``TranslationFacts``) of every paragraph of an English and a Russian edition.
///
/// Most links join one paragraph to one paragraph, and the facts of such a link are those of
/// its two paragraphs, which need no alignment: the check reads them while the aligner runs,
/// one edition a thread, and the inspectors read the facts of a longer link themselves.
struct DocumentFacts: Sendable {
  /// The facts of each English paragraph.
  let english: [TranslationFacts]
  /// The facts of each Russian paragraph.
  let russian: [TranslationFacts]

  /// Reads the facts of every paragraph of `english` and `russian`.
  init(english: SegmentedStatement, russian: SegmentedStatement) {
    let sides = Concurrently.map(2) { side in
      let vocabulary = FactVocabulary()
      let language: Language = side == 0 ? .english : .russian
      return (side == 0 ? english : russian).paragraphs.map {
        TranslationFacts($0.text, language: language, vocabulary: vocabulary)
      }
    }
    self.english = sides[0]
    self.russian = sides[1]
  }
}
