// The eight-bytes-at-once tests against a byte-by-byte reading of the same words.

import SverkaText
import Testing

@Suite struct ByteLanesTests {
  /// Words of real UTF-8 text (`Лавров.`, `e.g. «да»`), read eight bytes at a time.
  static let words: [[UInt8]] = {
    let text = Array("Лавров. U.S. 19 June 201823:03 — «да»; e.g. (1) ok?\n…•!".utf8)
    return stride(from: 0, to: text.count - 7, by: 1).map { Array(text[$0..<($0 + 8)]) }
  }()

  @Test func equalAndAnyAgreeWithTheBytes() {
    for bytes in Self.words {
      let word = bytes.withUnsafeBufferPointer { buffer in
        buffer.baseAddress.map { ByteLanes.load($0) } ?? 0
      }
      for probe: UInt8 in [0x2E, 0x3F, 0x21, 0x3B, 0x29, 0x5D, 0x0A, 0xA6, 0xA2, 0xF0, 0xD0, 0x00] {
        let expected = bytes.enumerated().reduce(UInt64(0)) { flags, pair in
          pair.element == probe ? flags | (0x80 << (8 * UInt64(pair.offset))) : flags
        }
        #expect(ByteLanes.equal(word, probe) == expected)
        #expect((ByteLanes.any(word, probe) != 0) == (expected != 0))
        #expect(ByteLanes.count(expected) == bytes.filter { $0 == probe }.count)
      }
    }
  }
}
