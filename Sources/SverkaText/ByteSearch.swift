// The C library's byte search and comparison, wrapped once for the passes over whole texts:
// `memchr` finds line feeds and `memcmp` compares keys several times faster than Swift loops.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Searching and comparing runs of bytes with `memchr` and `memcmp`.
package enum ByteSearch {
  /// The offset in `bytes` of the first `byte` at or after `offset`, or `nil` when there
  /// is none.
  @inlinable
  package static func firstIndex(
    of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from offset: Int
  ) -> Int? {
    guard let base = bytes.baseAddress, offset < bytes.count,
      let found = memchr(base + offset, Int32(byte), bytes.count - offset)
    else { return nil }
    return UnsafeRawPointer(found) - UnsafeRawPointer(base)
  }

  /// Whether two runs of bytes are equal, byte for byte.
  @inlinable
  package static func equal(_ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer)
    -> Bool
  {
    guard first.count == second.count else { return false }
    guard let firstBase = first.baseAddress, let secondBase = second.baseAddress else {
      return true
    }
    return memcmp(firstBase, secondBase, first.count) == 0
  }
}
