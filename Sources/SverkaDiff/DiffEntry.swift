// A paragraph operation while the diff is being built: 0-based indices on each side.

/// An operation under construction: which paragraphs of each side it takes (0-based) and
/// whether it is out of order.
struct DiffEntry: Sendable, Hashable {
  var a: [Int]
  var b: [Int]
  var similarity: Double?
  var moved = false

  init(a: [Int], b: [Int], similarity: Double?, moved: Bool = false) {
    self.a = a
    self.b = b
    self.similarity = similarity
    self.moved = moved
  }

  /// Only in the old edition.
  var isDeleted: Bool { b.isEmpty }
  /// Only in the new edition.
  var isInserted: Bool { a.isEmpty }
}
