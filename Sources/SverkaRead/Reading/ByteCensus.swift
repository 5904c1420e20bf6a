// Counts what the decoder checks in UTF-8 text, in loops the compiler can vectorise.

import SverkaText

/// The counts of one pass over UTF-8 bytes that tell text from binary data.
///
/// The bytes are looked at eight at a time in a 64-bit word (SWAR: each byte's flag lands
/// in its high bit, exactly, without carries between bytes), and counted only in the rare
/// words that hold a control character, so a whole document is checked at close to
/// memory speed. Offsets are found afterwards, and only when a count says there is
/// something to find.
struct ByteCensus {
  /// NUL bytes.
  var zeros = 0
  /// Control characters: C0 but tab, line feed, form feed and carriage return; DEL; C1
  /// (the two-byte sequences `C2 80` to `C2 9F`).
  var controls = 0
  /// Carriage returns.
  var carriageReturns = 0
  /// Whether some byte is above the space, so at least one character is visible.
  var hasVisible = false

  /// Counts `bytes`.
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    tally(base[0], after: 0)
    var offset = 1
    var visible: UInt64 = 0
    while offset + 8 <= bytes.count {
      let word = ByteLanes.load(base + offset)
      let previous = ByteLanes.load(base + offset - 1)
      // Bytes below 0x20 but tab, line feed and form feed (NUL and CR among them), DEL,
      // and the second bytes of C1 controls.
      let below20 = ~ByteLanes.atLeast(word, 0x20) & ByteLanes.high
      let unusual =
        below20 & ~ByteLanes.equal(word, 0x09) & ~ByteLanes.equal(word, 0x0A) & ~ByteLanes.equal(
          word, 0x0C)
        | ByteLanes.equal(word, 0x7F)
        | ByteLanes.equal(previous, 0xC2) & ByteLanes.equal(word & ByteLanes.spread(0xE0), 0x80)
      if unusual != 0 {
        let zeros = ByteLanes.equal(word, 0)
        let returns = ByteLanes.equal(word, 0x0D)
        self.zeros += zeros.nonzeroBitCount
        carriageReturns += returns.nonzeroBitCount
        controls += (unusual & ~returns).nonzeroBitCount
      }
      visible |= ByteLanes.atLeast(word, 0x21)
      offset += 8
    }
    hasVisible = hasVisible || visible != 0
    while offset < bytes.count {
      tally(base[offset], after: base[offset - 1])
      offset += 1
    }
  }

  /// The census of two texts written one after the other, when the first ends in an ASCII
  /// byte, so that no C1 control straddles them.
  func followed(by next: ByteCensus) -> ByteCensus {
    var sum = self
    sum.zeros += next.zeros
    sum.controls += next.controls
    sum.carriageReturns += next.carriageReturns
    sum.hasVisible = hasVisible || next.hasVisible
    return sum
  }

  /// Counts one byte that follows `previous`.
  private mutating func tally(_ byte: UInt8, after previous: UInt8) {
    zeros += byte == 0 ? 1 : 0
    carriageReturns += byte == 0x0D ? 1 : 0
    let c1 = previous == 0xC2 && byte & 0xE0 == 0x80
    controls += Self.isSingleByteControl(byte) || c1 ? 1 : 0
    hasVisible = hasVisible || byte > 0x20
  }

  /// C0 controls but tab, line feed, form feed and carriage return (a line end that the
  /// decoder unifies), and DEL.
  static func isSingleByteControl(_ byte: UInt8) -> Bool {
    (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D)
      || byte == 0x7F
  }

  /// The offset of the first control character (of a C1 control, its `C2` byte), or
  /// `nil` when there is none.
  static func firstControl(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var previous: UInt8 = 0
    for (offset, byte) in bytes.enumerated() {
      if isSingleByteControl(byte) { return offset }
      if previous == 0xC2 && byte & 0xE0 == 0x80 { return offset - 1 }
      previous = byte
    }
    return nil
  }
}
