// The formats an alignment is written in, each with its writer: `align`, `batch` and `map`.

import SverkaModel

/// An output format for an alignment, and the writer behind it.
public enum AlignmentFormat: String, OutputWriter, Sendable, CaseIterable {
  /// Tab-separated values (``TSVWriter``).
  case tsv
  /// JSON Lines (``JSONLWriter``).
  case jsonl
  /// TMX 1.4 (``TMXWriter``).
  case tmx
  /// A standalone HTML page (``AlignmentHTMLReport``).
  case html

  /// The file name extension of the format.
  public var fileExtension: String { rawValue }

  /// Appends `aligned` in this format to `target`.
  ///
  /// - Parameters:
  ///   - aligned: the links and the two statements they index.
  ///   - target: where the text goes.
  public func write<Target: TextOutputStream>(_ aligned: AlignedEditions, to target: inout Target) {
    switch self {
    case .tsv: TSVWriter().write(aligned, to: &target)
    case .jsonl: JSONLWriter().write(aligned, to: &target)
    case .tmx: TMXWriter().write(aligned, to: &target)
    case .html: AlignmentHTMLReport().write(aligned, to: &target)
    }
  }
}
