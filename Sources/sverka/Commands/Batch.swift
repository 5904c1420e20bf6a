// `sverka batch`: align every pair folder below a folder, in parallel, with progress on stderr.

import ArgumentParser
import Foundation
import SverkaCore

/// Aligns every pair folder below a folder and writes one file a pair.
struct Batch: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Align every pair folder below DIR, in parallel.",
    discussion: """
      A pair folder holds en-GB.txt and ru-RU.txt. The alignment of DIR/a/b is written to \
      OUT/D/a/b.<format>, where D is DIR's own name (DIR itself, when a pair folder, to \
      OUT/D.<format>), so every pair has its own file, and OUT/index.html lists every pair \
      with its bitext map, counts and lowest-confidence links. Links to folders are followed. \
      Progress and problems go to standard error; a pair that fails, and a folder with one \
      edition only, is reported and skipped, and the exit status is then 2 when its input \
      is at fault, 3 when Sverka itself failed. --encoding and --dictionary apply to every pair, as in \
      'sverka align'.
      """)

  @Argument(help: "The folder to search for pair folders.")
  var folder: String

  @Option(help: "The folder to write the alignments to (created when missing).")
  var out: String

  @Option(help: "Output format: tsv, jsonl, tmx or html.")
  var format: AlignmentFormat = .tsv

  @Option(help: "How many pairs to align at once (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @OptionGroup var reading: AlignerOptions

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
  }

  func run() throws {
    // A dictionary that cannot be read stops the run before any pair.
    let batch = BatchAligner(
      aligner: try reading.aligner(), reader: AligningReader(encoding: reading.encoding),
      format: format, jobs: jobs)
    let failures = FailureTally()
    let progress = Progress()
    let summary = try batch.run(below: folder, writingTo: out, failures: failures) { event in
      progress.report(event)
    }
    if let status = failures.status {
      let failed = failures.count - summary.passedOver
      if summary.pairs > 0 {
        Self.printError(
          "\(failed) of \(summary.pairs) pairs failed"
            + (summary.passedOver > 0
              ? ", \(summary.passedOver) folder(s) with one edition skipped" : ""))
      }
      throw status
    }
  }

  private static func printError(_ line: String) {
    try? FileHandle.standardError.write(contentsOf: Data("sverka: \(line)\n".utf8))
  }

  /// Prints the run's events on standard error, finished pairs counted, safely from many
  /// threads.
  private final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private var total = 0
    private var done = 0

    func report(_ event: BatchAligner.Event) {
      lock.lock()
      defer { lock.unlock() }
      switch event {
      case .found(let pairs): total = pairs
      case .passedOver(let line): Batch.printError(line)
      case .aligned(let name, let links): finished("\(name.escapingControls()): \(links) links")
      case .failed(let name, let message): finished("\(name.escapingControls()): \(message)")
      }
    }

    private func finished(_ line: String) {
      done += 1
      FileHandle.standardError.write(Data("[\(done)/\(total)] \(line)\n".utf8))
    }
  }
}
