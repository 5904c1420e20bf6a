// The cost of a bead: length, shared words, shared anchors, and paragraph structure.
import Foundation

/// Scores beads of English and Russian units for ``BeadLattice``.
///
/// The cost adds Gale–Church's length cost and two log-likelihood ratios, one for content
/// words (lexicon and cognates) and one for anchors (numbers, months, acronyms): each item
/// that finds its match on the other side counts log(*p*₁/*p*₀), each that does not
/// log((1−*p*₁)/(1−*p*₀)), with *p*₁ and *p*₀ the match rates of true and chance pairs. When
/// the units carry paragraph groups (sentences inside an alignment of paragraphs), a bead
/// whose two sides lie in different groups pays `groupPenalty`: paragraph boundaries are a
/// soft constraint.
struct BeadCost: BeadScorer {
  let english: [UnitFeatures]
  let russian: [UnitFeatures]
  let model: AlignmentModel
  /// The paragraph group of each English unit, or empty for no structure.
  let englishGroups: [Int]
  /// The paragraph group of each Russian unit, or empty.
  let russianGroups: [Int]
  let groupPenalty: Double
  private let band: Band
  private let wordOverlaps: [Int32]
  private let anchorOverlaps: [Int32]
  private let wordHit: Double
  private let wordMiss: Double
  private let anchorHit: Double
  private let anchorMiss: Double

  /// Prepares the scorer, computing the overlaps of every pair of units in `band`.
  ///
  /// - Complexity: O(*c*·*k*) for *c* cells and *k* concepts a unit.
  init(
    english: [UnitFeatures], russian: [UnitFeatures], model: AlignmentModel, band: Band,
    englishGroups: [Int] = [], russianGroups: [Int] = [], groupPenalty: Double = 0
  ) {
    self.english = english
    self.russian = russian
    self.model = model
    self.band = band
    self.englishGroups = englishGroups
    self.russianGroups = russianGroups
    self.groupPenalty = groupPenalty
    var words = [Int32](repeating: -1, count: band.cellCount)
    var anchors = [Int32](repeating: -1, count: band.cellCount)
    for i in 1...max(1, band.rows) where i <= band.rows {
      for j in max(1, band.lower[i])...max(1, band.upper[i]) where j <= band.upper[i] {
        guard let cell = band.index(i, j) else { continue }
        words[cell] = Int32(UnitFeatures.overlap(english[i - 1].words, russian[j - 1].words))
        anchors[cell] = Int32(
          UnitFeatures.overlap(english[i - 1].anchors, russian[j - 1].anchors))
      }
    }
    wordOverlaps = words
    anchorOverlaps = anchors
    wordHit = log(model.wordMatch / model.wordChance)
    wordMiss = log((1 - model.wordMatch) / (1 - model.wordChance))
    anchorHit = log(model.anchorMatch / model.anchorChance)
    anchorMiss = log((1 - model.anchorMatch) / (1 - model.anchorChance))
  }

  /// The word and anchor overlaps of English unit `e` and Russian unit `r`.
  @inline(__always)
  private func overlaps(_ e: Int, _ r: Int) -> (words: Int, anchors: Int) {
    if let cell = band.index(e + 1, r + 1), wordOverlaps[cell] >= 0 {
      return (Int(wordOverlaps[cell]), Int(anchorOverlaps[cell]))
    }
    return (
      UnitFeatures.overlap(english[e].words, russian[r].words),
      UnitFeatures.overlap(english[e].anchors, russian[r].anchors)
    )
  }

  func cost(english i: Int, russian j: Int, englishCount: Int, russianCount: Int) -> Double {
    if englishCount == 0 || russianCount == 0 { return 0 }
    var englishLength = Double(englishCount - 1)
    var russianLength = Double(russianCount - 1)
    var englishWords = 0
    var russianWords = 0
    var englishAnchors = 0
    var russianAnchors = 0
    var wordMatches = 0
    var anchorMatches = 0
    for e in (i - englishCount)..<i {
      englishLength += english[e].length
      englishWords += english[e].stems.count
      englishAnchors += english[e].anchors.count
    }
    for r in (j - russianCount)..<j {
      russianLength += russian[r].length
      russianWords += russian[r].stems.count
      russianAnchors += russian[r].anchors.count
      for e in (i - englishCount)..<i {
        let shared = overlaps(e, r)
        wordMatches += shared.words
        anchorMatches += shared.anchors
      }
    }
    var cost = model.length.cost(english: englishLength, russian: russianLength)
    let words = Double(englishWords + russianWords) / 2
    let hits = min(Double(wordMatches), words)
    cost -= hits * wordHit + (words - hits) * wordMiss
    let anchors = Double(englishAnchors + russianAnchors) / 2
    let anchorHits = min(Double(anchorMatches), anchors)
    cost -= anchorHits * anchorHit + (anchors - anchorHits) * anchorMiss
    if !englishGroups.isEmpty {
      let first = englishGroups[i - englishCount]
      let last = englishGroups[i - 1]
      if russianGroups[j - russianCount] != first || russianGroups[j - 1] != last {
        cost += groupPenalty
      }
    }
    return cost
  }
}
