// Pair folders on disk: a folder holding en-GB.txt and ru-RU.txt, and finding them below a root.

import Foundation
import SverkaModel

#if canImport(Glibc)
  import Glibc
#endif

/// A folder that holds the English and the Russian edition of one statement.
public struct PairFolder: Sendable {
  /// The folder's path.
  public let path: String

  /// The English edition's path.
  public var english: String {
    (path as NSString).appendingPathComponent(Language.english.editionFileName)
  }
  /// The Russian edition's path.
  public var russian: String {
    (path as NSString).appendingPathComponent(Language.russian.editionFileName)
  }

  /// The pair folder at `path`.
  ///
  /// - Throws: ``InputError`` when the path is missing, not a folder, or lacks an edition.
  public init(_ path: String) throws {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw InputError.fileNotFound(path)
    }
    guard isDirectory.boolValue else {
      throw InputError.notAPairFolder(path, missing: "second file or folder")
    }
    self.path = path
    for edition in [english, russian] where !FileManager.default.fileExists(atPath: edition) {
      throw InputError.notAPairFolder(path, missing: (edition as NSString).lastPathComponent)
    }
  }

  /// Checks that an edition read from a pair folder is in the language its file name says,
  /// so that a Russian text saved as `en-GB.txt` is named as such.
  ///
  /// - Throws: ``InputError/wrongLanguage(_:expected:found:)`` when it is not.
  public static func check(_ statement: SegmentedStatement, is language: Language) throws {
    guard statement.language == language else {
      throw InputError.wrongLanguage(
        statement.path ?? "-", expected: language, found: statement.language)
    }
  }

  /// Every pair folder at or below `root`, sorted by path.
  ///
  /// Links to folders are followed, so a linked pair folder is aligned under the link's
  /// name; a folder reached a second time (a link cycle, or two links to one folder) is
  /// reported through `noticed` and not entered again.
  ///
  /// - Parameters:
  ///   - root: the folder to search.
  ///   - skipped: called for a folder that holds one edition but not the other.
  ///   - noticed: called with a line about a folder that is passed over for another reason.
  /// - Returns: the pair folders.
  /// - Throws: ``InputError`` when `root` is not a folder.
  public static func all(
    below root: String, skipped: (InputError) -> Void, noticed: (String) -> Void = { _ in }
  ) throws -> [PairFolder] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else {
      throw InputError.fileNotFound(root)
    }
    guard isDirectory.boolValue else {
      throw InputError.unreadable(root, reason: "not a folder")
    }
    var folders: [String] = []
    var seen: [FileIdentity: String] = [:]
    var pending = [root]
    while let folder = pending.popLast() {
      guard let identity = InputFile.identity(folder) else { continue }
      if let first = seen[identity] {
        noticed(
          "\(folder.escapingControls()): skipped, the same folder as "
            + "\(first.escapingControls()) (a link)")
        continue
      }
      seen[identity] = folder
      folders.append(folder)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      for name in names.sorted().reversed() {
        let full = (folder as NSString).appendingPathComponent(name)
        var status = stat()
        // stat(2), not lstat: a link to a folder counts as the folder.
        if stat(full, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
          pending.append(full)
        }
      }
    }
    var pairs: [PairFolder] = []
    for folder in folders.sorted() {
      do {
        pairs.append(try PairFolder(folder))
      } catch let error as InputError {
        // A folder with one edition but not the other is most likely a misnamed file.
        let editions = Language.allCases.map {
          (folder as NSString).appendingPathComponent($0.editionFileName)
        }
        if editions.contains(where: FileManager.default.fileExists(atPath:)) {
          skipped(error)
        }
      }
    }
    return pairs
  }
}
