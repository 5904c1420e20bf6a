// Finds each page's other-language edition in a crawl: candidates, evidence, global choice.

import Dispatch
import Foundation

/// Pairs the English and Russian pages of a crawl, each page with at most one counterpart.
///
/// 1. Every concept is weighted by its rarity in the crawl (``ConceptWeights``).
/// 2. Each page looks up its likeliest counterparts through an inverted index over its
///    rarest concepts, in both directions (``CandidateIndex``); no pair outside these
///    candidates is ever scored.
/// 3. Each candidate gets its ``PairEvidence`` (word and anchor cosines, the margin over its
///    rivals, length and paragraph ratios, the dateline gap) and a calibrated probability
///    (``PairCalibration``).
/// 4. One global maximum-weight matching (``Assignment``) over the candidates scoring at
///    least ``minimumScore`` chooses the pairs; a pair weighs `logit(score) −
///    logit(minimumScore)`, so the matching maximises the joint likelihood of its choices
///    and a pair below the threshold is never worth taking.
public struct Pairer: Sendable {
  /// The lowest score a pair may have; pages whose best pair scores less stay single.
  public var minimumScore: Double
  /// How many candidates each page draws from the index, per direction.
  public var candidatesPerPage: Int

  /// Creates a pairer.
  ///
  /// - Parameters:
  ///   - minimumScore: the lowest score a pair may have, in (0, 1).
  ///   - candidatesPerPage: how many candidates each page draws, per direction.
  public init(minimumScore: Double = 0.5, candidatesPerPage: Int = 6) {
    self.minimumScore = minimumScore
    self.candidatesPerPage = candidatesPerPage
  }

  /// Pairs `english` pages with `russian` pages.
  ///
  /// - Parameters:
  ///   - english: the English pages' profiles, from one ``PageProfiler``.
  ///   - russian: the Russian pages' profiles, from the same profiler.
  /// - Returns: the pairs and the single pages; every page is in exactly one of them.
  /// - Complexity: O(*n* · *p* · *l*) for the candidates (*n* pages, *p* probes, postings of
  ///   at most *l* pages), then O(*E* log *E*) for the matching in practice.
  public func pair(english: [PageProfile], russian: [PageProfile]) -> Pairing {
    let weights = ConceptWeights(english: english, russian: russian)
    let russianIndex = CandidateIndex(
      side: russian, frequency: weights.russianFrequency, weights: weights)
    let englishIndex = CandidateIndex(
      side: english, frequency: weights.englishFrequency, weights: weights)
    var keys: Set<Int64> = []
    for (page, found) in russianIndex.candidates(for: english, count: candidatesPerPage)
      .enumerated()
    {
      for other in found { keys.insert(Int64(page) << 32 | Int64(other)) }
    }
    for (page, found) in englishIndex.candidates(for: russian, count: candidatesPerPage)
      .enumerated()
    {
      for other in found { keys.insert(Int64(other) << 32 | Int64(page)) }
    }
    let edges = keys.sorted().map { (english: Int($0 >> 32), russian: Int($0 & 0xFFFF_FFFF)) }
    let candidates = score(edges, english: english, russian: russian, weights: weights)

    let threshold = logit(minimumScore)
    let assignment = Assignment(
      edges: candidates.enumerated().map { index, pair in
        Assignment.Edge(
          left: pair.english, right: pair.russian, weight: logit(pair.score) - threshold)
      }, leftCount: english.count, rightCount: russian.count)
    var byKey: [Int64: PagePair] = [:]
    for pair in candidates { byKey[Int64(pair.english) << 32 | Int64(pair.russian)] = pair }
    var pairs: [PagePair] = []
    var taken = [Bool](repeating: false, count: russian.count)
    var singleEnglish: [Int] = []
    for (page, match) in assignment.rightOfLeft.enumerated() {
      if let match, let pair = byKey[Int64(page) << 32 | Int64(match)] {
        pairs.append(pair)
        taken[match] = true
      } else {
        singleEnglish.append(page)
      }
    }
    let singleRussian = taken.indices.filter { !taken[$0] }
    var bestEnglish: [Int: (russian: Int, score: Double)] = [:]
    var bestRussian: [Int: (english: Int, score: Double)] = [:]
    let singleEnglishSet = Set(singleEnglish)
    for pair in candidates {
      if singleEnglishSet.contains(pair.english),
        pair.score > bestEnglish[pair.english]?.score ?? -1
      {
        bestEnglish[pair.english] = (pair.russian, pair.score)
      }
      if !taken[pair.russian], pair.score > bestRussian[pair.russian]?.score ?? -1 {
        bestRussian[pair.russian] = (pair.english, pair.score)
      }
    }
    return Pairing(
      english: english, russian: russian, pairs: pairs, singleEnglish: singleEnglish,
      singleRussian: singleRussian, bestRejectedEnglish: bestEnglish,
      bestRejectedRussian: bestRussian, candidates: candidates)
  }

  /// The evidence and score of every candidate pair; margins need all candidates' similarity.
  private func score(
    _ edges: [(english: Int, russian: Int)], english: [PageProfile], russian: [PageProfile],
    weights: ConceptWeights
  ) -> [PagePair] {
    let englishNorms = english.map { (weights.norm($0.words), weights.norm($0.anchors)) }
    let russianNorms = russian.map { (weights.norm($0.words), weights.norm($0.anchors)) }
    var measures = [(words: Double, anchors: Double)](repeating: (0, 0), count: edges.count)
    measures.withUnsafeMutableBufferPointer { slots in
      nonisolated(unsafe) let slots = slots
      let chunks = max(1, min(64, edges.count / 1024))
      let size = (edges.count + chunks - 1) / chunks
      DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        for index in chunk * size..<min(edges.count, (chunk + 1) * size) {
          let (e, r) = edges[index]
          slots[index] = (
            cosine(
              weights.dot(english[e].words, russian[r].words), englishNorms[e].0,
              russianNorms[r].0),
            cosine(
              weights.dot(english[e].anchors, russian[r].anchors), englishNorms[e].1,
              russianNorms[r].1)
          )
        }
      }
    }
    // The two best similarities of every page, to measure each pair against its rivals.
    var bestOfEnglish = [(Double, Double)](repeating: (0, 0), count: english.count)
    var bestOfRussian = [(Double, Double)](repeating: (0, 0), count: russian.count)
    let similarities = measures.map {
      PairEvidence.similarity(words: $0.words, anchors: $0.anchors)
    }
    for (index, edge) in edges.enumerated() {
      Self.keepTwoBest(&bestOfEnglish[edge.english], similarities[index])
      Self.keepTwoBest(&bestOfRussian[edge.russian], similarities[index])
    }
    return edges.enumerated().map { index, edge in
      let similarity = similarities[index]
      let rivalOfEnglish =
        bestOfEnglish[edge.english].0 == similarity
        ? bestOfEnglish[edge.english].1 : bestOfEnglish[edge.english].0
      let rivalOfRussian =
        bestOfRussian[edge.russian].0 == similarity
        ? bestOfRussian[edge.russian].1 : bestOfRussian[edge.russian].0
      let en = english[edge.english]
      let ru = russian[edge.russian]
      let evidence = PairEvidence(
        words: measures[index].words, anchors: measures[index].anchors,
        margin: similarity - max(rivalOfEnglish, rivalOfRussian),
        lengthRatio: Double(max(ru.length, 1)) / Double(max(en.length, 1)),
        paragraphs: (en.paragraphCount, ru.paragraphCount),
        datelineGap: en.minutes.flatMap { e in ru.minutes.map { e - $0 } })
      return PagePair(
        english: edge.english, russian: edge.russian,
        score: PairCalibration.probability(evidence), evidence: evidence)
    }
  }

  private static func keepTwoBest(_ best: inout (Double, Double), _ value: Double) {
    if value > best.0 {
      best = (value, best.0)
    } else if value > best.1 {
      best.1 = value
    }
  }

  private func cosine(_ dot: Double, _ left: Double, _ right: Double) -> Double {
    left > 0 && right > 0 ? min(1, dot / (left * right)) : 0
  }

  private func logit(_ probability: Double) -> Double {
    let clamped = min(max(probability, 1e-9), 1 - 1e-9)
    return log(clamped / (1 - clamped))
  }
}
