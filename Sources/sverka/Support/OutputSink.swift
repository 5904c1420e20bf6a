// Buffered writing to standard output or to the file named by -o.

import Foundation
import SverkaCore

/// Where a command's output goes: standard output, or a file written whole at the end.
final class OutputSink {
  /// Standard output, buffered.
  nonisolated(unsafe) static let standardOutput = OutputSink(handle: .standardOutput)

  private let handle: FileHandle
  private var buffer: [UInt8] = []
  private static let flushThreshold = 1 << 16

  private init(handle: FileHandle) {
    self.handle = handle
  }

  /// Writes `text` (buffered).
  func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= Self.flushThreshold { flush() }
  }

  /// Writes everything buffered.
  func flush() {
    guard !buffer.isEmpty else { return }
    handle.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }

  /// The sink for `-o PATH`, or standard output when `path` is `nil` or `-`.
  ///
  /// - Throws: ``InputError`` when the file cannot be created.
  static func to(_ path: String?) throws -> OutputSink {
    guard let path, path != "-" else { return standardOutput }
    guard FileManager.default.createFile(atPath: path, contents: nil),
      let handle = FileHandle(forWritingAtPath: path)
    else { throw InputError.unreadable(path, reason: "cannot create the file") }
    return OutputSink(handle: handle)
  }
}
