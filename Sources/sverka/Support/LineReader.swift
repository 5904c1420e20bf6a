// Reads a stream a line at a time as bytes, so invalid UTF-8 is reported, never replaced.

import Foundation

/// Splits what a file handle delivers into lines without holding the whole stream.
struct LineReader {
  let handle: FileHandle
  private static let chunkSize = 1 << 16

  /// Calls `body` with each line's bytes, without its `\n`; a last line without one counts.
  ///
  /// - Throws: what reading the handle or `body` throws.
  func forEachLine(_ body: ([UInt8]) throws -> Void) throws {
    var pending: [UInt8] = []
    while let chunk = try handle.read(upToCount: Self.chunkSize), !chunk.isEmpty {
      var start = chunk.startIndex
      while let newline = chunk[start...].firstIndex(of: 0x0A) {
        pending.append(contentsOf: chunk[start..<newline])
        try body(pending)
        pending.removeAll(keepingCapacity: true)
        start = chunk.index(after: newline)
      }
      pending.append(contentsOf: chunk[start...])
    }
    if !pending.isEmpty { try body(pending) }
  }
}
