// How many ids two sorted arrays share: the one merge behind the aligner's concept overlap
// and the revision diff's stem similarity.

/// Counts the values two ascending arrays of ids share, in one merge.
package enum SortedOverlap {
  /// The number of values `left` and `right` share, each sorted ascending; with repeated
  /// values, as multisets (`[1, 1, 2]` and `[1, 1, 1]` share 2).
  ///
  /// - Complexity: O(*l* + *r*), the arrays' lengths.
  @inlinable
  package static func count(_ left: [Int32], _ right: [Int32]) -> Int {
    var count = 0
    var i = 0
    var j = 0
    left.withUnsafeBufferPointer { a in
      right.withUnsafeBufferPointer { b in
        while i < a.count && j < b.count {
          let x = a[i]
          let y = b[j]
          if x == y {
            count += 1
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
    return count
  }
}
