// The input `read` and `segment` share: one statement file, its language and its charset.

import ArgumentParser
import SverkaCore

/// One statement file to read whole, with the language and charset to assume.
struct StatementInput: ParsableArguments {
  @Argument(help: "The statement file, or - for standard input.")
  var file: String

  @Option(help: "The language (en or ru), instead of detecting it.")
  var lang: Language?

  @Option(help: "The file's charset when it is not Unicode (windows-1251, KOI8-R, …).")
  var encoding: String?

  /// The statement, read and segmented.
  func statement() throws -> SegmentedStatement {
    try paragraphs().segmented()
  }

  /// The statement, read as paragraphs, for a command that segments them one at a time.
  func paragraphs() throws -> Statement {
    try StatementReader(language: lang, encoding: encoding).readParagraphs(
      InputFile.bytes(file), path: file)
  }
}
