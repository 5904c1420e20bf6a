// Writes an alignment as JSON Lines: one link a line, for programs rather than people.

import SverkaModel

/// Formats an ``Alignment`` as JSON Lines.
///
/// One object a line, in reading order:
/// `{"en_ids":[2,3],"ru_ids":[2],"score":0.911,"en":"…","ru":"…","en_paragraphs":[1],
/// "ru_paragraphs":[1]}` with 1-based sentence and paragraph numbers (the paragraphs the
/// link's sentences belong to; empty arrays for a side without sentences).
public struct JSONLWriter: OutputWriter, Sendable {
  /// Creates a writer.
  public init() {}

  /// Appends the JSON Lines text of the alignment, each line ending in `\n` to `target`.
  ///
  /// - Parameters:
  ///   - aligned: the links and the two statements they index.
  ///   - target: where the text goes.
  public func write<Target: TextOutputStream>(_ aligned: AlignedEditions, to target: inout Target) {
    for record in records(aligned) { target.write(record + "\n") }
  }

  /// The JSON object of each link, in reading order, without line ends: for embedding the
  /// links in a larger JSON document, as ``MapRecordWriter`` does.
  ///
  /// - Parameter aligned: the links and the two statements they index.
  /// - Returns: one JSON object a link.
  package func records(_ aligned: AlignedEditions) -> [String] {
    let (alignment, english, russian) = (aligned.alignment, aligned.english, aligned.russian)
    let linked = LinkedStatements(english: english, russian: russian)
    let englishParagraphs = Self.paragraphNumbers(linked.english)
    let russianParagraphs = Self.paragraphNumbers(linked.russian)
    return alignment.sentences.map { link in
      var out = "{\"en_ids\":[" + Self.numbers(link.english) + "],\"ru_ids\":["
      out += Self.numbers(link.russian) + "],\"score\":" + TSVWriter.score(link.score)
      out += ",\"en\":" + JSONText.quoted(linked.text(link.english, in: .english))
      out += ",\"ru\":" + JSONText.quoted(linked.text(link.russian, in: .russian))
      out += ",\"en_paragraphs\":[" + Self.paragraphs(link.english, englishParagraphs)
      out += "],\"ru_paragraphs\":[" + Self.paragraphs(link.russian, russianParagraphs)
      return out + "]}"
    }
  }

  private static func numbers(_ range: Range<Int>) -> String {
    range.map { String($0 + 1) }.joined(separator: ",")
  }

  private static func paragraphNumbers(_ statement: SegmentedStatement) -> [Int] {
    statement.paragraphs.enumerated().flatMap { index, paragraph in
      Array(repeating: index + 1, count: paragraph.sentences.count)
    }
  }

  private static func paragraphs(_ range: Range<Int>, _ numbers: [Int]) -> String {
    var seen: [Int] = []
    for index in range where seen.last != numbers[index] { seen.append(numbers[index]) }
    return seen.map(String.init).joined(separator: ",")
  }
}
