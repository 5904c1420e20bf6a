// One hostile or unusual input: how to lay it out, the command, and what Sverka must answer.

import Foundation
import Testing

/// A case of the hostile-input battery: files, a shell line that `exec`s the binary, and the
/// expected exit status, standard-error line and output.
struct HostileCase: Sendable, CustomTestStringConvertible {
  let id: String
  /// Lays out the case's files in the scratch folder.
  let setUp: @Sendable (Scratch) throws -> Void
  /// The shell line, run in the scratch folder; it ends by `exec`-ing `"$SVERKA"`.
  let script: String
  let status: Int32
  /// Text standard error must contain; `nil` when it must be empty.
  let message: String?
  /// Whether standard error must be that one line (`batch` adds progress lines).
  let oneLine: Bool
  /// Further checks of the run and of the files it left.
  let check: @Sendable (ShellRun, Scratch) -> [String]

  var testDescription: String { id }

  init(
    _ id: String, setUp: @escaping @Sendable (Scratch) throws -> Void = { _ in },
    _ script: String, status: Int32, message: String?, oneLine: Bool = true,
    check: @escaping @Sendable (ShellRun, Scratch) -> [String] = { _, _ in [] }
  ) {
    self.id = id
    self.setUp = setUp
    self.script = script
    self.status = status
    self.message = message
    self.oneLine = oneLine
    self.check = check
  }
}
