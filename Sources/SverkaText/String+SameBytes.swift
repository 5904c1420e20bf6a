// Byte-for-byte equality of two texts, for the many paragraphs two editions share.

extension String {
  /// Whether the two strings have the same UTF-8 bytes: one `memcmp`, where `==` checks
  /// canonical equivalence, which costs far more on non-ASCII text whenever it cannot
  /// tell from the bytes alone.
  package func hasSameBytes(as other: String) -> Bool {
    var first = self
    var second = other
    return first.withUTF8 { left in
      second.withUTF8 { right in
        ByteSearch.equal(UnsafeRawBufferPointer(left), UnsafeRawBufferPointer(right))
      }
    }
  }
}
