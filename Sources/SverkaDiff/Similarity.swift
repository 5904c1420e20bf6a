// Word-token similarity of paragraphs and groups of paragraphs, on sorted stem ids.

/// Dice similarity over multisets of stems: twice the shared tokens over all tokens.
enum Similarity {
  /// The sorted union (with multiplicity) of several sorted multisets.
  static func merged(_ parts: [[Int32]]) -> [Int32] {
    parts.count == 1 ? parts[0] : parts.flatMap { $0 }.sorted()
  }
}
