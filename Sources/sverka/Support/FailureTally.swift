// Counts the items a many-item command (`batch`, `map`) could not finish, and the exit
// status they call for: an input error is 2, anything else is Sverka's own failure, 3.

import Foundation
import SverkaCore

/// The failed items of a command that goes on after a failure, counted from many threads.
///
/// STYLE.md maps an ``InputError`` to exit status 2 and everything else, ICU's failures
/// among them, to 3; an internal failure outranks an input error, so a run that had both
/// ends with 3.
final class FailureTally: @unchecked Sendable {
  private let lock = NSLock()
  private var inputErrors = 0
  private var internalErrors = 0

  /// Counts `error` and returns the one-line message to report it with.
  func record(_ error: any Error) -> String {
    lock.lock()
    defer { lock.unlock() }
    if let error = error as? InputError {
      inputErrors += 1
      return error.description
    }
    internalErrors += 1
    return "internal error: \(error)"
  }

  /// The number of failed items.
  var count: Int {
    lock.lock()
    defer { lock.unlock() }
    return inputErrors + internalErrors
  }

  /// The status to exit with: `nil` when nothing failed, ``ExitStatus/internalFailure``
  /// when anything failed inside Sverka, otherwise ``ExitStatus/usageOrInput``.
  var status: ExitStatus? {
    lock.lock()
    defer { lock.unlock() }
    if internalErrors > 0 { return .internalFailure }
    return inputErrors > 0 ? .usageOrInput : nil
  }
}
