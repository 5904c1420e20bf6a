// `sverka-dev segment`: ICU's bare sentence boundaries, and in-process segmenter timings, for
// tools/segmentation/bench.py.

import ArgumentParser
import SverkaExport
import SverkaModel
import SverkaRead

/// Prints ICU's own sentences of a statement, or times the segmenters on it.
struct SegmentAid: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "segment",
    abstract: "Print ICU's sentences (--raw-icu) or time the segmenters (--bench N).",
    discussion: """
      Without --bench, prints one sentence a line as 'sverka segment' does, with ICU's \
      boundaries when --raw-icu is given. With --bench N, writes one JSON line of seconds per \
      run: Sverka's segmenter, or with --raw-icu ICU's boundaries made into sentences and \
      the bare iterator.
      """)

  @Argument(help: "The statement file, or - for standard input.")
  var file: String

  @Option(help: "The language (en or ru), instead of detecting it.")
  var lang: Language?

  @Flag(name: .customLong("raw-icu"), help: "Use ICU's boundaries as they are.")
  var rawICU = false

  @Option(name: .customLong("bench"), help: "Time this many runs instead of printing.")
  var benchRuns: Int?

  func run() throws {
    let statement = try StatementReader(language: lang).read(
      DevInput.bytes(file), path: file)
    if let benchRuns {
      DevInput.print(try bench(statement, runs: benchRuns))
      return
    }
    guard rawICU else {
      DevInput.print(SentenceLinesWriter().text(statement))
      return
    }
    let icu = try SentenceSegmenter(language: statement.language, strategy: .icu)
    let raw = SegmentedStatement(
      sentencesOf: Statement(
        path: statement.path, language: statement.language,
        cyrillicShare: statement.cyrillicShare, encoding: statement.encoding,
        dateline: statement.dateline, languageSwitch: statement.languageSwitch,
        chrome: statement.chrome,
        paragraphs: try statement.paragraphs.map { paragraph in
          Paragraph(
            text: paragraph.text, role: paragraph.role, line: paragraph.line,
            sentences: try icu.sentences(in: paragraph.text))
        }))
    DevInput.print(SentenceLinesWriter().text(raw))
  }

  /// One JSON line of timings: seconds per run for the refined segmenter, or with
  /// `--raw-icu` for ICU's boundaries made into sentences and for the bare iterator.
  private func bench(_ statement: SegmentedStatement, runs: Int) throws -> String {
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
    return "{" + fields.joined(separator: ", ") + "}\n"
  }
}

extension Language: ExpressibleByArgument {}
