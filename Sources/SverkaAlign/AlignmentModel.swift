// The parameters of the cost, with defaults and their re-estimation from a first pass.

import SverkaText

/// The numbers behind the aligner's cost: length ratio and variance (Gale–Church), and how
/// often a word or an anchor of a unit finds its match in the translation and by chance.
///
/// The first pass runs with ``initial(english:russian:)``; the second with figures measured
/// on the first pass's confident one-to-one links (``estimated(from:english:russian:)``).
struct AlignmentModel: Sendable {
  /// Gale–Church's length model.
  var length: LengthCost
  /// The share of content words that find a translation in a true link.
  var wordMatch: Double
  /// The share of content words that find a "translation" in an unrelated unit.
  var wordChance: Double
  /// The share of numbers, months and acronyms found on the other side of a true link.
  var anchorMatch: Double
  /// The same share between unrelated units.
  var anchorChance: Double

  /// Defaults, with the length ratio of the two documents.
  static func initial(english: [UnitFeatures], russian: [UnitFeatures]) -> AlignmentModel {
    let englishLength = english.reduce(0) { $0 + $1.length }
    let russianLength = russian.reduce(0) { $0 + $1.length }
    let ratio = englishLength > 0 && russianLength > 0 ? russianLength / englishLength : 1.1
    return AlignmentModel(
      length: LengthCost(ratio: min(max(ratio, 0.5), 2.5), variance: 6.8), wordMatch: 0.45,
      wordChance: 0.04, anchorMatch: 0.85, anchorChance: 0.08)
  }

  /// The model re-estimated from one-to-one `links` (pairs of English and Russian units),
  /// or `self` when there are too few to say.
  func estimated(
    from links: [(english: Int, russian: Int)], english: [UnitFeatures],
    russian: [UnitFeatures]
  ) -> AlignmentModel {
    guard links.count >= 8 else { return self }
    var englishLength = 0.0
    var russianLength = 0.0
    for link in links {
      englishLength += english[link.english].length
      russianLength += russian[link.russian].length
    }
    let ratio = min(max(russianLength / max(englishLength, 1), 0.5), 2.5)
    var squares = 0.0
    for link in links {
      let e = english[link.english].length
      let r = russian[link.russian].length
      let base = max(1, (e + r / ratio) / 2)
      squares += (r - ratio * e) * (r - ratio * e) / base
    }
    let variance = min(max(squares / Double(links.count), 1), 40)

    func rates(offset: Int) -> (words: Double, anchors: Double) {
      var matched = 0.0
      var words = 0.0
      var anchorMatched = 0.0
      var anchors = 0.0
      for (index, link) in links.enumerated() {
        let other = links[(index + offset) % links.count]
        let e = english[link.english]
        let r = russian[other.russian]
        let n = Double(e.stems.count + r.stems.count) / 2
        matched += min(Double(SortedOverlap.count(e.words, r.words)), n)
        words += n
        let a = Double(e.anchors.count + r.anchors.count) / 2
        anchorMatched += min(Double(SortedOverlap.count(e.anchors, r.anchors)), a)
        anchors += a
      }
      return (matched / max(words, 1), anchors > 0 ? anchorMatched / anchors : -1)
    }
    let aligned = rates(offset: 0)
    let chance = rates(offset: max(3, links.count / 2))
    var model = self
    model.length = LengthCost(ratio: ratio, variance: variance)
    model.wordMatch = min(max(aligned.words, 0.15), 0.9)
    model.wordChance = min(max(chance.words, 0.005), model.wordMatch / 4)
    if aligned.anchors >= 0 && chance.anchors >= 0 {
      model.anchorMatch = min(max(aligned.anchors, 0.5), 0.97)
      model.anchorChance = min(max(chance.anchors, 0.01), model.anchorMatch / 4)
    }
    return model
  }
}
