// A word as a dictionary key by its UTF-8 bytes, for the caches of words the aligner and the
// check have seen.

/// A text that hashes and compares by its UTF-8 bytes.
///
/// `String` hashes and compares by canonical equivalence, which on Cyrillic costs a
/// normalisation check every time. A cache keyed by the exact bytes only ever answers for
/// the text it was filled from, so it gives what working the answer out again would.
package struct ByteKey: Hashable {
  /// The text the key stands for.
  package let text: String

  /// The key of `text`.
  package init(_ text: String) { self.text = text }

  package static func == (left: ByteKey, right: ByteKey) -> Bool {
    left.text.hasSameBytes(as: right.text)
  }

  package func hash(into hasher: inout Hasher) {
    var text = text
    text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}
