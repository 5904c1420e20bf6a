// Running a few independent tasks at once and collecting their results in order.

import Dispatch

/// Maps indices to results on every core at once.
///
/// `concurrentPerform` runs tasks on the calling thread too, so a map never waits for a free
/// thread, even when its caller runs on a pool's thread.
package enum Concurrently {
  /// `body` of every index below `count`, computed at once, in index order.
  package static func map<Value>(_ count: Int, _ body: @Sendable (Int) -> Value) -> [Value] {
    var results = [Value?](repeating: nil, count: count)
    results.withUnsafeMutableBufferPointer { buffer in
      // Each task writes only its own slot.
      nonisolated(unsafe) let slots = buffer
      DispatchQueue.concurrentPerform(iterations: count) { slots[$0] = body($0) }
    }
    return results.map { result in
      guard let result else { preconditionFailure("a concurrent task left no result") }
      return result
    }
  }

  /// `body` of every index below `count`, computed at once, in index order.
  ///
  /// - Throws: the error of the lowest index whose task failed.
  package static func tryMap<Value>(_ count: Int, _ body: @Sendable (Int) throws -> Value) throws
    -> [Value]
  {
    try map(count) { index in Result { try body(index) } }.map { try $0.get() }
  }
}
