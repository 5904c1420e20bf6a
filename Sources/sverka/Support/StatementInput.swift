// The input `read` and `segment` share: one statement file, its language and its charset.

import ArgumentParser
import Foundation
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
  /// A `--lang` that the text's script plainly contradicts is obeyed, with a warning on
  /// standard error.
  func paragraphs() throws -> Statement {
    let statement = try StatementReader(language: lang, encoding: encoding).readParagraphs(
      InputFile.bytes(file), path: file)
    if let warning = Self.languageWarning(statement, file: file) {
      FileHandle.standardError.write(Data("sverka: warning: \(warning)\n".utf8))
    }
    return statement
  }

  /// The share of Cyrillic letters from which a text is plainly Russian, and below which
  /// (one minus it) plainly English.
  static let plainShare = 0.8

  /// What to tell when the language a statement was read in is not the one its letters
  /// plainly show (four in five letters of the other script), or `nil`.
  static func languageWarning(_ statement: Statement, file: String) -> String? {
    let share = statement.cyrillicShare
    let cyrillic = Int((share * 100).rounded())
    switch statement.language {
    case .english where share >= plainShare:
      return "\(file.escapingControls()): read as English, but \(cyrillic) % of its letters are "
        + "Cyrillic"
    case .russian where share <= 1 - plainShare:
      return "\(file.escapingControls()): read as Russian, but \(100 - cyrillic) % of its letters "
        + "are Latin"
    default:
      return nil
    }
  }
}
