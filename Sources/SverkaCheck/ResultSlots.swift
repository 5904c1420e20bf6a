// Results that tasks of different kinds fill in from several threads.

import Foundation

/// Results filled in from several threads, read once they have all finished.
final class ResultSlots<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [Result<Value, any Error>?]

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ result: Result<Value, any Error>) {
    lock.lock()
    defer { lock.unlock() }
    slots[index] = result
  }

  /// The result at `index`; it must have been set.
  func get(_ index: Int) throws -> Value {
    lock.lock()
    let result = slots[index]
    lock.unlock()
    guard let result else { preconditionFailure("result \(index) read before it was set") }
    return try result.get()
  }
}
