// Decoding UTF-8 a character at a time around a position, forwards and backwards: the
// segmenter's rules look only a few characters either side of a candidate boundary, so
// they read the bytes in place instead of building strings.

import SverkaText

/// Reads the scalars of valid UTF-8 bytes at and before byte offsets.
struct UTF8Cursor {
  /// The bytes, valid UTF-8 (they come from a Swift `String`).
  let bytes: UnsafeBufferPointer<UInt8>

  /// The number of bytes.
  var count: Int { bytes.count }

  /// The scalar that starts at `offset` and the offset just after it, or `nil` at the end.
  func scalar(at offset: Int) -> (scalar: Unicode.Scalar, next: Int)? {
    guard offset < bytes.count else { return nil }
    let lead = UInt32(bytes[offset])
    if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), offset + 1) }
    var length = 2
    var value = lead & 0x1F
    if lead >= 0xF0 {
      length = 4
      value = lead & 0x07
    } else if lead >= 0xE0 {
      length = 3
      value = lead & 0x0F
    }
    guard offset + length <= bytes.count else { return nil }
    for index in 1..<length { value = value << 6 | (UInt32(bytes[offset + index]) & 0x3F) }
    guard let scalar = Unicode.Scalar(value) else { return nil }
    return (scalar, offset + length)
  }

  /// The scalar that ends just before `offset` and the offset where it starts, or `nil`
  /// at the start.
  func scalar(before offset: Int) -> (scalar: Unicode.Scalar, start: Int)? {
    guard offset > 0 else { return nil }
    var start = offset - 1
    // Continuation bytes are 10xxxxxx; a scalar has at most three of them.
    while start > 0, offset - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    guard let decoded = scalar(at: start) else { return nil }
    return (decoded.scalar, start)
  }

  /// The first offset at or after `offset` that is not white space.
  func skippingWhitespace(from offset: Int) -> Int {
    var position = offset
    while let next = scalar(at: position), next.scalar.isSpaceLike { position = next.next }
    return position
  }

  /// The offset just after the last character before `offset` that is not white space.
  func skippingWhitespace(backFrom offset: Int) -> Int {
    var position = offset
    while let previous = scalar(before: position), previous.scalar.isSpaceLike {
      position = previous.start
    }
    return position
  }

  /// The offset of the first line feed at or after `offset`, or `nil` (C's `memchr`).
  func firstLineFeed(from offset: Int) -> Int? {
    ByteSearch.firstIndex(of: 0x0A, in: bytes, from: offset)
  }

  /// Whether a line feed lies in `range`.
  func containsLineFeed(_ range: Range<Int>) -> Bool {
    range.contains { bytes[$0] == 0x0A }
  }

  /// The offset after the run of non-space characters that starts at `offset`.
  func wordEnd(from offset: Int) -> Int {
    var position = offset
    while let next = scalar(at: position), !next.scalar.isSpaceLike { position = next.next }
    return position
  }

  /// Whether the ASCII `prefix` stands at `offset`.
  func hasPrefix(_ prefix: StaticString, at offset: Int) -> Bool {
    guard offset + prefix.utf8CodeUnitCount <= bytes.count else { return false }
    return (0..<prefix.utf8CodeUnitCount).allSatisfy {
      bytes[offset + $0] == prefix.utf8Start[$0]
    }
  }
}
