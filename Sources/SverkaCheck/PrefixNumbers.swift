// One numbering of stem prefixes for the name check's matchers, so words read on different
// threads compare their prefixes as integers.

import Foundation

/// A number for each stem prefix met, the same for the same prefix whichever matcher asks.
///
/// The words of the two editions are read on two threads (``DocumentWords``), each with its
/// own ``NameMatcher``, and an English word's translations must carry the numbers that the
/// Russian words' prefixes get. A number is asked for only when a matcher meets a word for
/// the first time, so the lock is rarely contended.
final class PrefixNumbers: @unchecked Sendable {
  private let lock = NSLock()
  private var numbers: [String: Int] = [:]

  /// No prefix numbered yet.
  init() {}

  /// The number of `prefix`, given now if it has none.
  func number(of prefix: String) -> Int {
    lock.withLock {
      if let known = numbers[prefix] { return known }
      let number = numbers.count
      numbers[prefix] = number
      return number
    }
  }
}
