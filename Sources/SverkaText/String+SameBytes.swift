// Byte-for-byte equality of two texts, for the many paragraphs two editions share.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension String {
  /// Whether the two strings have the same UTF-8 bytes: one `memcmp`, where `==` checks
  /// canonical equivalence, which costs far more on non-ASCII text whenever it cannot
  /// tell from the bytes alone.
  package func hasSameBytes(as other: String) -> Bool {
    var first = self
    var second = other
    return first.withUTF8 { left in
      second.withUTF8 { right in
        guard left.count == right.count else { return false }
        guard let leftBase = left.baseAddress, let rightBase = right.baseAddress else {
          return true
        }
        return memcmp(leftBase, rightBase, left.count) == 0
      }
    }
  }
}
