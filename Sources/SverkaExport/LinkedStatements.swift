// The two statements an alignment's links index, as every alignment writer reads them.

import SverkaModel
import SverkaRead

/// An English and a Russian statement with their sentences, ready to be quoted by link.
///
/// A statement read without sentences is segmented here, as the aligner segments it, so a
/// writer never indexes sentences that are not there.
struct LinkedStatements {
  let english: Statement
  let russian: Statement
  private let englishSentences: [Sentence]
  private let russianSentences: [Sentence]

  /// The pair, each segmented if it was read without sentences.
  ///
  /// - Throws: ``ICUError`` when a statement has to be segmented and ICU fails.
  init(english: Statement, russian: Statement) throws {
    self.english = try english.withSentences()
    self.russian = try russian.withSentences()
    englishSentences = self.english.sentences
    russianSentences = self.russian.sentences
  }

  /// The sentences of a range of `language`'s edition, each on one line, joined by a space.
  func text(_ range: Range<Int>, in language: Language) -> String {
    let sentences = language == .english ? englishSentences : russianSentences
    return range.map { sentences[$0].singleLine }.joined(separator: " ")
  }
}
