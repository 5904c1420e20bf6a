// A set of words that answers "no" cheaply: the segmenter looks up the word before nearly
// every full stop, and nearly all of them are in none of its lists.

/// A set of strings with a prefilter on each word's UTF-8 length and first byte, so that a
/// word of a shape no entry has is rejected without hashing the string.
struct WordSet: Sendable {
  private let words: Set<String>
  /// One bit per (UTF-8 length mod 64, first byte) that some entry has.
  private let shapes: [UInt64]

  /// A set of `words`.
  init(_ words: Set<String>) {
    var shapes = [UInt64](repeating: 0, count: 64 * 256 / 64)
    for word in words {
      let bit = Self.shape(of: word)
      shapes[bit >> 6] |= 1 << UInt64(bit & 63)
    }
    self.words = words
    self.shapes = shapes
  }

  /// Both sets' words.
  func union(_ other: WordSet) -> WordSet { WordSet(words.union(other.words)) }

  /// Whether `word` is in the set.
  func contains(_ word: String) -> Bool {
    let bit = Self.shape(of: word)
    guard shapes[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return false }
    return words.contains(word)
  }

  private static func shape(of word: String) -> Int {
    (word.utf8.count & 63) << 8 | Int(word.utf8.first ?? 0)
  }
}
