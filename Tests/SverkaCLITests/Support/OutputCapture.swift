// Reads a child process's standard output and error while it runs, for every test that starts
// one (the built binary, a shell script, the browser), so a large output cannot block it.

import Foundation

/// The standard output and error of a process, read to their ends on two background threads.
final class OutputCapture: @unchecked Sendable {
  private let output = Pipe()
  private let error = Pipe()
  private let group = DispatchGroup()
  private var out = Data()
  private var err = Data()

  /// Gives `process` new pipes for its standard output and error; call before `run()`.
  init(_ process: Process) {
    process.standardOutput = output
    process.standardError = error
  }

  /// Starts reading both pipes; call right after `run()`.
  func start() {
    DispatchQueue.global().async(group: group) {
      self.out = self.output.fileHandleForReading.readDataToEndOfFile()
    }
    DispatchQueue.global().async(group: group) {
      self.err = self.error.fileHandleForReading.readDataToEndOfFile()
    }
  }

  /// Waits until both pipes are read to their ends, or `deadline` passes.
  ///
  /// - Returns: `false` when the deadline passed first.
  @discardableResult
  func wait(until deadline: DispatchTime = .distantFuture) -> Bool {
    group.wait(timeout: deadline) == .success
  }

  /// What the process wrote to standard output, decoded as UTF-8.
  var stdout: String { String(decoding: out, as: UTF8.self) }
  /// What the process wrote to standard error, decoded as UTF-8.
  var stderr: String { String(decoding: err, as: UTF8.self) }
}
