// The word-at-a-time UTF-8 check must accept exactly what the standard library accepts.

import SverkaTestSupport
import Testing

@testable import SverkaRead

@Suite struct UTF8ValidationTests {
  static func agrees(_ bytes: [UInt8]) -> Bool {
    let fast = bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) }
    return fast == (String(validating: bytes, as: UTF8.self) != nil)
  }

  /// Text before a sequence, so that it falls at different places in an eight-byte word,
  /// and a two-byte letter may carry from one word into the next.
  static let heads: [[UInt8]] = [
    [], Array("abcde".utf8), Array("abcdefg".utf8), Array("abcdefghi".utf8),
    Array("abcdeЖ".utf8), [0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0xD0],
  ]

  @Test(arguments: 0..<6) func everyTwoByteSequence(head: Int) {
    let tail = Array("Жabcdefgh".utf8)
    for first in 0...255 {
      for second in 0...255 {
        let pair = Self.heads[head] + [UInt8(first), UInt8(second)]
        #expect(Self.agrees(pair), "\(pair)")
        #expect(Self.agrees(pair + tail), "\(pair + tail)")
      }
    }
  }

  @Test(arguments: [0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xC0])
  func longerSequences(lead: Int) {
    let fourths: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0xBF, 0xC0, 0xD0, 0xFF]
    for second in 0...255 {
      for third: UInt8 in [0x00, 0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xD0, 0xFF] {
        for fourth in fourths {
          let bytes = [UInt8(lead), UInt8(second), third, fourth]
          #expect(Self.agrees(bytes), "\(bytes)")
          #expect(Self.agrees(Self.heads[2] + bytes + Self.heads[3]), "\(bytes)")
        }
      }
    }
  }

  @Test func mixedSequencesAtRandom() {
    let pieces: [[UInt8]] = [
      Array("a".utf8), Array("Ж".utf8), Array("я".utf8), Array("—".utf8), Array("😀".utf8),
      Array("\n".utf8), [0x80], [0xD0], [0xE2, 0x80], [0xC1, 0x80], [0xED, 0xA0, 0x80],
      [0xF4, 0x90, 0x80, 0x80],
    ]
    var generator = SeededGenerator(seed: 2026)
    for _ in 0..<20_000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 0..<30, using: &generator) {
        let roll = Int.random(in: 0..<100, using: &generator)
        let piece = roll < 97 ? pieces[roll % 6] : pieces[6 + roll % 6]
        bytes += piece
      }
      #expect(Self.agrees(bytes), "\(bytes)")
    }
  }

  @Test func acceptsBothEditionsAndRejectsTheRussianCutMidLetter() throws {
    let folder = "Pairs/2018-06-19-lavrov-union-state-minsk/"
    let english = try Fixtures.bytes(Fixtures.seedPage)
    let russian = try Fixtures.bytes(Fixtures.root.appendingPathComponent(folder + "ru-RU.txt"))
    #expect(english.withUnsafeBufferPointer { UTF8Validation.isValid($0) })
    #expect(russian.withUnsafeBufferPointer { UTF8Validation.isValid($0) })
    let cyrillic = try #require(russian.firstIndex(of: 0xD0))
    let cut = Array(russian[..<(cyrillic + 1)])
    #expect(!cut.withUnsafeBufferPointer { UTF8Validation.isValid($0) })
    #expect(Self.agrees(cut))
  }
}
