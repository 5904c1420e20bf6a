// Writes the result records of `sverka map`: one JSON object a line, an alignment or an error.

import SverkaModel

/// Formats one result record of `sverka map`.
///
/// An aligned record is `{"id": …, "en_sentences": n, "ru_sentences": m, "links": […]}`
/// with the links as ``JSONLWriter`` writes them; a failed one is `{"id": …, "line": k,
/// "error": "…"}`. The id is the input record's, as JSON text; a record is one line,
/// without its line end.
public struct MapRecordWriter: OutputWriter, Sendable {
  /// A result record.
  public enum Record: Sendable {
    /// The input record's id (JSON text) and the alignment of its two texts.
    case aligned(id: String, AlignedEditions)
    /// The input record's id (JSON text, `null` when none), its line and what went wrong.
    case failed(id: String, line: Int, message: String)
  }

  /// Creates a writer.
  public init() {}

  /// Appends `record` as one line of JSON, without its line end, to `target`.
  ///
  /// - Parameters:
  ///   - record: what to write.
  ///   - target: where the text goes.
  public func write<Target: TextOutputStream>(_ record: Record, to target: inout Target) {
    switch record {
    case .aligned(let id, let aligned):
      let links = JSONLWriter().records(aligned).joined(separator: ",")
      target.write(
        "{\"id\":\(id),\"en_sentences\":\(aligned.english.sentenceCount),"
          + "\"ru_sentences\":\(aligned.russian.sentenceCount),\"links\":[\(links)]}")
    case .failed(let id, let line, let message):
      target.write("{\"id\":\(id),\"line\":\(line),\"error\":\(JSONText.quoted(message))}")
    }
  }
}
