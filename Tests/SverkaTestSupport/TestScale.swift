// How many generated cases a seeded test runs: a few in the suite, evaluation-sized on demand.

import Foundation

/// The size of generated tests: small and fast in `swift test`, large with `SVERKA_LARGE=1`
/// (what `tools/large-tests.sh` sets), with the same seeds, generators and invariants.
package enum TestScale {
  /// Whether the evaluation-sized runs were asked for.
  package static let isLarge = ProcessInfo.processInfo.environment["SVERKA_LARGE"] == "1"

  /// `large` when `SVERKA_LARGE=1`, else `small`.
  package static func count(small: Int, large: Int) -> Int { isLarge ? large : small }
}
