// `sverka segment`: one sentence a line, a blank line between paragraphs.

import ArgumentParser
import SverkaCore

/// Prints the sentences of a statement.
struct Segment: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print one sentence a line, with a blank line between paragraphs.")

  @OptionGroup var input: StatementInput

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  /// The size at which a chunk of lines goes to the sink: the output is never held whole.
  private static let chunkSize = 1 << 16

  func run() throws {
    let statement = try input.statement()
    let sink = try OutputSink.to(output, inputs: [input.file])
    let writer = SentenceLinesWriter()
    var chunk = ""
    chunk.reserveCapacity(Self.chunkSize + Self.chunkSize / 4)
    for (index, paragraph) in statement.paragraphs.enumerated() {
      if index > 0 { chunk.write("\n") }
      writer.writeLines(of: paragraph, to: &chunk)
      if chunk.utf8.count >= Self.chunkSize {
        try sink.write(chunk)
        chunk.removeAll(keepingCapacity: true)
      }
    }
    try sink.write(chunk)
    try sink.flush()
  }
}
