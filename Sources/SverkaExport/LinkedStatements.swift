// The two statements an alignment's links index, as every alignment writer reads them.

import SverkaModel

/// An English and a Russian statement with their sentences, ready to be quoted by link.
struct LinkedStatements {
  let english: SegmentedStatement
  let russian: SegmentedStatement
  private let englishSentences: [Sentence]
  private let russianSentences: [Sentence]

  /// The pair whose sentences the links index.
  init(english: SegmentedStatement, russian: SegmentedStatement) {
    self.english = english
    self.russian = russian
    englishSentences = self.english.sentences
    russianSentences = self.russian.sentences
  }

  /// The sentences of a range of `language`'s edition, each on one line, joined by a space.
  func text(_ range: Range<Int>, in language: Language) -> String {
    let sentences = language == .english ? englishSentences : russianSentences
    return range.map { sentences[$0].singleLine }.joined(separator: " ")
  }
}
