// Joins an English paragraph left alone next to a Russian one left alone, when one translates part of the other.

import SverkaModel
import SverkaText

/// Joins a paragraph link with no Russian side and an adjacent one with no English side
/// into one link, when the sentences of the two paragraphs pair up as translations.
///
/// An aligner that meets a Russian paragraph that lost a sentence may give up on the pair and
/// leave both paragraphs alone (`deleted 7`, `inserted 7`), which reports a missing paragraph
/// where a sentence is missing and hides which. Joined, the pair is checked like any other
/// link: the sentence without counterpart is named as the evidence.
///
/// The sentences are paired in order (a dynamic programme over the two paragraphs, each pair
/// costing its distance from the document's length ratio less a bonus for shared numbers and
/// Latin words, each sentence left alone a fixed cost). The pair is joined when at least half the shorter
/// paragraph's sentences are paired, every pair with the same numbers and all but one pair
/// in four within the ratio tolerance; two unrelated paragraphs, a deletion beside an
/// insertion, stay apart.
struct TranslationLinkJoiner {
  let english: SegmentedStatement
  let russian: SegmentedStatement
  let vocabulary = FactVocabulary()
  /// The document's median log length ratio (Russian over English) and its tolerance.
  let median: Double
  let tolerance: Double

  /// The cost of a sentence left without counterpart, in log-ratio units.
  private static let aloneCost = 0.6

  /// `links`, with each adjacent English-only and Russian-only pair that translates joined.
  func join(_ links: [ParagraphLink]) -> [ParagraphLink] {
    var result: [ParagraphLink] = []
    result.reserveCapacity(links.count)
    var index = 0
    while index < links.count {
      let link = links[index]
      if index + 1 < links.count, let joined = joined(link, links[index + 1]) {
        result.append(joined)
        index += 2
      } else {
        result.append(link)
        index += 1
      }
    }
    return result
  }

  /// The two links as one, when one is a single English paragraph alone and the other a
  /// single Russian paragraph alone whose sentences pair up.
  private func joined(_ first: ParagraphLink, _ second: ParagraphLink) -> ParagraphLink? {
    let pair =
      first.russian.isEmpty && second.english.isEmpty
      ? (first, second)
      : first.english.isEmpty && second.russian.isEmpty ? (second, first) : nil
    guard let (englishLink, russianLink) = pair, englishLink.english.count == 1,
      russianLink.russian.count == 1
    else { return nil }
    let en = english.paragraphs[englishLink.english[0]].sentences.map(\.text)
    let ru = russian.paragraphs[russianLink.russian[0]].sentences.map(\.text)
    guard !en.isEmpty, !ru.isEmpty else { return nil }
    let sentences = pairs(en, ru)
    let paired = sentences.filter { !$0.english.isEmpty && !$0.russian.isEmpty }
    guard paired.count * 2 >= min(en.count, ru.count), !paired.isEmpty else { return nil }
    // A translator expands or condenses a sentence now and then: one pair in four may be
    // off the document's length ratio, as long as its numbers agree.
    var outliers = 0
    for link in paired {
      let enText = en[link.english[0]]
      let ruText = ru[link.russian[0]]
      if abs(LengthRatio.of(english: enText.count, russian: ruText.count) - median) > tolerance {
        outliers += 1
        guard outliers * 4 <= paired.count else { return nil }
      }
      let enFacts = TranslationFacts(enText, language: .english, vocabulary: vocabulary)
      let ruFacts = TranslationFacts(ruText, language: .russian, vocabulary: vocabulary)
      guard enFacts.numbersAgree(with: ruFacts) else { return nil }
    }
    return ParagraphLink(
      english: englishLink.english, russian: russianLink.russian,
      score: min(englishLink.score, russianLink.score), sentences: sentences)
  }

  /// The sentences of `en` and `ru` paired in order at the least cost, as sentence links
  /// (one-to-one, or one side alone).
  private func pairs(_ en: [String], _ ru: [String]) -> [ParagraphLink.SentenceLink] {
    let n = en.count
    let m = ru.count
    var cost = [[Double]](repeating: [Double](repeating: .infinity, count: m + 1), count: n + 1)
    cost[0][0] = 0
    for i in 0...n {
      for j in 0...m {
        let here = cost[i][j]
        guard here.isFinite else { continue }
        if i < n { cost[i + 1][j] = min(cost[i + 1][j], here + Self.aloneCost) }
        if j < m { cost[i][j + 1] = min(cost[i][j + 1], here + Self.aloneCost) }
        if i < n, j < m {
          cost[i + 1][j + 1] = min(cost[i + 1][j + 1], here + pairCost(en[i], ru[j]))
        }
      }
    }
    var links: [ParagraphLink.SentenceLink] = []
    var i = n
    var j = m
    while i > 0 || j > 0 {
      if i > 0, j > 0,
        abs(cost[i][j] - (cost[i - 1][j - 1] + pairCost(en[i - 1], ru[j - 1]))) < 1e-9
      {
        links.append(.init(english: [i - 1], russian: [j - 1], score: 0))
        i -= 1
        j -= 1
      } else if i > 0, abs(cost[i][j] - (cost[i - 1][j] + Self.aloneCost)) < 1e-9 {
        links.append(.init(english: [i - 1], russian: [], score: 0))
        i -= 1
      } else {
        links.append(.init(english: [], russian: [j - 1], score: 0))
        j -= 1
      }
    }
    return links.reversed()
  }

  /// The cost of pairing two sentences: their length ratio's distance from the document's,
  /// less a bonus for each of up to two anchors they share (a number, or a word in Latin
  /// letters that the Russian keeps as it is, `Euronews`), since sentences of alike length
  /// are common and shared anchors are not.
  private func pairCost(_ english: String, _ russian: String) -> Double {
    let anchors = Self.anchors(russian)
    let shared = anchors.isEmpty ? 0 : Self.anchors(english).intersection(anchors).count
    return abs(LengthRatio.of(english: english.count, russian: russian.count) - median) - 0.3
      * Double(min(2, shared))
  }

  /// The digit runs and the words in ASCII letters of three letters or more of `text`, in
  /// lower case.
  private static func anchors(_ text: String) -> Set<String> {
    var anchors: Set<String> = []
    let bytes = Array(text.utf8)
    WordSpans.scan(bytes, letters: .alphabetic) { span in
      let isAnchor =
        switch span.kind {
        case .digits: true
        case .letters: span.range.count >= 3 && bytes[span.range].allSatisfy { $0 < 0x80 }
        case .other: false
        }
      if isAnchor {
        anchors.insert(String(decoding: bytes[span.range], as: UTF8.self).lowercased())
      }
    }
    return anchors
  }
}
