// One input line of `sverka map` read as a record: its id as JSON text and its two texts.

import Foundation
import SverkaCore

/// A `map` input record, `{"id": …, "en": "…", "ru": "…"}`, read from one line's bytes.
///
/// tools/Fuzz compiles this file into its record-reader target, so it uses only Foundation
/// and SverkaCore.
struct RecordLine {
  /// The id as JSON text, copied to the result; `null` when the record has none.
  let idJSON: String
  /// The text given under `en`.
  let en: String
  /// The text given under `ru`.
  let ru: String

  /// Reads `line`, the `lineNumber`-th line of standard input.
  ///
  /// - Throws: ``InputError/malformed(_:line:reason:)`` saying what is wrong: not JSON (with
  ///   the parser's reason, such as a number out of range), not an object, or without the
  ///   two string fields.
  init(_ line: [UInt8], lineNumber: Int) throws {
    let value: Any
    do {
      value = try JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed])
    } catch {
      let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
      throw InputError.malformed(
        "<stdin>", line: lineNumber,
        reason: "not valid JSON" + (reason.map { ": " + Self.oneLine($0) } ?? ""))
    }
    guard let object = value as? [String: Any] else {
      throw InputError.malformed("<stdin>", line: lineNumber, reason: "not a JSON object")
    }
    guard let en = object["en"] as? String, let ru = object["ru"] as? String else {
      throw InputError.malformed(
        "<stdin>", line: lineNumber, reason: "needs string fields \"en\" and \"ru\"")
    }
    self.idJSON = Self.json(object["id"])
    self.en = en
    self.ru = ru
  }

  /// The result record: the id, both sentence counts and the links as JSON Lines objects.
  ///
  /// - Parameters:
  ///   - place: the record's place (`<stdin>:LINE`) for error messages.
  ///   - aligner: the aligner, made once for every record.
  /// - Returns: the record as one line of JSON, without its line end.
  /// - Throws: ``InputError`` when a text cannot be read or both are in one language.
  func result(place: String, aligner: Aligner = Aligner()) throws -> String {
    let reader = StatementReader()
    let (english, russian) = try Aligner.editions(
      reader.read(text: TextDecoder.unifyingLineEnds(en), path: place + ":en"),
      reader.read(text: TextDecoder.unifyingLineEnds(ru), path: place + ":ru"))
    for statement in [english, russian] { try InputLimits.aligning.check(statement) }
    let alignment = try aligner.align(english, russian)
    return MapRecordWriter().text(
      .aligned(id: idJSON, AlignedEditions(alignment, english: english, russian: russian)))
  }

  /// The id of `line` as JSON text when the line is a JSON object with one, else `null`.
  static func idJSON(of line: [UInt8]) -> String {
    let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
    return json(object?["id"])
  }

  /// A JSON value as JSON text, `null` when absent.
  private static func json(_ value: Any?) -> String {
    guard let value, !(value is NSNull),
      let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed])
    else { return "null" }
    return String(decoding: data, as: UTF8.self)
  }

  /// `text` without line breaks, so a message stays on one line.
  private static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }
}
