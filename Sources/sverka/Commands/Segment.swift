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

  @Flag(name: .customLong("raw-icu"), help: .hidden)
  var rawICU = false

  @Option(name: .customLong("bench"), help: .hidden)
  var benchRuns: Int?

  func run() throws {
    let reader = StatementReader(language: lang, encoding: encoding)
    let statement = try reader.read(InputFile.bytes(file), path: file)
    let sink = try OutputSink.to(output, inputs: [file])
    if let benchRuns {
      try bench(statement, runs: benchRuns, sink)
      return
    }
    // `--raw-icu` prints ICU's own boundaries, to compare with the refined ones.
    let icu = rawICU ? try SentenceSegmenter(language: statement.language, strategy: .icu) : nil
    for (index, paragraph) in statement.paragraphs.enumerated() {
      if index > 0 { try sink.write("\n") }
      let sentences = try icu?.sentences(in: paragraph.text) ?? paragraph.sentences
      for sentence in sentences {
        try sink.write(sentence.singleLine.escapingControls(keeping: ["\t"]))
        try sink.write("\n")
      }
    }
    try sink.flush()
  }

  /// Writes one JSON line of timings: seconds per run for the refined segmenter, or with
  /// `--raw-icu` for ICU's boundaries made into sentences and for the bare iterator.
  private func bench(_ statement: SegmentedStatement, runs: Int, _ sink: OutputSink) throws {
    let benchmark = SegmentBenchmark(
      paragraphs: statement.paragraphs.map(\.text), language: statement.language)
    var fields = ["\"bytes\": \(benchmark.byteCount)"]
    if rawICU {
      let (icu, icuCount) = try benchmark.time(.icu, runs: runs)
      let (bare, bareCount) = try benchmark.timeBareICU(runs: runs)
      fields.append("\"icu\": {\"seconds\": \(icu), \"sentences\": \(icuCount)}")
      fields.append("\"ubrk\": {\"seconds\": \(bare), \"boundaries\": \(bareCount)}")
    } else {
      let (refined, count) = try benchmark.time(.refined, runs: runs)
      fields.append("\"sverka\": {\"seconds\": \(refined), \"sentences\": \(count)}")
    }
    try sink.write("{" + fields.joined(separator: ", ") + "}\n")
    try sink.flush()
  }
}
