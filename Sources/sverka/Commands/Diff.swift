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
    let diff = try EditionDiffer(
      encoding: encoding, options: DiffOptions(threshold: threshold, ignoreCase: ignoreCase),
      checksNegation: negation
    ).diff(a, b) { try InputFile.bytes($0) }
    let sink = try OutputSink.to(output, inputs: [a, b])
    switch format {
    case .json: try sink.write(DiffJSON().text(diff))
    case .unified: try sink.write(UnifiedDiff().text(diff))
    case .html: try sink.write(DiffHTMLReport(showCosmetic: showCosmetic).text(diff))
    case .text:
      try sink.write(DiffTextReport(showCosmetic: showCosmetic, color: useColor).text(diff))
    }
    try sink.flush()
    if diff.hasDifferences(strict: strict) { throw ExitStatus.differencesFound }
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
