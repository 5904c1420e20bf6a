// The `sverka` command: its subcommands, and the one place where errors become exit codes.

import ArgumentParser
import Foundation
import SverkaCore

/// The root command.
///
/// Exit codes: 0 success (for `diff` and `track`, nothing to report); 1 differences found by
/// `diff`, or a stale translation found by `track`;
/// 2 a usage, input or output error, with a one-line message; 3 an internal failure.
@main
struct Sverka: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sverka",
    abstract: "Collate the English and Russian editions of official statements.",
    discussion: """
      Exit codes: 0 success (diff, track: nothing to report), 1 diff: differences found, \
      track: translation needs work, \
      2 usage, input or output error, 3 internal failure.
      """,
    version: "0.1.0",
    subcommands: [
      Read.self, Segment.self, Align.self, Diff.self, Track.self, Batch.self, MapRecords.self,
      Pair.self,
    ]
  )

  static func main() {
    var parsed = false
    do {
      var command = try parseAsRoot()
      parsed = true
      try command.run()
      exit(0)
    } catch let error as InputError {
      printError(error.description)
      exit(ExitStatus.usageOrInput)
    } catch let status as ExitStatus {
      exit(status.code)
    } catch {
      if exitCode(for: error) == .success {
        print(fullMessage(for: error))
        exit(0)
      }
      if parsed && !(error is ValidationError) {
        printError("internal error: \(error)")
        exit(ExitStatus.internalFailure)
      }
      // swift-argument-parser's own codes (64, 1) must not leak: every usage error is 2.
      let message = message(for: error).split(separator: "\n").first.map(String.init)
      printError((message ?? "invalid usage") + " (see 'sverka --help')")
      exit(ExitStatus.usageOrInput)
    }
  }

  private static func exit(_ code: Int32) -> Never {
    do {
      try OutputSink.standardOutput.flush()
    } catch {
      printError("\(error)")
      Foundation.exit(ExitStatus.usageOrInput.code)
    }
    Foundation.exit(code)
  }

  private static func exit(_ status: ExitStatus) -> Never { exit(status.code) }

  private static func printError(_ line: String) {
    // Nothing is left to tell when standard error itself cannot be written.
    try? FileHandle.standardError.write(contentsOf: Data(("sverka: " + line + "\n").utf8))
  }
}
