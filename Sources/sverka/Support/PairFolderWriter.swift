// Writes the pairs that `sverka pair` found as pair folders, ready for `sverka batch`.

import Foundation
import SverkaCore

/// Writes one pair folder a pair: `en-GB.txt`, `ru-RU.txt` and a `README.md` naming the
/// sources and the score.
///
/// A folder is named after the English page's path (`2018/06/lavrov.txt` →
/// `2018-06-lavrov`), with `-2`, `-3`… when two pages give one name. A folder that already
/// exists is never overwritten: the run stops before writing anything.
struct PairFolderWriter {
  /// The folder the pair folders go in (created when missing).
  let root: String
  /// The charset the pages were read in; with one, the editions are written as UTF-8 text,
  /// otherwise as the bytes of the page.
  let encoding: String?

  /// Writes every pair of `pairing`.
  ///
  /// - Parameters:
  ///   - pairing: the pairs.
  ///   - englishRoot: the folder the English pages' paths are relative to.
  ///   - russianRoot: the folder the Russian pages' paths are relative to.
  /// - Throws: ``InputError`` when a page cannot be read again, a pair folder exists
  ///   already, or a file cannot be written.
  func write(_ pairing: Pairing, englishRoot: String, russianRoot: String) throws {
    var used: Set<String> = []
    var planned: [(folder: URL, pair: PagePair)] = []
    let base = URL(fileURLWithPath: root)
    for pair in pairing.pairs {
      let stem = Self.folderName(for: pairing.english[pair.english].path)
      var name = stem
      var number = 2
      while used.contains(name) {
        name = "\(stem)-\(number)"
        number += 1
      }
      used.insert(name)
      let folder = base.appendingPathComponent(name)
      if FileManager.default.fileExists(atPath: folder.path) {
        throw InputError.unwritable(
          folder.path, reason: "it exists already; choose an empty --out-pairs folder")
      }
      planned.append((folder, pair))
    }
    for (folder, pair) in planned {
      let englishPath = (englishRoot as NSString).appendingPathComponent(
        pairing.english[pair.english].path)
      let russianPath = (russianRoot as NSString).appendingPathComponent(
        pairing.russian[pair.russian].path)
      let readme = """
        Paired by `sverka pair` (score \(String(format: "%.3f", pair.score))) from \
        `\(englishPath)` (English) and `\(russianPath)` (Russian).

        """
      let files: [(String, [UInt8])] = [
        (Language.english.editionFileName, try edition(englishPath)),
        (Language.russian.editionFileName, try edition(russianPath)),
        ("README.md", Array(readme.utf8)),
      ]
      do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, bytes) in files {
          try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
      } catch {
        throw InputError.unwritable(folder.path, reason: error.localizedDescription)
      }
    }
  }

  /// The bytes to write for the page at `path`.
  private func edition(_ path: String) throws -> [UInt8] {
    let bytes = try InputFile.bytes(path)
    guard encoding != nil else { return bytes }
    return Array(try TextDecoder(encoding: encoding).decode(bytes, path: path).text.utf8)
  }

  /// A folder name from a page's relative path: its extension dropped, `/` and anything but
  /// letters, digits, `.`, `_` and `-` made `-`.
  static func folderName(for path: String) -> String {
    let stem = (path as NSString).deletingPathExtension
    let name = String(
      stem.unicodeScalars.map { scalar -> Character in
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
          || "._-".unicodeScalars
            .contains(scalar)
          ? Character(scalar) : "-"
      })
    return name.isEmpty || name.hasPrefix(".") ? "pair" + name : name
  }
}
