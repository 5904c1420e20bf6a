// `sverka segment`: one sentence a line, a blank line between paragraphs.

import ArgumentParser
import Foundation
import SverkaCore

/// Prints the sentences of a statement.
struct Segment: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print one sentence a line, with a blank line between paragraphs.")

  @OptionGroup var input: StatementInput

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  func run() throws {
    let statement = try input.paragraphs()
    let sink = try OutputSink.to(output, inputs: [input.file])
    // Paragraphs are segmented a chunk at a time, one chunk a core, as they are written, so
    // their sentences never pile up.
    try SentenceLinesWriter().write(
      statement, tasks: ProcessInfo.processInfo.activeProcessorCount
    ) { try sink.write($0) }
    try sink.flush()
  }
}
