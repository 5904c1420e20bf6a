// `sverka diff`: compare two editions (revision mode) or an English and a Russian one.

import ArgumentParser
import Foundation
import SverkaCore

/// Compares two editions and exits 0 when they are the same, 1 when they differ.
struct Diff: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Compare two editions of a statement, paragraph by paragraph and word by word.",
    discussion: """
      Two files in one language are compared as revisions; an English and a Russian file \
      are checked as translations of each other. Exit status: 0 no differences, \
      1 differences found, 2 usage or input error, 3 internal failure.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json, unified, html
  }

  enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
  }

  @Argument(help: "The old edition (or one language's), or - for standard input.")
  var a: String

  @Argument(help: "The new edition (or the other language's).")
  var b: String

  @Option(help: "Output format: text, json, unified or html.")
  var format: Format = .text

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  @Option(help: "Least word similarity (0–1) for a paragraph to count as changed, not replaced.")
  var threshold: Double = DiffOptions.default.threshold

  @Flag(help: "Show paragraphs and words that differ only in typography.")
  var showCosmetic = false

  @Flag(help: "Count typographic differences as differences for the exit status.")
  var strict = false

  @Flag(help: "Treat differences of letter case alone as typographic.")
  var ignoreCase = false

  @Flag(
    help: ArgumentHelp(
      "Translation mode: flag a sentence that one side denies and the other affirms.",
      discussion: "For close, literal translations; idiomatic ones move negation about."))
  var negation = false

  @Option(help: "Colour the text output: auto, always or never (NO_COLOR is honoured).")
  var color: ColorChoice = .auto

  @Option(help: "The files' charset when it is not Unicode (windows-1251, KOI8-R, …).")
  var encoding: String?

  func validate() throws {
    guard (0...1).contains(threshold) else {
      throw ValidationError("--threshold must be between 0 and 1, not \(threshold)")
    }
    if a == "-" && b == "-" { throw InputError.standardInputTwice }
  }

  func run() throws {
    let (first, second) = try readBoth()
    let options = DiffOptions(threshold: threshold, ignoreCase: ignoreCase)
    let diff: EditionDiff
    if first.language == second.language {
      diff = try RevisionDiff(options: options).diff(first, second)
    } else {
      // Only translation mode needs sentences: revisions are read without segmenting.
      let (english, russian) = (try first.segmented(), try second.segmented())
      for statement in [english, russian] { try Self.checkTranslationLimits(statement) }
      diff = try TranslationCheck(aligner: Aligner(), checksNegation: negation).check(
        english, russian)
    }
    let sink = try OutputSink.to(output, inputs: [a, b])
    switch format {
    case .json: try sink.write(DiffJSON.encode(diff))
    case .unified: try sink.write(UnifiedDiff.render(diff))
    case .html: try sink.write(DiffHTMLReport(showCosmetic: showCosmetic).render(diff))
    case .text:
      try sink.write(DiffTextReport(showCosmetic: showCosmetic, color: useColor).render(diff))
    }
    try sink.flush()
    if diff.hasDifferences(strict: strict) { throw ExitStatus.differencesFound }
  }

  /// Translation mode aligns, so it takes `align`'s limits (revision mode reads up to the
  /// default byte limit and keeps no sentences).
  private static func checkTranslationLimits(_ statement: SegmentedStatement) throws {
    let bytes = statement.paragraphs.reduce(0) { $0 + $1.text.utf8.count }
    if bytes > InputLimits.aligning.bytes {
      throw InputError.tooLarge(
        statement.path ?? "-", bytes: bytes, limit: InputLimits.aligning.bytes)
    }
    try InputLimits.aligning.check(statement)
  }

  /// Reads the two editions side by side, paragraphs only.
  private func readBoth() throws -> (Statement, Statement) {
    let reader = StatementReader(encoding: encoding)
    let paths = [a, b]
    nonisolated(unsafe) var first: Result<Statement, any Error>?
    nonisolated(unsafe) var second: Result<Statement, any Error>?
    DispatchQueue.concurrentPerform(iterations: 2) { index in
      let result = Result {
        try reader.readParagraphs(InputFile.bytes(paths[index]), path: paths[index])
      }
      if index == 0 { first = result } else { second = result }
    }
    guard let first, let second else { throw ExitStatus.internalFailure }
    return (try first.get(), try second.get())
  }

  private var useColor: Bool {
    switch color {
    case .always: return true
    case .never: return false
    case .auto:
      let environment = ProcessInfo.processInfo.environment
      if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
      return (output == nil || output == "-") && isatty(STDOUT_FILENO) != 0
    }
  }
}
