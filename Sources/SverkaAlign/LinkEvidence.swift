// What the aligner saw behind one sentence link: the figures its score is computed from.

/// The evidence for one sentence link, from which ``ScoreCalibration`` computes its score.
///
/// Counts are averaged over the two sides (a link whose English holds 4 content words and
/// whose Russian holds 6 has 5 words); a 1-0 or 0-1 link has no words, anchors or length
/// difference.
package struct LinkEvidence: Sendable, Hashable {
  /// The English sentences of the link.
  package let english: Range<Int>
  /// The Russian sentences of the link.
  package let russian: Range<Int>
  /// The link's posterior probability under the cost model (forward–backward).
  package let posterior: Double
  /// Content words a side.
  package let words: Double
  /// Content words that find their translation (lexicon, cognate or learnt pair).
  package let wordHits: Double
  /// Numbers, months and acronyms a side.
  package let anchors: Double
  /// Anchors found on the other side.
  package let anchorHits: Double
  /// Gale–Church's standardised length difference |δ|.
  package let lengthDelta: Double
  /// Whether the link before or after it is a 1-0 or 0-1 link.
  package let besideUnmatched: Bool
  /// Whether the link before or after it joins several sentences of a side.
  package let besideMerged: Bool
  /// The lower posterior of the links before and after it (its own when it has neither):
  /// a wrong link seldom comes alone, since the path has to get back on track around it.
  package let neighbourPosterior: Double

  /// Whether one side is empty.
  package var isUnmatched: Bool { english.isEmpty || russian.isEmpty }

  /// The evidence of each bead of `beads`, a path in reading order.
  static func of(_ beads: [PathBead], scorer: BeadCost) -> [LinkEvidence] {
    beads.indices.map { index in
      let bead = beads[index]
      let neighbours = [index - 1, index + 1].filter(beads.indices.contains).map { beads[$0] }
      let beside = neighbours.contains { $0.english.isEmpty || $0.russian.isEmpty }
      let besideMerged = neighbours.contains { $0.english.count > 1 || $0.russian.count > 1 }
      let neighbourPosterior = neighbours.map(\.posterior).min() ?? bead.posterior
      guard !bead.english.isEmpty, !bead.russian.isEmpty else {
        return LinkEvidence(
          english: bead.english, russian: bead.russian, posterior: bead.posterior, words: 0,
          wordHits: 0, anchors: 0, anchorHits: 0, lengthDelta: 0, besideUnmatched: beside,
          besideMerged: besideMerged, neighbourPosterior: neighbourPosterior)
      }
      let tally = scorer.tally(
        english: bead.english.upperBound, russian: bead.russian.upperBound,
        englishCount: bead.english.count, russianCount: bead.russian.count)
      return LinkEvidence(
        english: bead.english, russian: bead.russian, posterior: bead.posterior,
        words: tally.words, wordHits: tally.wordHits, anchors: tally.anchors,
        anchorHits: tally.anchorHits,
        lengthDelta: scorer.model.length.delta(
          english: tally.englishLength, russian: tally.russianLength),
        besideUnmatched: beside, besideMerged: besideMerged,
        neighbourPosterior: neighbourPosterior)
    }
  }
}
