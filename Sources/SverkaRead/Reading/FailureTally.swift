// Counts the items a many-item command (`batch`, `map`) could not finish, and which kind of
// failure the run ends with: the input's, or Sverka's own.

import Foundation

/// The failed items of a command that goes on after a failure, counted from many threads.
///
/// An ``InputError`` is the input's fault (exit status 2 in the CLI); anything else, ICU's
/// failures among them, is Sverka's own (status 3). An internal failure outranks an input
/// error, so a run that had both ends as an internal failure.
public final class FailureTally: @unchecked Sendable {
  /// Whose fault the worst failure of a run was.
  public enum Fault: Sendable, Equatable {
    /// An input was at fault.
    case input
    /// Sverka itself failed.
    case `internal`
  }

  private let lock = NSLock()
  private var inputErrors = 0
  private var internalErrors = 0

  /// A tally with nothing counted yet.
  public init() {}

  /// Counts `error` and returns the one-line message to report it with.
  public func record(_ error: any Error) -> String {
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
  public var count: Int {
    lock.lock()
    defer { lock.unlock() }
    return inputErrors + internalErrors
  }

  /// The worst failure counted: `nil` when nothing failed, ``Fault/internal`` when anything
  /// failed inside Sverka, otherwise ``Fault/input``.
  public var worst: Fault? {
    lock.lock()
    defer { lock.unlock() }
    if internalErrors > 0 { return .internal }
    return inputErrors > 0 ? .input : nil
  }
}
