// Where the test data lives: the pair folders in Pairs/ and the seed page among them.

import Foundation

/// Paths to the repository's test data, found from this file's place in the checkout.
package enum Fixtures {
  /// The repository's root folder.
  package static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// Every pair folder in Pairs/, sorted by name.
  package static let pairFolders: [URL] = {
    let pairs = root.appendingPathComponent("Pairs")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: pairs.path)) ?? []
    return names.sorted().map { pairs.appendingPathComponent($0) }.filter {
      FileManager.default.fileExists(atPath: $0.appendingPathComponent("en-GB.txt").path)
    }
  }()

  /// The seed page: the English edition of the first pair, a byte-exact copy of the page
  /// as captured.
  package static let seedPage: URL = root.appendingPathComponent(
    "Pairs/2018-06-19-lavrov-union-state-minsk/en-GB.txt")

  /// The bytes of a file.
  package static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }
}
