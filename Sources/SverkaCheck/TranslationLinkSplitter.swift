// Takes a paragraph without counterpart out of a many-paragraph link, so it is reported alone.

import SverkaModel

/// Splits a paragraph link whose side holds a paragraph none of whose sentences has a
/// counterpart: that paragraph is on its own (a `deleted` or `inserted` operation), and the
/// rest of the link stays together.
///
/// An aligner that meets an English paragraph whose Russian was left out may join it to its
/// neighbour (`merged [3, 4] → 3`) rather than leave it alone; its sentences are then all
/// 1-0 inside the link. Reporting the neighbour as changed and the paragraph as merged would
/// hide the deletion and flag a faithful paragraph, so the paragraph is taken out.
enum TranslationLinkSplitter {
  /// Splits `link` where a paragraph of it has no counterpart.
  ///
  /// - Parameters:
  ///   - link: a paragraph link.
  ///   - englishCounts: the sentence count of each English paragraph of the statement.
  ///   - russianCounts: the sentence count of each Russian paragraph.
  /// - Returns: the links `link` splits into, in reading order; `[link]` when no paragraph
  ///   of it is without counterpart, or when it has only one paragraph a side.
  static func split(_ link: ParagraphLink, englishCounts: [Int], russianCounts: [Int])
    -> [ParagraphLink]
  {
    guard link.english.count > 1 || link.russian.count > 1,
      !link.english.isEmpty, !link.russian.isEmpty
    else { return [link] }
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

  /// The sentence range of each paragraph within the concatenation of `counts`.
  private static func ranges(_ counts: [Int]) -> [Range<Int>] {
    var start = 0
    return counts.map { count in
      defer { start += count }
      return start..<(start + count)
    }
  }
}
