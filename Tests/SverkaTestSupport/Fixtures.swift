// Where the test data lives: the pair folders in Pairs/ and the seed page among them.

import Foundation
import SverkaRead

/// Paths to the repository's test data, found from this file's place in the checkout.
package enum Fixtures {
  /// The repository's root folder.
  package static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// Every pair folder in Pairs/, sorted by name, found as `sverka batch` finds them.
  package static let pairFolders: [URL] = {
    let pairs = root.appendingPathComponent("Pairs").path
    let folders = (try? PairFolder.all(below: pairs, skipped: { _ in })) ?? []
    return folders.map { URL(fileURLWithPath: $0.path) }
  }()

  /// The seed page: the English edition of the first pair, a byte-exact copy of the page
  /// as captured.
  package static let seedPage: URL = root.appendingPathComponent(
    "Pairs/2018-06-19-lavrov-union-state-minsk/en-GB.txt")

  /// The bytes of a file.
  package static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }
}
