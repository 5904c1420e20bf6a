// Takes a paragraph without counterpart out of a many-paragraph link, so it is reported alone,
// and cuts the rest where the paragraphs translate one another one by one.

import SverkaModel

/// Splits a paragraph link whose side holds a paragraph none of whose sentences has a
/// counterpart: that paragraph is on its own (a `deleted` or `inserted` operation), and the
/// rest of the link stays together, cut where no sentence link crosses a paragraph break on
/// either side.
///
/// An aligner that meets an English paragraph whose Russian was left out may join it to its
/// neighbour (`merged [3, 4] → 3`) rather than leave it alone; its sentences are then all
/// 1-0 inside the link. Reporting the neighbour as changed and the paragraph as merged would
/// hide the deletion and flag a faithful paragraph, so the paragraph is taken out. Likewise a
/// link of several paragraphs a side whose sentences pair up within paragraph pairs is
/// reported pair by pair, not as one merged change.
enum TranslationLinkSplitter {
  /// Splits `link` where a paragraph of it has no counterpart.
  ///
  /// - Parameters:
  ///   - link: a paragraph link.
  ///   - englishCounts: the sentence count of each English paragraph of the statement.
  ///   - russianCounts: the sentence count of each Russian paragraph.
  /// - Returns: the links `link` splits into, in reading order; `[link]` when no paragraph
  ///   of it is without counterpart and no sentence-link boundary falls between paragraphs
  ///   on both sides, or when it has only one paragraph a side.
  static func split(_ link: ParagraphLink, englishCounts: [Int], russianCounts: [Int])
    -> [ParagraphLink]
  {
    guard link.english.count > 1 || link.russian.count > 1,
      !link.english.isEmpty, !link.russian.isEmpty
    else { return [link] }
    return withoutOrphans(link, englishCounts: englishCounts, russianCounts: russianCounts)
      .flatMap { cut($0, englishCounts: englishCounts, russianCounts: russianCounts) }
  }

  /// `link` with each paragraph none of whose sentences has a counterpart taken out into a
  /// link of its own, before or after the rest.
  private static func withoutOrphans(
    _ link: ParagraphLink, englishCounts: [Int], russianCounts: [Int]
  ) -> [ParagraphLink] {
    let englishRanges = ranges(link.english.map { englishCounts[$0] })
    let russianRanges = ranges(link.russian.map { russianCounts[$0] })
    var englishAlone = Set<Int>()
    var russianAlone = Set<Int>()
    for sentence in link.sentences {
      if sentence.russian.isEmpty { englishAlone.formUnion(sentence.english) }
      if sentence.english.isEmpty { russianAlone.formUnion(sentence.russian) }
    }
    // A paragraph is alone when every sentence of it is; one without sentences is not.
    let englishOrphans = link.english.indices.filter {
      !englishRanges[$0].isEmpty && englishRanges[$0].allSatisfy(englishAlone.contains)
    }
    let russianOrphans = link.russian.indices.filter {
      !russianRanges[$0].isEmpty && russianRanges[$0].allSatisfy(russianAlone.contains)
    }
    guard !englishOrphans.isEmpty || !russianOrphans.isEmpty else { return [link] }
    let keptEnglish = link.english.indices.filter { !englishOrphans.contains($0) }
    let keptRussian = link.russian.indices.filter { !russianOrphans.contains($0) }
    var before: [ParagraphLink] = []
    var after: [ParagraphLink] = []
    for position in englishOrphans {
      let alone = ParagraphLink(
        english: [link.english[position]], russian: [], score: link.score,
        sentences: englishRanges[position].map {
          .init(english: [$0 - englishRanges[position].lowerBound], russian: [], score: 0)
        })
      if position < (keptEnglish.first ?? Int.max) {
        before.append(alone)
      } else {
        after.append(alone)
      }
    }
    for position in russianOrphans {
      let alone = ParagraphLink(
        english: [], russian: [link.russian[position]], score: link.score,
        sentences: russianRanges[position].map {
          .init(english: [], russian: [$0 - russianRanges[position].lowerBound], score: 0)
        })
      if position < (keptRussian.first ?? Int.max) {
        before.append(alone)
      } else {
        after.append(alone)
      }
    }
    guard !keptEnglish.isEmpty || !keptRussian.isEmpty else { return before + after }
    // The sentences of the kept paragraphs, renumbered within them.
    let englishKept = keptEnglish.flatMap { Array(englishRanges[$0]) }
    let russianKept = keptRussian.flatMap { Array(russianRanges[$0]) }
    let englishNumber = Dictionary(uniqueKeysWithValues: englishKept.enumerated().map { ($1, $0) })
    let russianNumber = Dictionary(uniqueKeysWithValues: russianKept.enumerated().map { ($1, $0) })
    let sentences = link.sentences.compactMap { sentence -> ParagraphLink.SentenceLink? in
      let english = sentence.english.compactMap { englishNumber[$0] }
      let russian = sentence.russian.compactMap { russianNumber[$0] }
      guard !english.isEmpty || !russian.isEmpty else { return nil }
      return .init(english: english, russian: russian, score: sentence.score)
    }
    let kept = ParagraphLink(
      english: keptEnglish.map { link.english[$0] }, russian: keptRussian.map { link.russian[$0] },
      score: link.score, sentences: sentences)
    return before + [kept] + after
  }

  /// `link` cut wherever its sentence links leave off at a paragraph break on both sides, so
  /// that no sentence link crosses the cut: a run of paragraphs the aligner took together
  /// (`merged [3, 4] → [3, 4]`) that translate one another one by one is then reported
  /// paragraph by paragraph, each judged on its own.
  private static func cut(_ link: ParagraphLink, englishCounts: [Int], russianCounts: [Int])
    -> [ParagraphLink]
  {
    guard link.english.count > 1, link.russian.count > 1, !link.sentences.isEmpty else {
      return [link]
    }
    let englishRanges = ranges(link.english.map { englishCounts[$0] })
    let russianRanges = ranges(link.russian.map { russianCounts[$0] })
    // Where each paragraph but the first starts, in sentences of the link.
    // A paragraph without sentences goes with the next one.
    let englishBreaks = Dictionary(
      englishRanges.enumerated().dropFirst().map { ($1.lowerBound, $0) }, uniquingKeysWith: min)
    let russianBreaks = Dictionary(
      russianRanges.enumerated().dropFirst().map { ($1.lowerBound, $0) }, uniquingKeysWith: min)
    let sentences = link.sentences
    // The least English and Russian sentence of the links from each one on, so that a cut
    // leaves nothing of the links before it after it.
    var laterEnglish = [Int](repeating: Int.max, count: sentences.count + 1)
    var laterRussian = [Int](repeating: Int.max, count: sentences.count + 1)
    for index in sentences.indices.reversed() {
      laterEnglish[index] = min(laterEnglish[index + 1], sentences[index].english.min() ?? .max)
      laterRussian[index] = min(laterRussian[index + 1], sentences[index].russian.min() ?? .max)
    }
    var pieces: [ParagraphLink] = []
    // The paragraph positions and the sentence link where the current piece starts.
    var start = (english: 0, russian: 0, sentence: 0)
    var englishSeen = -1
    var russianSeen = -1
    for index in sentences.indices.dropLast() {
      englishSeen = max(englishSeen, sentences[index].english.max() ?? -1)
      russianSeen = max(russianSeen, sentences[index].russian.max() ?? -1)
      guard let englishBreak = englishBreaks[englishSeen + 1],
        let russianBreak = russianBreaks[russianSeen + 1],
        englishBreak > start.english, russianBreak > start.russian,
        laterEnglish[index + 1] > englishSeen, laterRussian[index + 1] > russianSeen
      else { continue }
      pieces.append(
        piece(
          link, english: start.english..<englishBreak, russian: start.russian..<russianBreak,
          sentences: sentences[start.sentence...index], englishRanges: englishRanges,
          russianRanges: russianRanges))
      start = (englishBreak, russianBreak, index + 1)
    }
    guard !pieces.isEmpty else { return [link] }
    pieces.append(
      piece(
        link, english: start.english..<link.english.count,
        russian: start.russian..<link.russian.count, sentences: sentences[start.sentence...],
        englishRanges: englishRanges, russianRanges: russianRanges))
    return pieces
  }

  /// The paragraphs `english` and `russian` of `link` (positions in it) as a link of their
  /// own, with `sentences`, renumbered from the first sentence of each side.
  private static func piece(
    _ link: ParagraphLink, english: Range<Int>, russian: Range<Int>,
    sentences: ArraySlice<ParagraphLink.SentenceLink>, englishRanges: [Range<Int>],
    russianRanges: [Range<Int>]
  ) -> ParagraphLink {
    let englishFirst = englishRanges[english.lowerBound].lowerBound
    let russianFirst = russianRanges[russian.lowerBound].lowerBound
    return ParagraphLink(
      english: Array(link.english[english]), russian: Array(link.russian[russian]),
      score: link.score,
      sentences: sentences.map {
        .init(
          english: $0.english.map { $0 - englishFirst },
          russian: $0.russian.map { $0 - russianFirst }, score: $0.score)
      })
  }

  /// The sentence range of each paragraph within the concatenation of `counts`.
  private static func ranges(_ counts: [Int]) -> [Range<Int>] {
    var start = 0
    return counts.map { count in
      defer { start += count }
      return start..<(start + count)
    }
  }
}
