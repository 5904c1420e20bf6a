// `sverka segment`: one sentence a line, a blank line between paragraphs.

import ArgumentParser
import SverkaCore

/// Prints the sentences of a statement.
struct Segment: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print one sentence a line, with a blank line between paragraphs.")

  @Argument(help: "The statement file, or - for standard input.")
  var file: String

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
    try sink.write(SentenceLinesWriter().text(statement))
    try sink.flush()
  }
}
