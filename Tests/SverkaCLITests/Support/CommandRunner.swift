// Runs the built `sverka` binary as a user would and captures what it prints.

import Foundation

/// What one run of `sverka` did.
struct CommandResult {
  let status: Int32
  let stdout: String
  let stderr: String
}

/// Runs the built binary.
enum CommandRunner {
  /// The repository's root folder.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The `sverka` binary beside the test bundle in the build folder.
  static var binary: URL { executable("sverka") }

  /// The executable `name` beside the test bundle in the build folder.
  static func executable(_ name: String) -> URL {
    var folder = Bundle.main.bundleURL
    if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
    return folder.appendingPathComponent(name)
  }

  /// Runs `program` (`sverka` unless named) with `arguments`, feeding `input` to its
  /// standard input.
  static func run(_ arguments: [String], input: [UInt8] = [], program: String = "sverka")
    throws -> CommandResult
  {
    let process = Process()
    process.executableURL = executable(program)
    process.arguments = arguments
    process.currentDirectoryURL = root
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    process.environment = environment
    let stdin = Pipe()
    process.standardInput = stdin
    let capture = OutputCapture(process)
    try process.run()
    capture.start()
    stdin.fileHandleForWriting.write(Data(input))
    try stdin.fileHandleForWriting.close()
    capture.wait()
    process.waitUntilExit()
    return CommandResult(
      status: process.terminationStatus, stdout: capture.stdout, stderr: capture.stderr)
  }

  /// A new temporary file holding `bytes`.
  static func temporaryFile(_ bytes: [UInt8], name: String = "input.txt") throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("sverka-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent(name)
    try Data(bytes).write(to: file)
    return file.path
  }
}
