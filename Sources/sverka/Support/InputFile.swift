// Reads an input file, or standard input for `-`, as bytes.

import Foundation
import SverkaCore

/// Reading the bytes of the files the user names.
enum InputFile {
  /// The whole contents of `path`, or of standard input when `path` is `-`.
  ///
  /// - Throws: ``InputError`` when the file is missing, a folder, unreadable or too large.
  static func bytes(_ path: String) throws -> [UInt8] {
    if path == "-" {
      return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw InputError.fileNotFound(path)
    }
    if isDirectory.boolValue { throw InputError.unreadable(path, reason: "it is a folder") }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    if size > TextDecoder.byteLimit {
      throw InputError.tooLarge(path, bytes: size, limit: TextDecoder.byteLimit)
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw InputError.unreadable(path, reason: "permission denied")
    }
    defer { try? handle.close() }
    do {
      return [UInt8](try handle.readToEnd() ?? Data())
    } catch {
      throw InputError.unreadable(path, reason: error.localizedDescription)
    }
  }
}
