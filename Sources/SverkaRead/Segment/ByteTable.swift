// A set of byte values tested with a shift and a mask, for scans that test every byte of a
// text.

/// A set of byte values, one bit per value.
struct ByteTable: Sendable {
  /// Bit `b % 64` of word `b / 64` is set when byte `b` is a member.
  private let words: SIMD4<UInt64>

  /// A table holding `members`.
  init(_ members: [UInt8]) {
    var words = SIMD4<UInt64>()
    for member in members { words[Int(member >> 6)] |= 1 << UInt64(member & 63) }
    self.words = words
  }

  /// Whether `byte` is a member.
  @inline(__always)
  func contains(_ byte: UInt8) -> Bool {
    (words[Int(byte &>> 6)] &>> UInt64(byte & 63)) & 1 != 0
  }
}
