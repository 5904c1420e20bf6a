// `sverka pair`: finds each page's other-language edition in a crawl and writes the pairs.

import ArgumentParser
import Foundation
import SverkaCore

/// Pairs the English and Russian pages of a crawl.
struct Pair: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Find each page's other-language edition in a crawl.",
    discussion: """
      Give EN_DIR RU_DIR, or one DIR of mixed pages (each page's language is detected). \
      Every file below the folders is a page, hidden ones excepted. Output: a header \
      'en ru score', then one row a pair or single page, with paths relative to the folder \
      given. A page that cannot be read is reported on standard error and left out of the \
      rows; the exit status is then 2 (3 when Sverka itself failed), after the whole output \
      is written.
      """)

  @Argument(help: "EN_DIR RU_DIR, or one DIR of mixed pages.")
  var inputs: [String]

  @Option(help: "Output format: tsv or jsonl (jsonl carries the evidence).")
  var format: PairingWriter.Format = .tsv

  @Option(help: "The lowest score a pair may have; pages below it stay single (0 < X < 1).")
  var minScore = 0.5

  @Option(help: "Write one pair folder a pair here (en-GB.txt, ru-RU.txt, README.md).")
  var outPairs: String?

  @Flag(help: "Report progress on standard error even when it is not a terminal.")
  var progress = false

  @OptionGroup var reading: AlignerOptions

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  func validate() throws {
    guard inputs.count == 1 || inputs.count == 2 else {
      throw ValidationError("give two folders (EN_DIR RU_DIR) or one folder of mixed pages")
    }
    guard minScore > 0, minScore < 1 else {
      throw ValidationError("--min-score must be between 0 and 1 (exclusive)")
    }
  }

  /// Reads one page under the byte limit of every command.
  private static let load: @Sendable (String) throws -> [UInt8] = { try InputFile.bytes($0) }

  func run() throws {
    let reporter = ProgressLine(enabled: progress || isatty(STDERR_FILENO) == 1)
    let sides: [CrawlPairer.Side] =
      inputs.count == 2 ? [(inputs[0], .english), (inputs[1], .russian)] : [(inputs[0], nil)]
    let crawl = try CrawlPairer(
      encoding: reading.encoding, minimumScore: minScore, lexicon: reading.lexicon()
    ).pair(sides, load: Self.load, progress: reporter.show)
    let pairing = crawl.pairing
    reporter.finish(
      "\(pairing.pairs.count) pairs, \(pairing.singleEnglish.count) English and "
        + "\(pairing.singleRussian.count) Russian pages single")
    for failure in crawl.failures {
      FileHandle.standardError.write(Data("sverka: \(failure.error)\n".utf8))
    }
    let text = PairingWriter(format: format).text(crawl)
    if let outPairs {
      let roots = inputs.count == 2 ? (inputs[0], inputs[1]) : (inputs[0], inputs[0])
      try PairFolderWriter(root: outPairs, encoding: reading.encoding).write(
        pairing, englishRoot: roots.0, russianRoot: roots.1)
    }
    let sink = try OutputSink.to(output, inputs: crawl.pages)
    try sink.write(text)
    try sink.flush()
    if crawl.failures.contains(where: { !($0.error is InputError) }) {
      throw ExitStatus.internalFailure
    }
    if !crawl.failures.isEmpty {
      FileHandle.standardError.write(
        Data(
          "sverka: \(crawl.failures.count) of \(crawl.pages.count) pages could not be read\n".utf8))
      throw ExitStatus.usageOrInput
    }
  }
}

/// One progress line on standard error, redrawn in place on a terminal.
private struct ProgressLine {
  let enabled: Bool
  private let terminal = isatty(STDERR_FILENO) == 1

  init(enabled: Bool) { self.enabled = enabled }

  func show(_ text: String) {
    guard enabled else { return }
    let line = terminal ? "\r\u{1B}[Ksverka: " + text : "sverka: " + text + "\n"
    FileHandle.standardError.write(Data(line.utf8))
  }

  func finish(_ text: String) {
    guard enabled else { return }
    show(text)
    if terminal { FileHandle.standardError.write(Data("\n".utf8)) }
  }
}
