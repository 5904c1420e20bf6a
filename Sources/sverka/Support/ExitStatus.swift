// The exit statuses `sverka` documents, and the one place a failure becomes one.

import SverkaCore

/// An exit status, thrown by a command that finishes with something other than success.
struct ExitStatus: Error, Equatable {
  let code: Int32

  /// `diff` found differences.
  static let differencesFound = ExitStatus(code: 1)
  /// The arguments or an input are wrong.
  static let usageOrInput = ExitStatus(code: 2)
  /// Sverka itself failed.
  static let internalFailure = ExitStatus(code: 3)
}

extension FailureTally {
  /// The status a many-item command exits with: `nil` when nothing failed,
  /// ``ExitStatus/internalFailure`` when anything failed inside Sverka, otherwise
  /// ``ExitStatus/usageOrInput``.
  var status: ExitStatus? {
    switch worst {
    case nil: nil
    case .input: .usageOrInput
    case .internal: .internalFailure
    }
  }
}
