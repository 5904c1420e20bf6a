// Writes an alignment as the TSV of DESIGN.md: ids, score, and both sentences a row.

import SverkaModel

/// Formats an ``Alignment`` as tab-separated values.
///
/// A header row `en_ids  ru_ids  score  en  ru`, then one link a row: 1-based sentence
/// numbers over the whole document, comma-separated and empty for a side without sentences;
/// the score with three decimals; the sentences of each side on one line, joined by a space.
/// In every field a backslash is written `\\`, a tab `\t`, a newline `\n` and a carriage
/// return `\r`.
public struct TSVWriter: Sendable {
  /// The header row, without its line end.
  public static let header = "en_ids\tru_ids\tscore\ten\tru"

  /// Creates a writer.
  public init() {}

  /// The TSV text of `alignment`, header included, each row ending in `\n`.
  ///
  /// - Parameters:
  ///   - alignment: the links to write.
  ///   - english: the English statement the links index; read without sentences, it is
  ///     segmented here as the aligner segments it.
  ///   - russian: the Russian statement, likewise.
  /// - Returns: the whole document.
  /// - Throws: ``ICUError`` when a statement has to be segmented and ICU fails.
  public func text(for alignment: Alignment, english: Statement, russian: Statement) throws
    -> String
  {
    let linked = try LinkedStatements(english: english, russian: russian)
    var out = Self.header + "\n"
    for link in alignment.sentences {
      out += Self.ids(link.english) + "\t" + Self.ids(link.russian) + "\t"
      out += Self.score(link.score) + "\t"
      out += Self.escape(linked.text(link.english, in: .english)) + "\t"
      out += Self.escape(linked.text(link.russian, in: .russian)) + "\n"
    }
    return out
  }

  /// 1-based ids of a range, comma-separated.
  static func ids(_ range: Range<Int>) -> String {
    range.map { String($0 + 1) }.joined(separator: ",")
  }

  /// A score with three decimals, clamped to [0, 1].
  static func score(_ value: Double) -> String {
    let thousandths = Int((min(max(value, 0), 1) * 1000).rounded())
    let fraction = String(thousandths % 1000)
    return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count)
      + fraction
  }

  /// A field with backslash, tab, newline and carriage return escaped.
  static func escape(_ field: String) -> String {
    guard
      field.utf8.contains(where: {
        $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n")
          || $0 == UInt8(ascii: "\r")
      })
    else { return field }
    var out = ""
    out.reserveCapacity(field.utf8.count + 8)
    for scalar in field.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\t": out += "\\t"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
