// ICU's charset detection (ucsdet) and conversion (ucnv) for files that are not UTF-8.
import CSverkaICU

extension ICU {
  /// A charset guessed by ICU's detector.
  package struct CharsetGuess: Sendable, Equatable {
    /// ICU's name for it, such as `windows-1251` or `KOI8-R`.
    package let name: String
    /// ICU's confidence, from 0 to 100.
    package let confidence: Int
  }

  /// ICU's best guess at the charset of `bytes`, or `nil` when it has none.
  package static func detectCharset(_ bytes: [UInt8]) -> CharsetGuess? {
    guard !bytes.isEmpty else { return nil }
    var status: Int32 = 0
    var confidence: Int32 = 0
    var name = [CChar](repeating: 0, count: 64)
    // ICU's detector reads at most a few kilobytes to decide; more only costs time.
    let sample = Int32(min(bytes.count, 1 << 16))
    CSverkaICU_detectCharset(bytes, sample, &name, Int32(name.count), &confidence, &status)
    guard status <= 0 else { return nil }
    let terminated = name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
    return CharsetGuess(
      name: String(decoding: terminated, as: UTF8.self), confidence: Int(confidence))
  }

  /// A byte sequence that is not valid in the charset it was decoded from.
  package struct InvalidSequence: Error, Sendable, Equatable {
    /// The byte offset of the sequence.
    package let offset: Int

    /// Creates the error for a sequence at `offset`.
    package init(offset: Int) { self.offset = offset }
  }

  /// Decodes `bytes` from `charset` through ICU's converters.
  ///
  /// - Throws: ``InvalidSequence`` at the first byte sequence not valid in `charset`;
  ///   ``ICUError`` when ICU does not know the charset or fails otherwise.
  package static func decode(_ bytes: [UInt8], charset: String) throws -> String {
    guard bytes.count < Int(Int32.max) else {
      throw ICUError(status: 1, operation: "convert a file over 2 GiB from \(charset)")
    }
    var capacity = bytes.count + 16
    for _ in 0..<3 {
      var status: Int32 = 0
      var errorOffset: Int32 = -1
      let output = [UInt16](unsafeUninitializedCapacity: capacity) { storage, count in
        count = Int(
          CSverkaICU_convertToUTF16(
            charset, bytes, Int32(bytes.count), storage.baseAddress.unsafelyUnwrapped,
            Int32(capacity), &errorOffset, &status))
      }
      if isBufferOverflow(status) {
        // ICU's lengths are 32-bit: past that there is no larger buffer to try.
        guard capacity < Int(Int32.max) / 2 else { break }
        capacity *= 2
        continue
      }
      if errorOffset >= 0 { throw InvalidSequence(offset: Int(errorOffset)) }
      try check(status, "convert from \(charset)")
      return String(decoding: output, as: UTF16.self)
    }
    throw ICUError(status: CSverkaICU_bufferOverflowStatus(), operation: "convert from \(charset)")
  }
}
