// Tests on eight bytes at once in a 64-bit word, for the passes over whole documents.

/// Per-byte tests on the eight bytes of a word (SWAR): each answer lands in its byte's high
/// bit, exactly, with no carry from one byte into the next.
///
/// Public, not `package`, for speed only: Swift 6.3 inlines an `@inlinable` declaration
/// into other modules only when it is public, and these run once a word over whole
/// documents in SverkaRead and SverkaExport, where a call each would cost more than the test.
public enum ByteLanes {
  /// The high bit of every byte.
  public static let high: UInt64 = 0x8080_8080_8080_8080
  /// The seven low bits of every byte.
  public static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

  /// The eight bytes at `pointer`, the first one lowest.
  @inlinable
  public static func load(_ pointer: UnsafePointer<UInt8>) -> UInt64 {
    UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
  }

  /// `byte` in every byte of a word.
  @inlinable
  public static func spread(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

  /// The high bit of each byte of `word` that equals `byte`.
  @inlinable
  public static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    let difference = word ^ spread(byte)
    return ~(((difference & low7) &+ low7) | difference) & high
  }

  /// Non-zero when some byte of `word` equals `byte`, zero otherwise: the classic zero-byte
  /// test, one operation cheaper than ``equal(_:_:)`` but exact only as a whole (a high bit
  /// may also be set above a matching byte), for scans that only ask whether to look closer.
  @inlinable
  public static func any(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    let difference = word ^ spread(byte)
    return (difference &- spread(1)) & ~difference & high
  }

  /// The high bit of each byte of `word` that is at least `byte`, which is at most 0x80;
  /// bytes of 0x80 and above always are.
  @inlinable
  public static func atLeast(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    (((word & low7) &+ spread(0x80 - byte)) | word) & high
  }

  /// How many bytes have their high bit set, in a word where only high bits are set
  /// (a multiply: the baseline x86-64 target has no population count instruction).
  @inlinable
  public static func count(_ flags: UInt64) -> Int {
    Int(((flags >> 7) &* 0x0101_0101_0101_0101) >> 56)
  }
}
