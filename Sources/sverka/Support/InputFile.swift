// Reads an input file, or standard input for `-`, as bytes.

import Foundation
import SverkaCore

/// Reading the bytes of the files the user names.
enum InputFile {
  /// The whole contents of `path`, or of standard input when `path` is `-`.
  ///
  /// Read with `read(2)` straight into the array: no `Data` in between, no second copy.
  ///
  /// - Throws: ``InputError`` when the file is missing, a folder, unreadable or too large.
  static func bytes(_ path: String) throws -> [UInt8] {
    if path == "-" { return try readAll(STDIN_FILENO, path: path, size: 0) }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      let code = errno
      if code == ENOENT || code == ENOTDIR { throw InputError.fileNotFound(path) }
      throw InputError.unreadable(path, reason: String(cString: strerror(code)))
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw InputError.unreadable(path, reason: String(cString: strerror(errno)))
    }
    if status.st_mode & S_IFMT == S_IFDIR {
      throw InputError.unreadable(path, reason: "it is a folder")
    }
    let size = Int(status.st_size)
    if size > TextDecoder.byteLimit {
      throw InputError.tooLarge(path, bytes: size, limit: TextDecoder.byteLimit)
    }
    return try readAll(descriptor, path: path, size: size)
  }

  /// Everything left to read from `descriptor`, expecting about `size` bytes; it reads on
  /// past them when the file has grown (or is a pipe), and stops once past the limit,
  /// which the decoder then reports.
  private static func readAll(_ descriptor: Int32, path: String, size: Int) throws -> [UInt8] {
    var wanted = max(size + 1, 1 << 16)
    var bytes = try chunk(descriptor, path: path, count: wanted)
    while bytes.count == wanted, bytes.count <= TextDecoder.byteLimit {
      let more = try chunk(descriptor, path: path, count: bytes.count)
      bytes += more
      if more.isEmpty { break }
      wanted = bytes.count
    }
    return bytes
  }

  /// Up to `count` bytes from `descriptor`, fewer only at the end of the input.
  private static func chunk(_ descriptor: Int32, path: String, count: Int) throws -> [UInt8] {
    try [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      initialized = 0
      guard let base = buffer.baseAddress else { return }
      while initialized < count {
        let got = read(descriptor, base + initialized, count - initialized)
        if got == 0 { break }
        if got < 0 {
          if errno == EINTR { continue }
          throw InputError.unreadable(path, reason: String(cString: strerror(errno)))
        }
        initialized += got
      }
    }
  }
}
