// The in-order matching of two integer sequences: patience anchors, then LCS in the gaps.

/// Finds an in-order matching between two sequences of integers.
///
/// Patience diff first: common prefix and suffix, then the elements that occur exactly
/// once in both ranges, kept in order by a longest increasing subsequence, and the same
/// again between those anchors; a gap with no unique common element gets a classic LCS
/// when it is small enough and no matches when it is not (the paragraph passes after this
/// one pair what is left by similarity, so nothing is lost).
package enum SequenceAligner {
  /// The largest gap, in cells (`n × m`), that gets a quadratic LCS.
  static let lcsCellLimit = 1 << 20

  /// The matched index pairs, increasing in both components.
  ///
  /// - Complexity: O((n + m) · d) for anchor levels `d`, plus O(n · m) for gaps without
  ///   unique elements up to ``lcsCellLimit`` cells.
  package static func matches(_ a: [Int32], _ b: [Int32]) -> [(Int, Int)] {
    var result: [(Int, Int)] = []
    var stack: [(Range<Int>, Range<Int>)] = [(0..<a.count, 0..<b.count)]
    var pieces: [(Int, Int)] = []
    while let (ra, rb) = stack.popLast() {
      var aLo = ra.lowerBound
      var bLo = rb.lowerBound
      var aHi = ra.upperBound
      var bHi = rb.upperBound
      while aLo < aHi, bLo < bHi, a[aLo] == b[bLo] {
        pieces.append((aLo, bLo))
        aLo += 1
        bLo += 1
      }
      var suffix: [(Int, Int)] = []
      while aLo < aHi, bLo < bHi, a[aHi - 1] == b[bHi - 1] {
        aHi -= 1
        bHi -= 1
        suffix.append((aHi, bHi))
      }
      if aLo < aHi, bLo < bHi {
        let anchors = uniqueAnchors(a, aLo..<aHi, b, bLo..<bHi)
        if anchors.isEmpty {
          pieces.append(contentsOf: lcs(a, aLo..<aHi, b, bLo..<bHi))
        } else {
          // Sub-ranges go on the stack; pieces are sorted at the end.
          var pa = aLo
          var pb = bLo
          for (ia, ib) in anchors {
            stack.append((pa..<ia, pb..<ib))
            pieces.append((ia, ib))
            pa = ia + 1
            pb = ib + 1
          }
          stack.append((pa..<aHi, pb..<bHi))
        }
      }
      pieces.append(contentsOf: suffix)
    }
    result = pieces.sorted { $0.0 < $1.0 }
    return result
  }

  /// The elements unique in both ranges, as index pairs, thinned to an increasing chain.
  private static func uniqueAnchors(
    _ a: [Int32], _ ra: Range<Int>, _ b: [Int32], _ rb: Range<Int>
  ) -> [(Int, Int)] {
    // count > 0: seen once at that index + 1 in a; -1: seen more than once.
    var inA: [Int32: Int] = [:]
    inA.reserveCapacity(ra.count)
    for i in ra { inA[a[i]] = inA[a[i]] == nil ? i + 1 : -1 }
    var inB: [Int32: Int] = [:]
    inB.reserveCapacity(rb.count)
    for j in rb where inA[b[j]].map({ $0 > 0 }) == true {
      inB[b[j]] = inB[b[j]] == nil ? j + 1 : -1
    }
    var candidates: [(Int, Int)] = []
    for j in rb {
      guard let jb = inB[b[j]], jb > 0, let ia = inA[b[j]], ia > 0 else { continue }
      candidates.append((ia - 1, j))
    }
    return longestIncreasingChain(candidates)
  }

  /// The longest subsequence of `pairs` (sorted by second component) whose first
  /// components increase, by patience sorting.
  private static func longestIncreasingChain(_ pairs: [(Int, Int)]) -> [(Int, Int)] {
    guard !pairs.isEmpty else { return [] }
    var tails: [Int] = []  // index into pairs of the smallest tail of each length
    var previous = [Int](repeating: -1, count: pairs.count)
    for (index, pair) in pairs.enumerated() {
      var low = 0
      var high = tails.count
      while low < high {
        let mid = (low + high) / 2
        if pairs[tails[mid]].0 < pair.0 { low = mid + 1 } else { high = mid }
      }
      if low > 0 { previous[index] = tails[low - 1] }
      if low == tails.count { tails.append(index) } else { tails[low] = index }
    }
    var chain: [(Int, Int)] = []
    var cursor = tails.last ?? -1
    while cursor >= 0 {
      chain.append(pairs[cursor])
      cursor = previous[cursor]
    }
    return chain.reversed()
  }

  /// A longest common subsequence by dynamic programming, or nothing if too large.
  private static func lcs(
    _ a: [Int32], _ ra: Range<Int>, _ b: [Int32], _ rb: Range<Int>
  ) -> [(Int, Int)] {
    let n = ra.count
    let m = rb.count
    guard n * m <= lcsCellLimit else { return [] }
    var present = Set<Int32>()
    for i in ra { present.insert(a[i]) }
    guard rb.contains(where: { present.contains(b[$0]) }) else { return [] }
    let width = m + 1
    var table = [Int32](repeating: 0, count: (n + 1) * width)
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in stride(from: m - 1, through: 0, by: -1) {
        table[i * width + j] =
          a[ra.lowerBound + i] == b[rb.lowerBound + j]
          ? table[(i + 1) * width + j + 1] + 1
          : max(table[(i + 1) * width + j], table[i * width + j + 1])
      }
    }
    var result: [(Int, Int)] = []
    var i = 0
    var j = 0
    while i < n, j < m {
      if a[ra.lowerBound + i] == b[rb.lowerBound + j] {
        result.append((ra.lowerBound + i, rb.lowerBound + j))
        i += 1
        j += 1
      } else if table[(i + 1) * width + j] >= table[i * width + j + 1] {
        i += 1
      } else {
        j += 1
      }
    }
    return result
  }
}
