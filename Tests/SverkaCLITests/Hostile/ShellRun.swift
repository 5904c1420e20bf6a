// Runs `sverka` through /bin/sh in a scratch folder, so a case can close or redirect standard
// input, and kills a run that stalls so a hang fails its case instead of the suite.

import Foundation

/// One shell run of the built binary, its outcome and whether it had to be killed.
struct ShellRun {
  let status: Int32
  let stdout: String
  let stderr: String
  let timedOut: Bool

  /// The seconds a run may take before it counts as a hang.
  static let timeout: TimeInterval = 20

  /// Runs `script` with `/bin/sh -c` in `folder`, `$SVERKA` naming the binary and `$PAIR`
  /// the sample pair folder; standard input is `/dev/null` unless the script redirects it.
  /// The script must end by `exec`-ing the binary, so that a stalled run can be killed.
  static func run(_ script: String, in folder: URL) throws -> ShellRun {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", script]
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    environment["SVERKA"] = CommandRunner.binary.path
    environment["PAIR"] = CommandRunner.root.appendingPathComponent(Scratch.pair).path
    environment["NO_COLOR"] = "1"
    process.environment = environment
    process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
    let capture = OutputCapture(process)
    try process.run()
    capture.start()
    let finished = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      process.waitUntilExit()
      finished.signal()
    }
    let timedOut = finished.wait(timeout: .now() + timeout) == .timedOut
    if timedOut {
      // Scripts `exec` the binary last, so the process is sverka itself.
      kill(process.processIdentifier, SIGKILL)
      finished.wait()
    }
    capture.wait()
    return ShellRun(
      status: process.terminationStatus, stdout: capture.stdout, stderr: capture.stderr,
      timedOut: timedOut)
  }
}
