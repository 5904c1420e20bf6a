// Buffered writing to standard output or to the file named by -o.

import Foundation
import SverkaCore

#if canImport(Glibc)
  import Glibc
#endif

/// Where a command's output goes: standard output, or a file written whole at the end.
final class OutputSink {
  /// Standard output, buffered.
  nonisolated(unsafe) static let standardOutput = OutputSink(handle: .standardOutput, name: "-")

  private let handle: FileHandle
  /// The output's name in messages: the file, or `-` for standard output.
  private let name: String
  private var buffer: [UInt8] = []
  private static let flushThreshold = 1 << 16

  private init(handle: FileHandle, name: String) {
    self.handle = handle
    self.name = name
  }

  /// Writes `text` (buffered).
  ///
  /// - Throws: ``InputError/unwritable(_:reason:)`` when the output cannot take it.
  func write(_ text: String) throws {
    var text = text
    try text.withUTF8 { try write($0) }
  }

  /// Writes the UTF-8 `bytes` (buffered).
  ///
  /// - Throws: ``InputError/unwritable(_:reason:)`` when the output cannot take them.
  func write(_ bytes: [UInt8]) throws {
    try bytes.withUnsafeBufferPointer { try write($0) }
  }

  private func write(_ bytes: UnsafeBufferPointer<UInt8>) throws {
    // A large piece with nothing before it goes out as it is, without a copy in the buffer.
    if buffer.isEmpty && bytes.count >= Self.flushThreshold {
      try writeAll(UnsafeRawBufferPointer(bytes))
      return
    }
    buffer.append(contentsOf: bytes)
    if buffer.count >= Self.flushThreshold { try flush() }
  }

  /// Writes everything buffered.
  ///
  /// - Throws: ``InputError/unwritable(_:reason:)`` when the output cannot take it (a full
  ///   disk, a closed pipe): output is never cut short in silence.
  func flush() throws {
    guard !buffer.isEmpty else { return }
    defer { buffer.removeAll(keepingCapacity: true) }
    // What cannot be written is dropped with the rest, so that the error is reported once.
    try buffer.withUnsafeBytes { try writeAll($0) }
  }

  /// Writes all of `bytes`, going on after partial writes and interruptions.
  ///
  /// - Throws: ``InputError/unwritable(_:reason:)`` when the output cannot take them.
  private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
    // POSIX write(2) directly: it reports a full disk or a closed pipe, which Foundation's
    // FileHandle does not reliably do on Linux.
    let descriptor = handle.fileDescriptor
    var written = 0
    while written < bytes.count {
      let result = Glibc.write(
        descriptor, bytes.baseAddress.map { $0 + written }, bytes.count - written)
      if result < 0 {
        if errno == EINTR { continue }
        throw InputError.unwritable(name, reason: String(cString: strerror(errno)))
      }
      written += result
    }
  }

  /// The sink for `-o PATH`, or standard output when `path` is `nil` or `-`.
  ///
  /// - Parameters:
  ///   - path: the output file, or `nil` or `-` for standard output.
  ///   - inputs: the command's inputs (`-` for standard input); the output must be none of
  ///     them, compared by device and inode after links.
  /// - Returns: the sink.
  /// - Throws: ``InputError/outputIsInput(_:input:)`` when it is one, naming both;
  ///   ``InputError/unwritable(_:reason:)`` when the file cannot be created.
  static func to(_ path: String?, inputs: [String]) throws -> OutputSink {
    try checkDistinct(output: path, inputs: inputs)
    guard let path, path != "-" else { return standardOutput }
    // open(2), not FileManager.createFile: that replaces the path by a new file, which would
    // turn `-o /dev/stdout` or a symbolic link into a regular file.
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else {
      throw InputError.unwritable(path, reason: String(cString: strerror(errno)))
    }
    return OutputSink(
      handle: FileHandle(fileDescriptor: descriptor, closeOnDealloc: true), name: path)
  }

  /// Refuses an output that is one of the inputs, standard input included, so that
  /// `sverka segment - < x.txt -o x.txt` is caught as `sverka segment x.txt -o x.txt` is.
  ///
  /// - Throws: ``InputError/outputIsInput(_:input:)`` naming both.
  static func checkDistinct(output path: String?, inputs: [String]) throws {
    guard let path, path != "-", let output = InputFile.identity(path) else { return }
    for input in inputs where InputFile.identity(input) == output {
      throw InputError.outputIsInput(path, input: input)
    }
  }
}
