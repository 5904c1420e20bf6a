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

  @Argument(help: "The statement file, or - for standard input.")
  var file: String

  @Option(help: "Output format: text or json.")
  var format: Format = .text

  @Option(help: "The language (en or ru), instead of detecting it.")
  var lang: Language?

  @Option(help: "The file's charset when it is not Unicode (windows-1251, KOI8-R, …).")
  var encoding: String?

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  func run() throws {
    let reader = StatementReader(language: lang, encoding: encoding)
    let statement = try reader.read(InputFile.bytes(file), path: file)
    let sink = try OutputSink.to(output, inputs: [file])
    switch format {
    case .json: try sink.write(try StatementJSON().text(statement))
    case .text: try sink.write(StatementTextReport().text(statement))
    }
    try sink.flush()
  }
}
