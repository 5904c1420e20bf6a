// The matching keys of both editions' paragraphs, folded on two threads.

import Dispatch

/// The interned matching key and short hash of every paragraph of two editions.
///
/// Folding is the one pass over all of both texts, so each edition is folded on its own
/// thread with its own ``KeyFolder``; the keys are then interned in order, which keeps
/// the ids the same on every run.
struct ParagraphKeys {
  /// For each edition, the interned key of each paragraph.
  let ids: (a: [Int32], b: [Int32])
  /// For each edition, the short hash of each paragraph's key.
  let hashes: (a: [String], b: [String])

  /// Folds and interns the keys of `a` and `b`.
  ///
  /// - Throws: ``ICUError`` when ICU's normalizer fails.
  init(_ a: [String], _ b: [String], interner: KeyInterner) throws {
    let sides = [a, b]
    nonisolated(unsafe) var folded: [Result<[(bytes: [UInt8], hash: UInt64)], any Error>] =
      Array(repeating: .success([]), count: 2)
    folded.withUnsafeMutableBufferPointer { results in
      nonisolated(unsafe) let results = results
      DispatchQueue.concurrentPerform(iterations: 2) { side in
        results[side] = Result {
          let folder = KeyFolder(normalizer: Normalizer())
          return try sides[side].map { text in
            let bytes = try folder.keyBytes(text)
            return (bytes, KeyHash.fnv1a(bytes))
          }
        }
      }
    }
    let keysA = try folded[0].get()
    let keysB = try folded[1].get()
    ids = (
      keysA.map { interner.intern($0.bytes, hash: $0.hash) },
      keysB.map { interner.intern($0.bytes, hash: $0.hash) }
    )
    hashes = (keysA.map { KeyHash.short($0.hash) }, keysB.map { KeyHash.short($0.hash) })
  }
}
