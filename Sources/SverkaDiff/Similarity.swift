// Word-token similarity of paragraphs and groups of paragraphs, on sorted stem ids.

/// Dice similarity over multisets of stems: twice the shared tokens over all tokens.
enum Similarity {
  /// The number of tokens two sorted multisets share.
  ///
  /// - Complexity: O(a + b).
  static func overlap(_ a: [Int32], _ b: [Int32]) -> Int {
    var i = 0
    var j = 0
    var shared = 0
    while i < a.count, j < b.count {
      if a[i] == b[j] {
        shared += 1
        i += 1
        j += 1
      } else if a[i] < b[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return shared
  }

  /// The sorted union (with multiplicity) of several sorted multisets.
  static func merged(_ parts: [[Int32]]) -> [Int32] {
    parts.count == 1 ? parts[0] : parts.flatMap { $0 }.sorted()
  }
}
