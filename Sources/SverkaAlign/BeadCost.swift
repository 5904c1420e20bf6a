// The cost of a bead: length, shared words, shared anchors, closing marks, and paragraphs.
import Foundation
import SverkaText

/// Scores beads of English and Russian units for ``BeadLattice``.
///
/// The cost adds Gale–Church's length cost and two log-likelihood ratios, one for content
/// words (lexicon and cognates) and one for anchors (numbers, months, acronyms): each item
/// that finds its match on the other side counts log(*p*₁/*p*₀), each that does not
/// log((1−*p*₁)/(1−*p*₀)), with *p*₁ and *p*₀ the match rates of true and chance pairs. A
/// question mark or colon that closes a unit counts as one more anchor, found when a unit of
/// the other side closes with the same mark (``Anchors/closingMark(of:)``). When
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
  /// The word and anchor overlaps of each cell's two units, interleaved; −1 outside.
  private let overlapTable: [Int32]
  /// Concepts each unit shares with the next one and the one after (index 0 and 1), per
  /// side: a merged bead counts its words once, not once per sentence pair.
  private let englishRepeats: [[Int32]]
  private let russianRepeats: [[Int32]]
  /// Log-likelihood ratios of a found and a missing word or anchor, by bead shape
  /// (index `englishCount * 4 + russianCount`).
  private let wordHit: [Double]
  private let wordMiss: [Double]
  private let anchorHit: [Double]
  private let anchorMiss: [Double]

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
    // Both overlaps in one array, word then anchor, filled by rows shared out over the cores.
    var both = [Int32](repeating: -1, count: band.cellCount * 2)
    let rows = band.rows
    let chunks = band.cellCount >= 8192 ? ProcessInfo.processInfo.activeProcessorCount : 1
    // An English unit's concepts are stamped with its row in a table indexed by concept, so
    // a cell costs one look-up per Russian concept instead of a merge of two lists.
    let concepts = 1 + max(Self.largestConcept(english), Self.largestConcept(russian))
    both.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let out = buffer
      DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        var wordStamps = [Int32](repeating: 0, count: concepts)
        var anchorStamps = [Int32](repeating: 0, count: concepts)
        for i in (1 + rows * chunk / chunks)..<(1 + rows * (chunk + 1) / chunks) {
          let row = Int32(i)
          for word in english[i - 1].words { wordStamps[Int(word)] = row }
          for anchor in english[i - 1].anchors { anchorStamps[Int(anchor)] = row }
          for j in max(1, band.lower[i])...max(1, band.upper[i]) where j <= band.upper[i] {
            guard let cell = band.index(i, j) else { continue }
            var words: Int32 = 0
            for word in russian[j - 1].words where wordStamps[Int(word)] == row { words += 1 }
            var anchors: Int32 = 0
            for anchor in russian[j - 1].anchors where anchorStamps[Int(anchor)] == row {
              anchors += 1
            }
            out[2 * cell] = words
            out[2 * cell + 1] = anchors
          }
        }
      }
    }
    overlapTable = both
    englishRepeats = Self.repeats(english)
    russianRepeats = Self.repeats(russian)
    // In a bead of several units an item meets several units on the other side, so it
    // finds a match by chance more often: 1 − (1 − p₀)^k for k units on average.
    func ratios(_ match: Double, _ chance: Double) -> (hit: [Double], miss: [Double]) {
      var hit = [Double](repeating: 0, count: 16)
      var miss = [Double](repeating: 0, count: 16)
      for e in 1...3 {
        for r in 1...3 {
          let k = Double(e + r) / 2
          let chanceHere = 1 - pow(1 - chance, k)
          let matchHere = match + (1 - match) * (chanceHere - chance)
          hit[e * 4 + r] = log(matchHere / chanceHere)
          miss[e * 4 + r] = log((1 - matchHere) / (1 - chanceHere))
        }
      }
      return (hit, miss)
    }
    (wordHit, wordMiss) = ratios(model.wordMatch, model.wordChance)
    (anchorHit, anchorMiss) = ratios(model.anchorMatch, model.anchorChance)
  }

  /// The largest concept id among `units`' words and anchors, or −1.
  private static func largestConcept(_ units: [UnitFeatures]) -> Int {
    var largest: Int32 = -1
    for unit in units {
      largest = max(largest, unit.words.last ?? -1, unit.anchors.last ?? -1)
    }
    return Int(largest)
  }

  /// For each unit, the word concepts it shares with the next unit and with the one after.
  private static func repeats(_ units: [UnitFeatures]) -> [[Int32]] {
    (1...2).map { distance in
      units.indices.map { index in
        index + distance < units.count
          ? Int32(SortedOverlap.count(units[index].words, units[index + distance].words)) : 0
      }
    }
  }

  /// The distinct share of the word concepts of `count` units ending before `end`:
  /// 1 for one unit, less when neighbours repeat words.
  @inline(__always)
  private func distinctShare(_ units: [UnitFeatures], _ repeats: [[Int32]], end: Int, count: Int)
    -> Double
  {
    guard count > 1 else { return 1 }
    let start = end - count
    var total = 0
    var repeated = 0
    for index in start..<end { total += units[index].words.count }
    for index in start..<(end - 1) { repeated += Int(repeats[0][index]) }
    if count == 3 { repeated += Int(repeats[1][start]) }
    guard total > 0 else { return 1 }
    return Double(max(total - repeated, 0)) / Double(total)
  }

  /// The word and anchor overlaps of English unit `e` and Russian unit `r`.
  @inline(__always)
  private func overlaps(_ e: Int, _ r: Int) -> (words: Int, anchors: Int) {
    if let cell = band.index(e + 1, r + 1), overlapTable[2 * cell] >= 0 {
      return (Int(overlapTable[2 * cell]), Int(overlapTable[2 * cell + 1]))
    }
    return (
      SortedOverlap.count(english[e].words, russian[r].words),
      SortedOverlap.count(english[e].anchors, russian[r].anchors)
    )
  }

  /// What a bead's units hold and share, before weighting.
  struct Tally {
    var englishLength: Double
    var russianLength: Double
    /// Content words a side, averaged over the two sides.
    var words: Double
    /// Words that find their translation, repeats across merged sentences counted once.
    var wordHits: Double
    /// Anchors a side, averaged over the two sides.
    var anchors: Double
    var anchorHits: Double
    /// Units that close with a question mark or a colon, averaged over the two sides.
    var closings: Double
    /// Closing marks matched by the same mark on the other side.
    var closingHits: Double
  }

  /// The lengths, words and anchors of the bead ending at (`i`, `j`), both sides non-empty.
  @inline(__always)
  func tally(english i: Int, russian j: Int, englishCount: Int, russianCount: Int) -> Tally {
    var englishLength = Double(englishCount - 1)
    var russianLength = Double(russianCount - 1)
    var englishWords = 0
    var russianWords = 0
    var englishAnchors = 0
    var russianAnchors = 0
    var wordMatches = 0
    var anchorMatches = 0
    var englishMarks = ClosingCount()
    var russianMarks = ClosingCount()
    for e in (i - englishCount)..<i {
      englishMarks.add(english[e].closing)
      englishLength += english[e].length
      englishWords += english[e].stems.count
      englishAnchors += english[e].anchors.count
    }
    for r in (j - russianCount)..<j {
      russianMarks.add(russian[r].closing)
      russianLength += russian[r].length
      russianWords += russian[r].stems.count
      russianAnchors += russian[r].anchors.count
      for e in (i - englishCount)..<i {
        let shared = overlaps(e, r)
        wordMatches += shared.words
        anchorMatches += shared.anchors
      }
    }
    let words = Double(englishWords + russianWords) / 2
    var found = Double(wordMatches)
    if englishCount > 1 || russianCount > 1 {
      // Words repeated by neighbouring sentences would be counted once per pair.
      found *=
        distinctShare(english, englishRepeats, end: i, count: englishCount)
        * distinctShare(russian, russianRepeats, end: j, count: russianCount)
    }
    let anchors = Double(englishAnchors + russianAnchors) / 2
    return Tally(
      englishLength: englishLength, russianLength: russianLength, words: words,
      wordHits: min(found, words), anchors: anchors,
      anchorHits: min(Double(anchorMatches), anchors),
      closings: Double(englishMarks.total + russianMarks.total) / 2,
      closingHits: Double(englishMarks.shared(with: russianMarks)))
  }

  /// The question marks and colons that close a side's units.
  private struct ClosingCount {
    var questions = 0
    var colons = 0
    var total: Int { questions + colons }

    mutating func add(_ mark: Unicode.Scalar?) {
      if mark == "?" { questions += 1 } else if mark == ":" { colons += 1 }
    }

    func shared(with other: ClosingCount) -> Int {
      min(questions, other.questions) + min(colons, other.colons)
    }
  }

  func cost(english i: Int, russian j: Int, englishCount: Int, russianCount: Int) -> Double {
    if englishCount == 0 || russianCount == 0 { return 0 }
    let t = tally(english: i, russian: j, englishCount: englishCount, russianCount: russianCount)
    var cost = model.length.cost(english: t.englishLength, russian: t.russianLength)
    let shape = englishCount * 4 + russianCount
    cost -= t.wordHits * wordHit[shape] + (t.words - t.wordHits) * wordMiss[shape]
    cost -= t.anchorHits * anchorHit[shape] + (t.anchors - t.anchorHits) * anchorMiss[shape]
    cost -= t.closingHits * anchorHit[shape] + (t.closings - t.closingHits) * anchorMiss[shape]
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
