// The formats `align`, `batch` and `map` can write an alignment in.

import ArgumentParser
import SverkaCore

/// An output format for an alignment, and the library writer behind it.
enum AlignmentFormat: String, ExpressibleByArgument, CaseIterable {
  case tsv, jsonl, tmx, html

  /// The file name extension of the format.
  var fileExtension: String { rawValue }

  /// The alignment rendered in this format.
  func render(
    _ alignment: Alignment, english: SegmentedStatement, russian: SegmentedStatement
  ) -> String {
    switch self {
    case .tsv: TSVWriter().text(for: alignment, english: english, russian: russian)
    case .jsonl: JSONLWriter().text(for: alignment, english: english, russian: russian)
    case .tmx: TMXWriter().text(for: alignment, english: english, russian: russian)
    case .html: AlignmentHTMLReport().text(for: alignment, english: english, russian: russian)
    }
  }
}
