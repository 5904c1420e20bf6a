// The JSON form of a statement that `sverka read --format json` prints.

import Foundation
import SverkaModel

/// A statement's metadata and paragraphs as JSON.
public struct StatementJSON: OutputWriter, Sendable {
  /// Creates a writer.
  public init() {}

  private struct Document: Encodable {
    let path: String?
    let language: String
    let cyrillicShare: Double
    let encoding: String
    let date: String?
    let time: String?
    let dateline: String?
    let title: String?
    let languageSwitch: String?
    let chrome: [String]
    let paragraphs: [ParagraphJSON]
  }

  private struct ParagraphJSON: Encodable {
    let number: Int
    let role: String
    let line: Int
    let text: String
    let sentences: [String]
  }

  /// Appends the JSON of `statement` to `target`: one pretty-printed object with sorted keys,
  /// ending in a newline.
  ///
  /// - Parameters:
  ///   - statement: what to write.
  ///   - target: where the text goes.
  /// - Throws: `EncodingError` when Foundation cannot encode it.
  public func write<Target: TextOutputStream>(
    _ statement: SegmentedStatement, to target: inout Target
  ) throws(any Error) {
    target.write(try Self.document(statement))
  }

  /// The statement as one pretty-printed JSON object with sorted keys, ending in a newline.
  ///
  /// - Throws: `EncodingError` when Foundation cannot encode it.
  private static func document(_ statement: SegmentedStatement) throws -> String {
    let document = Document(
      path: statement.path, language: statement.language.rawValue,
      cyrillicShare: (statement.cyrillicShare * 1000).rounded() / 1000,
      encoding: statement.encoding, date: statement.dateline?.isoDate,
      time: statement.dateline?.time, dateline: statement.dateline?.original,
      title: statement.title, languageSwitch: statement.languageSwitch,
      chrome: statement.chrome,
      paragraphs: statement.paragraphs.enumerated().map { index, paragraph in
        ParagraphJSON(
          number: index + 1, role: paragraph.role.rawValue, line: paragraph.line,
          text: paragraph.text, sentences: paragraph.sentences.map(\.text))
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
  }
}
