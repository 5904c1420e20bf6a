// Reads an input file, or standard input for `-`, as bytes: regular files and streams only,
// never past the command's byte limit.

import Foundation
import SverkaModel

#if canImport(Glibc)
  import Glibc
#endif

/// Reading the bytes of the files the user names.
public enum InputFile {
  /// The whole contents of `path`, or of standard input when `path` is `-`.
  ///
  /// A path must name a regular file (through links): a folder, a FIFO, a device or a
  /// socket is refused from `stat(2)`, before it is opened, so `/dev/zero` costs nothing and
  /// a FIFO cannot block. A file's size is checked before reading; standard input, which may
  /// be a pipe, is checked as it is read. Read with `read(2)` straight into the array.
  ///
  /// - Parameters:
  ///   - path: the file, or `-`.
  ///   - limit: the most bytes to read; past it the input is refused.
  /// - Returns: the bytes.
  /// - Throws: ``InputError`` when the file is missing, not a regular file, unreadable or
  ///   larger than `limit`.
  public static func bytes(_ path: String, limit: Int = InputLimits.default.bytes) throws -> [UInt8]
  {
    if path == "-" { return try standardInput(limit: limit) }
    var status = stat()
    guard stat(path, &status) == 0 else {
      let code = errno
      if code == ENOENT || code == ENOTDIR { throw InputError.fileNotFound(path) }
      throw InputError.unreadable(path, reason: String(cString: strerror(code)))
    }
    try checkRegular(status, path: path)
    // O_NONBLOCK: should the path turn into a FIFO between stat and open, open cannot hang.
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else {
      throw InputError.unreadable(path, reason: String(cString: strerror(errno)))
    }
    defer { close(descriptor) }
    guard fstat(descriptor, &status) == 0 else {
      throw InputError.unreadable(path, reason: String(cString: strerror(errno)))
    }
    try checkRegular(status, path: path)
    let size = Int(status.st_size)
    if size > limit { throw InputError.tooLarge(path, bytes: size, limit: limit) }
    return try readAll(descriptor, path: path, limit: limit, expected: size)
  }

  /// The device and inode of `path` after links, or of standard input for `-`; `nil` when
  /// there is none (a missing file, a closed standard input).
  public static func identity(_ path: String) -> FileIdentity? {
    var status = stat()
    let found = path == "-" ? fstat(STDIN_FILENO, &status) : stat(path, &status)
    guard found == 0 else { return nil }
    return FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
  }

  /// Standard input: refused when closed or a folder; read up to `limit` bytes.
  private static func standardInput(limit: Int) throws -> [UInt8] {
    try checkStandardInput()
    return try readAll(STDIN_FILENO, path: "-", limit: limit, expected: 0)
  }

  /// Refuses a closed standard input and a folder given as standard input.
  ///
  /// - Throws: ``InputError/unreadable(_:reason:)`` saying which.
  public static func checkStandardInput() throws {
    var status = stat()
    guard fstat(STDIN_FILENO, &status) == 0 else {
      throw InputError.unreadable("-", reason: "standard input is closed")
    }
    if status.st_mode & S_IFMT == S_IFDIR {
      throw InputError.unreadable("-", reason: "standard input is a folder")
    }
  }

  /// Refuses anything but a regular file, naming what it is.
  private static func checkRegular(_ status: stat, path: String) throws {
    switch status.st_mode & S_IFMT {
    case S_IFREG: return
    case S_IFDIR: throw InputError.unreadable(path, reason: "it is a folder")
    case S_IFIFO: throw InputError.notRegularFile(path, kind: "a FIFO")
    case S_IFCHR: throw InputError.notRegularFile(path, kind: "a character device")
    case S_IFBLK: throw InputError.notRegularFile(path, kind: "a block device")
    case S_IFSOCK: throw InputError.notRegularFile(path, kind: "a socket")
    default: throw InputError.notRegularFile(path, kind: "not a file")
    }
  }

  /// Everything left to read from `descriptor`, expecting about `expected` bytes; it reads
  /// on past them when the file has grown (or is a pipe), up to `limit`.
  private static func readAll(_ descriptor: Int32, path: String, limit: Int, expected: Int)
    throws -> [UInt8]
  {
    // The expected bytes go straight into the array; one byte more tells a file that grew.
    let direct = min(expected, limit) + 1
    var failure: Int32 = 0
    var bytes = [UInt8](unsafeUninitializedCapacity: direct) { buffer, count in
      guard let base = buffer.baseAddress else { return }
      while count < direct {
        let got = read(descriptor, base + count, direct - count)
        if got == 0 { break }
        if got < 0 {
          if errno == EINTR { continue }
          failure = errno
          break
        }
        count += got
      }
    }
    if failure == EAGAIN { return try readAll(blocking: descriptor, path, limit, bytes) }
    if failure != 0 {
      throw InputError.unreadable(path, reason: String(cString: strerror(failure)))
    }
    if bytes.count < direct { return bytes }
    if bytes.count > limit {
      if path == "-" { throw InputError.streamTooLarge(path, limit: limit) }
      throw InputError.tooLarge(path, bytes: bytes.count, limit: limit)
    }
    let chunkSize = 1 << 16
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    while true {
      let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, chunkSize) }
      if got == 0 { break }
      if got < 0 {
        if errno == EINTR { continue }
        if errno == EAGAIN { return try readAll(blocking: descriptor, path, limit, bytes) }
        throw InputError.unreadable(path, reason: String(cString: strerror(errno)))
      }
      if bytes.count + got > limit {
        if path == "-" { throw InputError.streamTooLarge(path, limit: limit) }
        throw InputError.tooLarge(path, bytes: bytes.count + got, limit: limit)
      }
      bytes.append(contentsOf: chunk[0..<got])
    }
    return bytes
  }

  /// Goes on reading after `read(2)` said it would block (standard input opened
  /// non-blocking by the caller's shell): clears `O_NONBLOCK` and reads the rest.
  private static func readAll(
    blocking descriptor: Int32, _ path: String, _ limit: Int, _ head: [UInt8]
  ) throws -> [UInt8] {
    let flags = fcntl(descriptor, F_GETFL)
    _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK)
    let rest = try readAll(descriptor, path: path, limit: limit - head.count, expected: 0)
    return head + rest
  }
}

/// A file's device and inode: two paths name the same file when these are equal.
public struct FileIdentity: Hashable, Sendable {
  /// The device the file is on.
  public let device: UInt64
  /// The file's inode on that device.
  public let inode: UInt64
}
