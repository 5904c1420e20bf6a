// `sverka read`: a statement's metadata and paragraphs.

import ArgumentParser
import SverkaCore

/// Prints the metadata and paragraphs of one statement.
struct Read: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print a statement's metadata and paragraphs.")

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @OptionGroup var input: StatementInput

  @Option(help: "Output format: text or json.")
  var format: Format = .text

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  func run() throws {
    let statement = try input.statement()
    let sink = try OutputSink.to(output, inputs: [input.file])
    switch format {
    case .json: try sink.write(try StatementJSON().text(statement))
    case .text: try sink.write(StatementTextReport().text(statement))
    }
    try sink.flush()
  }
}
