// ICU's transliterators (utrans), such as Russian-Latin/BGN, on Swift strings.
import CSverkaICU

extension ICU {
  /// An ICU transliterator, such as `"Russian-Latin/BGN"` or `"Any-Latin; Latin-ASCII"`.
  ///
  /// A transliterator is not safe to share between tasks; open one per task.
  package final class Transliterator {
    private let handle: OpaquePointer
    /// The ID it was opened with.
    package let identifier: String

    /// Opens the transliterator with an ICU transform ID.
    ///
    /// - Throws: ``ICUError`` when ICU has no such transform.
    package init(_ identifier: String) throws {
      let units = Array(identifier.utf16)
      var status: Int32 = 0
      let opened = CSverkaICU_transliteratorOpen(units, Int32(units.count), &status)
      try ICU.check(status, "open transliterator \(identifier)")
      guard let opened else {
        throw ICUError(status: status, operation: "open transliterator \(identifier)")
      }
      handle = opened
      self.identifier = identifier
    }

    deinit { CSverkaICU_transliteratorClose(handle) }

    /// The transliteration of `text`.
    ///
    /// - Throws: ``ICUError`` when ICU fails.
    package func transliterate(_ text: String) throws -> String {
      let units = Array(text.utf16)
      var capacity = units.count * 4 + 16
      // A Cyrillic letter becomes at most four Latin ones (щ → shch), so one retry suffices.
      for _ in 0..<2 {
        var status: Int32 = 0
        var length = Int32(units.count)
        let output = [UInt16](unsafeUninitializedCapacity: capacity) { storage, count in
          let base = storage.baseAddress.unsafelyUnwrapped
          units.withUnsafeBufferPointer { source in
            base.update(from: source.baseAddress.unsafelyUnwrapped, count: source.count)
          }
          CSverkaICU_transliterate(handle, base, &length, Int32(capacity), &status)
          count = status > 0 ? 0 : Int(length)
        }
        if ICU.isBufferOverflow(status) {
          capacity = max(Int(length), capacity * 2) + 16
          continue
        }
        try ICU.check(status, "transliterate with \(identifier)")
        return String(decoding: output, as: UTF16.self)
      }
      throw ICUError(
        status: CSverkaICU_bufferOverflowStatus(), operation: "transliterate with \(identifier)")
    }
  }
}
