// `sverka track`: which paragraphs of a translation a revision of its source made stale.

import ArgumentParser
import SverkaCore

/// Follows a revision of one edition into the other language.
struct Track: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Find the paragraphs of a translation that a revision of its source made stale.",
    discussion: """
      OLD and NEW are two editions in one language; TRANSLATION is the edition in the \
      other language made from OLD. Each translated paragraph is current, updated (it \
      already follows NEW), stale (retranslate), obsolete (its source was deleted) or \
      unmatched; a new source paragraph without translation is untranslated. Exit status: \
      0 nothing to do, 1 some paragraphs are stale, obsolete or untranslated, 2 usage or \
      input error, 3 internal failure.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json, html
  }

  @Argument(help: "The source edition the translation was made from.")
  var old: String

  @Argument(help: "The revised source edition, in the same language.")
  var new: String

  @Argument(help: "The translation, in the other language.")
  var translation: String

  @Option(help: "Output format: text, json or html.")
  var format: Format = .text

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  @Option(help: "The files' charset when it is not Unicode (windows-1251, KOI8-R, …).")
  var encoding: String?

  func validate() throws {
    if [old, new, translation].filter({ $0 == "-" }).count > 1 {
      throw InputError.standardInputTwice
    }
  }

  func run() throws {
    let reader = AligningReader(encoding: encoding)
    let statements = try [old, new, translation].map { try reader.read($0) }
    let report = try TranslationTracker().track(
      old: statements[0], new: statements[1], translation: statements[2])
    let sink = try OutputSink.to(output, inputs: [old, new, translation])
    switch format {
    case .text: try sink.write(StalenessTextReport().text(report))
    case .json: try sink.write(StalenessJSON().text(report))
    case .html: try sink.write(StalenessHTMLReport().text(report))
    }
    try sink.flush()
    if report.needsWork { throw ExitStatus.differencesFound }
  }
}
