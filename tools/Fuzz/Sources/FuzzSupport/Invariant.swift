// The invariants every fuzz target asserts: a failure is an InputError or a trap on purpose.

import Foundation
import SverkaCore

/// Checks shared by the fuzz targets; a broken invariant stops the fuzzer with the input
/// that broke it, which libFuzzer saves as a crasher.
public enum Invariant {
  /// Stops the run with `message` when `condition` does not hold.
  public static func check(
    _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String
  ) {
    if !condition() {
      FileHandle.standardError.write(Data("invariant broken: \(message())\n".utf8))
      abort()
    }
  }

  /// The value `body` gives, or `nil` when it throws an ``InputError``; any other error
  /// (an ICU failure, an internal error) stops the run.
  public static func readOrInputError<Value>(_ body: () throws -> Value) -> Value? {
    do {
      return try body()
    } catch is InputError {
      return nil
    } catch {
      check(false, "not an InputError: \(error)")
      return nil
    }
  }

  /// Every paragraph's sentences lie in order inside it, each its own text, with only white
  /// space between and around them, so no visible character is lost or doubled.
  public static func sentencesCoverParagraphs(_ statement: SegmentedStatement) {
    for (number, paragraph) in statement.paragraphs.enumerated() {
      check(!paragraph.sentences.isEmpty, "paragraph \(number + 1) has no sentence")
      sentences(paragraph.sentences, cover: paragraph.text, "paragraph \(number + 1)")
    }
  }

  /// `sentences` cover `text`: ascending byte ranges, each its slice, white space between.
  public static func sentences(_ sentences: [Sentence], cover text: String, _ place: String) {
    let bytes = Array(text.utf8)
    var end = 0
    for sentence in sentences {
      let range = sentence.range
      check(
        range.lowerBound >= end && range.upperBound <= bytes.count && !range.isEmpty,
        "\(place): sentence range \(range) out of order or bounds")
      check(
        isSpace(bytes[end..<range.lowerBound]),
        "\(place): visible text between sentences lost")
      check(
        Array(sentence.text.utf8) == Array(bytes[range]), "\(place): sentence text differs")
      end = range.upperBound
    }
    check(isSpace(bytes[end...]), "\(place): visible text after last lost")
  }

  /// The statement's JSON parses back.
  public static func statementJSONParses(_ statement: SegmentedStatement) {
    guard let json = readOrInputError({ try StatementJSON().text(statement) }) else { return }
    check(parses(json), "statement JSON does not parse")
  }

  /// Every sentence and paragraph of each side is in exactly one link, in order, and the TSV
  /// and JSONL outputs parse back to the same ids.
  public static func alignmentKeepsEverything(
    _ alignment: Alignment, english: SegmentedStatement, russian: SegmentedStatement
  ) {
    covers(alignment.sentences.map(\.english), english.sentenceCount, "English sentences")
    covers(alignment.sentences.map(\.russian), russian.sentenceCount, "Russian sentences")
    covers(alignment.paragraphs.map(\.english), english.paragraphs.count, "English paragraphs")
    covers(alignment.paragraphs.map(\.russian), russian.paragraphs.count, "Russian paragraphs")
    for link in alignment.sentences {
      check((0...1).contains(link.score), "score \(link.score) outside [0, 1]")
    }
    let aligned = AlignedEditions(alignment, english: english, russian: russian)
    let tsv = TSVWriter().text(aligned)
    let rows = tsv.split(separator: "\n", omittingEmptySubsequences: false)
    check(rows.first.map(String.init) == TSVWriter.header, "TSV header missing")
    check(rows.last == "", "TSV does not end with a line end")
    let body = rows.dropFirst().dropLast()
    check(body.count == alignment.sentences.count, "TSV has \(body.count) rows for links")
    for (row, link) in zip(body, alignment.sentences) {
      let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
      check(fields.count == 5, "TSV row with \(fields.count) fields: \(row)")
      check(fields[0] == ids(link.english) && fields[1] == ids(link.russian), "TSV ids differ")
      check(
        !row.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" }, "raw control in TSV")
    }
    let jsonl = JSONLWriter().text(aligned)
    let lines = jsonl.split(separator: "\n")
    check(lines.count == alignment.sentences.count, "JSONL has \(lines.count) lines for links")
    for line in lines { check(parses(String(line)), "JSONL line does not parse: \(line)") }
  }

  /// Ranges that, in order, tile `0..<count` (empty ranges allowed).
  public static func covers(_ ranges: [Range<Int>], _ count: Int, _ what: String) {
    var next = 0
    for range in ranges where !range.isEmpty {
      check(range.lowerBound == next, "\(what): \(range) after \(next): lost or doubled")
      next = range.upperBound
    }
    check(next == count, "\(what): \(next) of \(count) kept")
  }

  /// Every paragraph of each side in exactly one op, in the model and in the JSON.
  public static func diffKeepsEverything(_ diff: EditionDiff, json: String) {
    check(diff.coversEveryParagraphOnce, "diff loses or doubles a paragraph")
    guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
      let paragraphs = object["paragraphs"] as? [[String: Any]]
    else {
      check(false, "diff JSON does not parse")
      return
    }
    for side in ["a", "b"] {
      let numbers = paragraphs.flatMap { op -> [Int] in
        if let number = op[side] as? Int { return [number] }
        return op[side] as? [Int] ?? []
      }
      let count = side == "a" ? diff.a.paragraphs.count : diff.b.paragraphs.count
      if ProcessInfo.processInfo.environment["SVERKA_FUZZ_SKIP_JSON_CONSERVATION"] == nil {
        check(
          numbers.sorted() == Array(1...max(count, 1)).prefix(count).map { $0 },
          "diff JSON side \(side) lists \(numbers.sorted()) of \(count) paragraphs")
      }
    }
  }

  /// Whether `text` is one JSON value.
  public static func parses(_ text: String) -> Bool {
    (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]))
      != nil
  }

  private static func ids(_ range: Range<Int>) -> Substring {
    Substring(range.map { String($0 + 1) }.joined(separator: ","))
  }

  private static func isSpace(_ bytes: ArraySlice<UInt8>) -> Bool {
    String(decoding: bytes, as: UTF8.self).unicodeScalars.allSatisfy {
      $0.properties.isWhitespace || $0.properties.generalCategory == .format
    }
  }
}
