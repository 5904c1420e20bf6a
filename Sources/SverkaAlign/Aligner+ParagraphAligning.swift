// The aligner as translation mode's paragraph aligner: its links, regrouped by paragraph.

import SverkaModel
import SverkaRead

extension Aligner: ParagraphAligning {
  /// The aligner's paragraph links, each with the sentence links that fall inside it.
  ///
  /// A sentence link that crosses a paragraph link's boundary is cut there: each part keeps
  /// the sentences of its own paragraph link, so every sentence is still covered once and a
  /// part left with one side empty reads as a sentence without counterpart.
  ///
  /// - Throws: as ``align(_:_:)``.
  /// - Complexity: that of ``align(_:_:)``, plus O(*n* + *m*) to regroup.
  public func paragraphLinks(english: SegmentedStatement, russian: SegmentedStatement) throws
    -> [ParagraphLink]
  {
    let alignment = try align(english, russian)
    let englishStarts = Self.sentenceStarts(english)
    let russianStarts = Self.sentenceStarts(russian)
    var next = 0
    return alignment.paragraphs.map { link in
      let englishSentences =
        englishStarts[link.english.lowerBound]..<englishStarts[link.english.upperBound]
      let russianSentences =
        russianStarts[link.russian.lowerBound]..<russianStarts[link.russian.upperBound]
      var inside: [ParagraphLink.SentenceLink] = []
      while next < alignment.sentences.count {
        let sentence = alignment.sentences[next]
        let english = sentence.english.clamped(to: englishSentences)
        let russian = sentence.russian.clamped(to: russianSentences)
        let startsHere =
          sentence.english.lowerBound < englishSentences.upperBound
          || sentence.russian.lowerBound < russianSentences.upperBound
        guard startsHere, !(english.isEmpty && russian.isEmpty) else { break }
        inside.append(
          ParagraphLink.SentenceLink(
            english: english.map { $0 - englishSentences.lowerBound },
            russian: russian.map { $0 - russianSentences.lowerBound }, score: sentence.score))
        // A link that runs on into the next paragraph link is visited again from there.
        let runsOn =
          sentence.english.upperBound > englishSentences.upperBound
          || sentence.russian.upperBound > russianSentences.upperBound
        if runsOn { break }
        next += 1
      }
      return ParagraphLink(
        english: Array(link.english), russian: Array(link.russian), score: link.score,
        sentences: inside)
    }
  }

  /// For each paragraph, the index of its first sentence in the document, and the total.
  private static func sentenceStarts(_ statement: SegmentedStatement) -> [Int] {
    var starts = [0]
    starts.reserveCapacity(statement.paragraphs.count + 1)
    for paragraph in statement.paragraphs {
      starts.append(starts[starts.count - 1] + paragraph.sentences.count)
    }
    return starts
  }
}
