// The formats `align`, `batch` and `map` can write an alignment in.

import ArgumentParser
import SverkaCore

/// An output format for an alignment, and the library writer behind it.
enum AlignmentFormat: String, ExpressibleByArgument, CaseIterable {
  case tsv, jsonl, tmx, html

  /// The file name extension of the format.
  var fileExtension: String { rawValue }

  /// The alignment rendered in this format.
  ///
  /// - Throws: ``ICUError`` when a statement read without sentences has to be segmented
  ///   and ICU fails.
  func render(_ alignment: Alignment, english: Statement, russian: Statement) throws -> String {
    switch self {
    case .tsv: try TSVWriter().text(for: alignment, english: english, russian: russian)
    case .jsonl: try JSONLWriter().text(for: alignment, english: english, russian: russian)
    case .tmx: try TMXWriter().text(for: alignment, english: english, russian: russian)
    case .html: try AlignmentHTMLReport().text(for: alignment, english: english, russian: russian)
    }
  }
}
