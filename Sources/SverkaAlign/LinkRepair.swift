// A lexical second look at the best path: merges that swallowed a sentence whose
// counterpart is missing, which the length cost alone prefers.
import SverkaText

/// Splits merges whose extra sentence finds no translation on the other side.
///
/// Gale–Church costs let a merge pay for a sentence by its length: when a sentence's
/// counterpart is missing, joining it to a neighbour's link often costs less than leaving it
/// alone, although none of its words is translated on the other side. So in a 2-1 or 1-2
/// link, a sentence at either end of the merged side is split off as a sentence without
/// counterpart when
/// - it is *silent*: it holds at least ``minimumWords`` word concepts or an anchor, and
///   none of them meets the other side, words its partner in the merge shares aside (they
///   prove nothing about it);
/// - its partner is not: some of the partner's words or anchors meet the other side;
/// - the partner alone matches the other side's length at least as well as the merge.
///
/// A true merge (one sentence translated by two) keeps both: the second sentence's words
/// meet the other side, or the lengths need both. Each split keeps every sentence exactly
/// once and in order.
struct LinkRepair {
  let english: [UnitFeatures]
  let russian: [UnitFeatures]
  let length: LengthCost

  /// The fewest word concepts a sentence must hold before its words' silence counts.
  static let minimumWords = 3

  /// `beads`, a path in reading order over `english` and `russian`, with unsupported
  /// merges split.
  ///
  /// - Complexity: O(*b*·*k*·log *k*) for *b* beads and *k* concepts a sentence.
  func repaired(_ beads: [PathBead]) -> [PathBead] {
    var result: [PathBead] = []
    result.reserveCapacity(beads.count + 8)
    for bead in beads {
      if let split = split(bead) { result += split } else { result.append(bead) }
    }
    return result
  }

  /// The beads `bead` splits into, or nil when it stays whole.
  private func split(_ bead: PathBead) -> [PathBead]? {
    // The side with two sentences (`pair`) and the side with one (`single`).
    let isEnglishPair = bead.english.count == 2 && bead.russian.count == 1
    guard isEnglishPair || (bead.english.count == 1 && bead.russian.count == 2) else {
      return nil
    }
    let (pair, single) = isEnglishPair ? (bead.english, bead.russian) : (bead.russian, bead.english)
    let (pairUnits, singleUnits) = isEnglishPair ? (english, russian) : (russian, english)
    guard
      let keep = kept(
        pairUnits[pair.lowerBound], pairUnits[pair.lowerBound + 1], singleUnits[single.lowerBound],
        isEnglish: isEnglishPair)
    else { return nil }
    func link(_ pairSide: Range<Int>, _ singleSide: Range<Int>) -> PathBead {
      isEnglishPair
        ? PathBead(english: pairSide, russian: singleSide, posterior: bead.posterior)
        : PathBead(english: singleSide, russian: pairSide, posterior: bead.posterior)
    }
    let stays = pair.lowerBound + keep
    let alone = pair.lowerBound + 1 - keep
    let kept = link(stays..<(stays + 1), single)
    // The sentence split off sits before or after the kept link, with nothing against it.
    let empty =
      keep == 0 ? single.upperBound..<single.upperBound : single.lowerBound..<single.lowerBound
    let lone = link(alone..<(alone + 1), empty)
    return keep == 0 ? [kept, lone] : [lone, kept]
  }

  /// Which of `first` and `second` (0 or 1), two sentences of one side merged against
  /// `single`, stays linked when the other is split off; nil when neither is.
  private func kept(
    _ first: UnitFeatures, _ second: UnitFeatures, _ single: UnitFeatures, isEnglish: Bool
  ) -> Int? {
    let mergedLength = first.length + 1 + second.length
    for (keep, stays, goes) in [(0, first, second), (1, second, first)] {
      guard isSilent(goes, besides: stays, towards: single), support(stays, in: single) > 0
      else { continue }
      let (alone, merged) =
        isEnglish
        ? (
          length.delta(english: stays.length, russian: single.length),
          length.delta(english: mergedLength, russian: single.length)
        )
        : (
          length.delta(english: single.length, russian: stays.length),
          length.delta(english: single.length, russian: mergedLength)
        )
      if alone <= merged { return keep }
    }
    return nil
  }

  /// Whether `unit` has enough to say and none of it, bar what `partner` shares, meets
  /// `other`.
  private func isSilent(
    _ unit: UnitFeatures, besides partner: UnitFeatures, towards other: UnitFeatures
  )
    -> Bool
  {
    guard unit.words.count >= Self.minimumWords || !unit.anchors.isEmpty else { return false }
    var found = false
    SortedOverlap.forEachShared(unit.words, other.words) { word in
      if !partner.words.containsSorted(word) { found = true }
    }
    SortedOverlap.forEachShared(unit.anchors, other.anchors) { anchor in
      if !partner.anchors.containsSorted(anchor) { found = true }
    }
    return !found
  }

  /// The words and anchors of `unit` that `other` holds.
  private func support(_ unit: UnitFeatures, in other: UnitFeatures) -> Int {
    SortedOverlap.count(unit.words, other.words) + SortedOverlap.count(unit.anchors, other.anchors)
  }
}

extension Array where Element == Int32 {
  /// Whether this ascending array holds `value`, by binary search.
  fileprivate func containsSorted(_ value: Int32) -> Bool {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if self[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low < count && self[low] == value
  }
}
