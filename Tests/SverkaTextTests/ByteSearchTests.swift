// The memchr and memcmp wrappers.

import SverkaText
import Testing

@Suite struct ByteSearchTests {
  @Test func firstIndex() {
    let text = Array("Первая строка\nвторая\n".utf8)
    text.withUnsafeBufferPointer { bytes in
      let first = ByteSearch.firstIndex(of: 0x0A, in: bytes, from: 0)
      #expect(first == "Первая строка".utf8.count)
      #expect(ByteSearch.firstIndex(of: 0x0A, in: bytes, from: (first ?? 0) + 1) == bytes.count - 1)
      #expect(ByteSearch.firstIndex(of: 0x0A, in: bytes, from: bytes.count) == nil)
      #expect(ByteSearch.firstIndex(of: UInt8(ascii: "x"), in: bytes, from: 0) == nil)
    }
  }

  @Test func equal() {
    #expect("Лавров".hasSameBytes(as: "Лавров"))
    #expect(!"Лавров".hasSameBytes(as: "Лавров."))
    // Canonically equal, different bytes.
    #expect(!"é".hasSameBytes(as: "e\u{0301}"))
    #expect("".hasSameBytes(as: ""))
  }
}
