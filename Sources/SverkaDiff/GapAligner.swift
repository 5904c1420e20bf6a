// Pairs the leftover paragraphs between two anchors by similarity, allowing splits and merges.

import SverkaText

/// Aligns the paragraphs of a gap between anchors: one to one (changed), one to two or
/// three (split), two or three to one (merged), or none (deleted, inserted).
///
/// Dynamic programming maximises the shared tokens of the pairs it makes, each pair
/// gated by the similarity threshold; a split or merge also needs every part to share at
/// least half of its tokens with the other side, so an unrelated new paragraph next to a
/// changed one is not swallowed into a split.
struct GapAligner {
  /// One step of the alignment: how many paragraphs of each side it takes.
  struct Step: Equatable {
    var a: Int
    var b: Int
  }

  /// The largest gap, in cells, that is aligned; bigger gaps are left to the move pass.
  static let cellLimit = 250_000

  let threshold: Double

  /// The steps that cover `aRange` and `bRange`, in order, each with its similarity.
  ///
  /// - Complexity: O(n · m) similarity computations for a gap of `n` by `m` paragraphs.
  func align(_ a: DiffSide, _ aRange: Range<Int>, _ b: DiffSide, _ bRange: Range<Int>) throws
    -> [(Step, Double?)]
  {
    let n = aRange.count
    let m = bRange.count
    if n == 0 || m == 0 || n * m > Self.cellLimit {
      return Array(repeating: (Step(a: 1, b: 0), nil), count: n)
        + Array(repeating: (Step(a: 0, b: 1), nil), count: m)
    }
    let aStems = try aRange.map { try a.stems($0) }
    let bStems = try bRange.map { try b.stems($0) }
    let width = m + 1
    var score = [Double](repeating: -1, count: (n + 1) * width)
    var choice = [Step](repeating: Step(a: 0, b: 0), count: (n + 1) * width)
    var similarity = [Double?](repeating: nil, count: (n + 1) * width)
    score[0] = 0
    let shapes = [
      Step(a: 1, b: 1), Step(a: 1, b: 2), Step(a: 2, b: 1), Step(a: 1, b: 3), Step(a: 3, b: 1),
    ]
    for i in 0...n {
      for j in 0...m where i + j > 0 {
        var best = -1.0
        var bestStep = Step(a: 0, b: 0)
        var bestSimilarity: Double? = nil
        if i > 0, score[(i - 1) * width + j] > best {
          best = score[(i - 1) * width + j]
          bestStep = Step(a: 1, b: 0)
        }
        if j > 0, score[i * width + j - 1] > best {
          best = score[i * width + j - 1]
          bestStep = Step(a: 0, b: 1)
        }
        for shape in shapes where shape.a <= i && shape.b <= j {
          let previous = score[(i - shape.a) * width + j - shape.b]
          guard previous >= 0 else { continue }
          let aParts = Array(aStems[(i - shape.a)..<i])
          let bParts = Array(bStems[(j - shape.b)..<j])
          guard let (gain, value) = pairScore(aParts, bParts) else { continue }
          if previous + gain > best {
            best = previous + gain
            bestStep = shape
            bestSimilarity = value
          }
        }
        score[i * width + j] = best
        choice[i * width + j] = bestStep
        similarity[i * width + j] = bestSimilarity
      }
    }
    var steps: [(Step, Double?)] = []
    var i = n
    var j = m
    while i > 0 || j > 0 {
      let step = choice[i * width + j]
      steps.append((step, similarity[i * width + j]))
      i -= step.a
      j -= step.b
    }
    return steps.reversed()
  }

  /// The gain (shared tokens) and similarity of pairing these parts, or `nil` when they
  /// are not similar enough.
  func pairScore(_ aParts: [[Int32]], _ bParts: [[Int32]]) -> (Double, Double)? {
    let aAll = Similarity.merged(aParts)
    let bAll = Similarity.merged(bParts)
    let total = aAll.count + bAll.count
    guard total > 0 else { return (0, 1) }
    // A cheap bound first: Dice can be no more than the length ratio allows.
    let bound = 2.0 * Double(min(aAll.count, bAll.count)) / Double(total)
    guard bound >= threshold else { return nil }
    let shared = SortedOverlap.count(aAll, bAll)
    let value = Double(2 * shared) / Double(total)
    guard value >= threshold else { return nil }
    if aParts.count > 1 || bParts.count > 1 {
      let (parts, whole) = aParts.count > 1 ? (aParts, bAll) : (bParts, aAll)
      for part in parts where part.isEmpty || 2 * SortedOverlap.count(part, whole) < part.count {
        return nil
      }
    }
    return (Double(2 * shared), value)
  }
}
