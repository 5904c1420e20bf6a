// Reads the files the development aids are given: a path, or standard input for `-`.

import Foundation
import SverkaRead

/// The bytes of an aid's input file.
enum DevInput {
  /// The whole contents of `path`, or of standard input for `-`.
  ///
  /// - Throws: ``InputError/fileNotFound(_:)`` when the file cannot be read.
  static func bytes(_ path: String) throws -> [UInt8] {
    if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw InputError.fileNotFound(path)
    }
    return Array(data)
  }

  /// Writes `text` to standard output.
  static func print(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }
}
