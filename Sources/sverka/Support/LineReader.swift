// Reads standard input a line at a time as bytes, so invalid UTF-8 is reported, never
// replaced, and no line can take more than its limit of memory.

import Foundation
import SverkaCore

#if canImport(Glibc)
  import Glibc
#endif

/// Splits what standard input delivers into lines without holding the whole stream.
struct LineReader {
  /// The most bytes of one line; a longer line is an input error.
  let lineLimit: Int
  private static let chunkSize = 1 << 16

  /// Calls `body` with each line's bytes, without its `\n`; a last line without one counts.
  ///
  /// - Throws: ``InputError`` when standard input is closed, a folder or unreadable, or a
  ///   line is longer than ``lineLimit``; what `body` throws.
  func forEachLine(_ body: ([UInt8]) throws -> Void) throws {
    try InputFile.checkStandardInput()
    var pending: [UInt8] = []
    var lineNumber = 1
    var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
    while true {
      let got = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, Self.chunkSize) }
      if got == 0 { break }
      if got < 0 {
        if errno == EINTR { continue }
        throw InputError.unreadable("-", reason: String(cString: strerror(errno)))
      }
      var start = 0
      while let newline = chunk[start..<got].firstIndex(of: 0x0A) {
        try append(chunk[start..<newline], to: &pending, line: lineNumber)
        try body(pending)
        pending.removeAll(keepingCapacity: true)
        lineNumber += 1
        start = newline + 1
      }
      try append(chunk[start..<got], to: &pending, line: lineNumber)
    }
    if !pending.isEmpty { try body(pending) }
  }

  private func append(_ bytes: ArraySlice<UInt8>, to line: inout [UInt8], line number: Int)
    throws
  {
    guard line.count + bytes.count <= lineLimit else {
      throw InputError.malformed(
        "<stdin>", line: number, reason: "longer than the \(lineLimit) bytes a line may have")
    }
    line.append(contentsOf: bytes)
  }
}
