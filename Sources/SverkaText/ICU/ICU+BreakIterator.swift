// ICU's break iterator (ubrk) over UTF-8 text: sentence, word, line and character boundaries.
import CSverkaICU

extension ICU {
  /// An ICU break iterator that reports boundaries as UTF-8 byte offsets.
  ///
  /// An iterator holds mutable state, so use one per task.
  package final class BreakIterator {
    /// The kinds of boundary ICU can find.
    package enum Kind: Int32, Sendable {
      case character = 0
      case word = 1
      case line = 2
      case sentence = 3
    }

    private let handle: OpaquePointer

    /// Opens an iterator.
    ///
    /// - Parameters:
    ///   - kind: which boundaries to find.
    ///   - locale: an ICU locale ID such as `"en@ss=standard"` (abbreviation suppressions on).
    /// - Throws: ``ICUError`` when ICU cannot open it.
    package init(_ kind: Kind, locale: String) throws {
      var status: Int32 = 0
      let opened = CSverkaICU_breakOpen(kind.rawValue, locale, &status)
      try ICU.check(status, "open \(kind) break iterator for \(locale)")
      guard let opened else {
        throw ICUError(status: status, operation: "open \(kind) break iterator")
      }
      handle = opened
    }

    deinit { CSverkaICU_breakClose(handle) }

    /// Calls `body` with every boundary after the start of `utf8`, in order, ending with
    /// the end of the text, together with the status of the rule that made it.
    ///
    /// - Parameters:
    ///   - utf8: UTF-8 bytes, which must stay alive during the call.
    ///   - body: receives a byte offset and a rule status (`UWordBreak` values for words).
    /// - Throws: ``ICUError`` when ICU cannot take the text.
    package func forEachBoundary(
      in utf8: UnsafeBufferPointer<UInt8>, _ body: (Int, Int32) -> Void
    ) throws {
      guard let base = utf8.baseAddress, !utf8.isEmpty else { return }
      var status: Int32 = 0
      CSverkaICU_breakSetText(handle, base, Int64(utf8.count), &status)
      try ICU.check(status, "set the text of a break iterator")
      while case let next = CSverkaICU_breakNext(handle), next >= 0 {
        body(Int(next), CSverkaICU_breakRuleStatus(handle))
      }
    }

    /// The boundaries of `text` as UTF-8 byte offsets, excluding 0 and including the end.
    ///
    /// - Throws: ``ICUError`` when ICU cannot take the text.
    package func boundaries(in text: String) throws -> [Int] {
      var copy = text
      var result: [Int] = []
      try copy.withUTF8 { (bytes) in
        try forEachBoundary(in: bytes) { offset, _ in result.append(offset) }
      }
      return result
    }
  }
}
