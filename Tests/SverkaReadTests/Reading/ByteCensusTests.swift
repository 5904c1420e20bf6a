// The word-at-a-time byte census must count exactly what a byte-by-byte loop counts.

import SverkaTestSupport
import Testing

@testable import SverkaRead

@Suite struct ByteCensusTests {
  /// The census, one byte at a time, as the definition says.
  static func reference(_ bytes: [UInt8]) -> ByteCensus {
    var census = ByteCensus(UnsafeBufferPointer(start: nil, count: 0))
    var previous: UInt8 = 0
    for byte in bytes {
      census.zeros += byte == 0 ? 1 : 0
      census.carriageReturns += byte == 0x0D ? 1 : 0
      let c0 = byte < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains(byte)
      let c1 = previous == 0xC2 && (0x80...0x9F).contains(byte)
      census.controls += c0 || byte == 0x7F || c1 ? 1 : 0
      census.hasVisible = census.hasVisible || byte > 0x20
      previous = byte
    }
    return census
  }

  static func census(_ bytes: [UInt8]) -> ByteCensus {
    bytes.withUnsafeBufferPointer { ByteCensus($0) }
  }

  @Test func countsLikeTheByteLoop() {
    // Bytes drawn mostly from the ones the census looks for, at every alignment.
    let interesting: [UInt8] = [
      0x00, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1F, 0x20, 0x21, 0x41, 0x7E, 0x7F, 0x80, 0x9F,
      0xA0, 0xBF, 0xC2, 0xD0, 0xE2, 0xFF,
    ]
    var generator = SeededGenerator(seed: 2026)
    for length in 0..<200 {
      for _ in 0..<20 {
        let bytes = (0..<length).map { _ in interesting.randomElement(using: &generator) ?? 0 }
        let fast = Self.census(bytes)
        let slow = Self.reference(bytes)
        #expect(fast.zeros == slow.zeros, "\(bytes)")
        #expect(fast.controls == slow.controls, "\(bytes)")
        #expect(fast.carriageReturns == slow.carriageReturns, "\(bytes)")
        #expect(fast.hasVisible == slow.hasVisible, "\(bytes)")
      }
    }
  }

  @Test func c1ControlAcrossAWordBoundary() {
    // `C2 85` (NEL) with its lead byte ending one eight-byte word and its second byte
    // starting the next.
    let bytes = Array("abcdefg".utf8) + [0xC2] + [0x85] + Array("hijklmnop".utf8)
    #expect(Self.census(bytes).controls == 1)
    #expect(ByteCensus.firstControl(UnsafeBufferPointer(start: nil, count: 0)) == nil)
    #expect(bytes.withUnsafeBufferPointer { ByteCensus.firstControl($0) } == 7)
  }

  @Test func russianTextHasNoControls() {
    let text = "«Союзное государство» — 2018−2019 гг.\u{00A0}С.В.Лавров.\r\n"
    let census = Self.census(Array(text.utf8))
    #expect(census.controls == 0)
    #expect(census.carriageReturns == 1)
    #expect(census.zeros == 0)
    #expect(census.hasVisible)
  }

  /// A long text is surveyed in two halves at once; the halves' census and validity must be
  /// the whole's, whatever lies on either side of the cut: a C1 control, a carriage return,
  /// a Cyrillic letter, or a broken sequence.
  @Test(arguments: [
    (Array("\u{85}".utf8), true), (Array("\r".utf8), true), (Array("Ж".utf8), true),
    ([0xD0], false), ([0xE2, 0x80], false),
  ])
  func twoHalvesSurveyLikeOnePass(_ insert: [UInt8], valid: Bool) {
    let line = Array("Сверка — the collation of two texts.\n".utf8)
    let lines = TextDecoder.surveyHalvingSize / line.count + 2
    var bytes = Array([[UInt8]](repeating: line, count: lines).joined())
    let middle = bytes.count / 2
    let cut = (bytes[middle...].firstIndex(of: 0x0A) ?? 0) + 1
    // Before the full stop that ends a line, at a line's start, and after its first letter.
    for offset in [cut - 2, cut, cut + 2] {
      var text = bytes
      text.insert(contentsOf: insert, at: offset)
      let (census, isValid) = text.withUnsafeBufferPointer { TextDecoder.survey($0) }
      let whole = Self.census(text)
      #expect(isValid == valid, "\(insert) at \(offset)")
      #expect(isValid == text.withUnsafeBufferPointer { UTF8Validation.isValid($0) })
      #expect(census.zeros == whole.zeros && census.controls == whole.controls)
      #expect(census.carriageReturns == whole.carriageReturns)
      #expect(census.hasVisible == whole.hasVisible)
    }
    bytes[0] = 0
    #expect(bytes.withUnsafeBufferPointer { TextDecoder.survey($0) }.census.zeros == 1)
  }
}
