// The ids two sorted arrays share: the one merge behind the aligner's concept overlap,
// the revision diff's stem similarity and the crawl pairing's weighted concept overlap.

/// The values two ascending arrays of ids share, found in one merge.
package enum SortedOverlap {
  /// The number of values `left` and `right` share, each sorted ascending; with repeated
  /// values, as multisets (`[1, 1, 2]` and `[1, 1, 1]` share 2).
  ///
  /// - Complexity: O(*l* + *r*), the arrays' lengths.
  @inlinable
  package static func count(_ left: [Int32], _ right: [Int32]) -> Int {
    var count = 0
    forEachShared(left, right) { _ in count += 1 }
    return count
  }

  /// Calls `body` with each value `left` and `right` share, each sorted ascending, in
  /// ascending order; a repeated value as often as both arrays hold it.
  ///
  /// - Complexity: O(*l* + *r*), the arrays' lengths.
  @inlinable
  package static func forEachShared(
    _ left: [Int32], _ right: [Int32], _ body: (Int32) -> Void
  ) {
    var i = 0
    var j = 0
    left.withUnsafeBufferPointer { a in
      right.withUnsafeBufferPointer { b in
        while i < a.count && j < b.count {
          let x = a[i]
          let y = b[j]
          if x == y {
            body(x)
            i += 1
            j += 1
          } else if x < y {
            i += 1
          } else {
            j += 1
          }
        }
      }
    }
  }
}
