// Writes an alignment as the TSV of DESIGN.md: ids, score, and both sentences a row.

import SverkaModel
import SverkaText

/// Formats an ``Alignment`` as tab-separated values.
///
/// A header row `en_ids  ru_ids  score  en  ru`, then one link a row: 1-based sentence
/// numbers over the whole document, comma-separated and empty for a side without sentences;
/// the score with three decimals; the sentences of each side on one line, joined by a space.
/// In every field a backslash is written `\\`, a tab `\t`, a newline `\n`, a carriage
/// return `\r`, and any other control character `\u` and four hex digits (`\u001b`).
public struct TSVWriter: OutputWriter, Sendable {
  /// The header row, without its line end.
  public static let header = "en_ids\tru_ids\tscore\ten\tru"

  /// Creates a writer.
  public init() {}

  /// Appends the TSV text of the alignment, header included, each row ending in `\n` to `target`.
  ///
  /// - Parameters:
  ///   - aligned: the links and the two statements they index.
  ///   - target: where the text goes.
  public func write<Target: TextOutputStream>(_ aligned: AlignedEditions, to target: inout Target) {
    target.write(document(aligned.alignment, english: aligned.english, russian: aligned.russian))
  }

  private func document(
    _ alignment: Alignment, english: SegmentedStatement, russian: SegmentedStatement
  ) -> String {
    let linked = LinkedStatements(english: english, russian: russian)
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
  package static func score(_ value: Double) -> String {
    let thousandths = Int((min(max(value, 0), 1) * 1000).rounded())
    let fraction = String(thousandths % 1000)
    return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count)
      + fraction
  }

  /// A field with backslash, tab, newline and carriage return escaped as `\\`, `\t`, `\n`,
  /// `\r`, and every other control character (C0, DEL, C1) as `\u` and four hex digits
  /// (ESC is `\u001b`), so a field never carries a raw control and still reads back exactly.
  package static func escape(_ field: String) -> String {
    guard Self.needsEscape(field) else { return field }
    var out = ""
    out.reserveCapacity(field.utf8.count + 8)
    for scalar in field.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\t": out += "\\t"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case _ where scalar.isControl: out += scalar.controlEscape
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Whether `field` holds a backslash or a control character, judged on its UTF-8 bytes
  /// (C1 controls are `C2 80`–`C2 9F`).
  private static func needsEscape(_ field: String) -> Bool {
    var previous: UInt8 = 0
    for byte in field.utf8 {
      if byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\\")
        || (previous == 0xC2 && byte <= 0x9F && byte >= 0x80)
      {
        return true
      }
      previous = byte
    }
    return false
  }
}
