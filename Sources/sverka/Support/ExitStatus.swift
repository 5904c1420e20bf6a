// The exit statuses `sverka` documents.

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
