// Work over a range split in two halves, one a thread: the diff's passes over whole editions.

import Dispatch

/// Runs work over two halves of a range at once, for the passes that touch every paragraph.
///
/// The machine Sverka is measured on has two cores; more pieces would only add overhead to
/// work that is already even.
enum TwoThreads {
  /// `work` over `0..<count` in two halves on two threads, joined in order.
  ///
  /// - Parameters:
  ///   - count: the size of the range.
  ///   - work: the work on one half, given the half's number (0 or 1) and its range.
  /// - Returns: both halves' results, the first half's first.
  /// - Throws: the first half's error if it failed, else the second's.
  static func map<Element>(
    _ count: Int, _ work: @Sendable (_ half: Int, _ range: Range<Int>) throws -> [Element]
  ) throws -> [Element] {
    let halves = [0..<(count / 2), (count / 2)..<count]
    nonisolated(unsafe) var results: [Result<[Element], any Error>] =
      Array(repeating: .success([]), count: 2)
    results.withUnsafeMutableBufferPointer { slots in
      nonisolated(unsafe) let slots = slots
      DispatchQueue.concurrentPerform(iterations: 2) { half in
        slots[half] = Result { try work(half, halves[half]) }
      }
    }
    return try results[0].get() + results[1].get()
  }
}
