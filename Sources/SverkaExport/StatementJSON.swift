// The JSON form of a statement that `sverka read --format json` prints.

import SverkaModel

/// A statement's metadata and paragraphs as JSON.
public struct StatementJSON: OutputWriter, Sendable {
  /// Creates a writer.
  public init() {}

  /// Appends the JSON of `statement` to `target`: one pretty-printed object with sorted keys,
  /// ending in a newline.
  ///
  /// - Parameters:
  ///   - statement: what to write.
  ///   - target: where the text goes.
  /// - Throws: nothing; the requirement's signature allows it.
  public func write<Target: TextOutputStream>(
    _ statement: SegmentedStatement, to target: inout Target
  ) throws(any Error) {
    target.write(Self.document(statement))
  }

  /// The statement as one pretty-printed JSON object with sorted keys, ending in a newline;
  /// a value the statement lacks (its path, date, time, dateline, title or language switch)
  /// is left out.
  private static func document(_ statement: SegmentedStatement) -> String {
    let dateline = statement.dateline
    let optional: [(String, String?)] = [
      ("date", dateline?.isoDate), ("dateline", dateline?.original),
      ("language_switch", statement.languageSwitch), ("path", statement.path),
      ("time", dateline?.time), ("title", statement.title),
    ]
    let paragraphs = statement.paragraphs.enumerated().map { index, paragraph in
      JSONText.Value.object([
        ("line", .integer(paragraph.line)), ("number", .integer(index + 1)),
        ("role", .string(paragraph.role.rawValue)),
        ("sentences", .array(paragraph.sentences.map { .string($0.text) })),
        ("text", .string(paragraph.text)),
      ])
    }
    var members: [(String, JSONText.Value)] = [
      ("chrome", .array(statement.chrome.map { .string($0) })),
      ("cyrillic_share", .number((statement.cyrillicShare * 1000).rounded() / 1000)),
      ("encoding", .string(statement.encoding)),
      ("language", .string(statement.language.rawValue)),
      ("paragraphs", .array(paragraphs)),
    ]
    members += optional.compactMap { key, value in value.map { (key, .string($0)) } }
    members.sort { $0.0 < $1.0 }
    return JSONText.pretty(.object(members)) + "\n"
  }
}
