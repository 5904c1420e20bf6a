// `sverka map`: align JSON Lines records from standard input, one result record a line.

import ArgumentParser
import Foundation
import SverkaCore

/// Aligns a stream of records, for GNU parallel, Hadoop Streaming or Spark's `RDD.pipe`.
///
/// Input: one JSON object a line, `{"id": …, "en": "English text", "ru": "Russian text"}`
/// (the id may be any JSON value and is copied to the result; the two texts may be given
/// under either key, their languages are detected). Output: one object a line, in input
/// order, `{"id": …, "en_sentences": n, "ru_sentences": m, "links": [ … ]}` with the links
/// as `sverka align --format jsonl` writes them, or `{"id": …, "line": k, "error": "…"}`
/// for a record that cannot be aligned. Blank lines are skipped.
struct MapRecords: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "map",
    abstract: "Align JSON Lines records ({\"id\",\"en\",\"ru\"}) from standard input.",
    discussion: """
      Writes one result record a line, in input order. A record that cannot be aligned \
      gives an error record and a line on standard error; the others go on, and the exit \
      status is then 2 when a record is at fault, 3 when Sverka itself failed. With \
      --keep-going the status is 0 all the same, for engines (Hadoop Streaming) that fail \
      a whole task on any non-zero exit.
      """)

  @Flag(help: "Report bad records in-band only and exit 0 (for Hadoop Streaming).")
  var keepGoing = false

  func run() throws {
    let sink = OutputSink.standardOutput
    let failures = FailureTally()
    let aligner = Aligner()
    var lineNumber = 0
    try LineReader(lineLimit: 2 * InputLimits.aligning.bytes).forEachLine { line in
      lineNumber += 1
      guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
      let result: String
      do {
        result = try Self.process(line, lineNumber: lineNumber, aligner: aligner)
      } catch {
        let message = failures.record(error)
        FileHandle.standardError.write(Data("sverka: \(message)\n".utf8))
        result = Self.errorRecord(line, lineNumber: lineNumber, message: message)
      }
      try sink.write(result + "\n")
      try sink.flush()
    }
    if !keepGoing, let status = failures.status { throw status }
  }

  /// The result record for one input line.
  static func process(_ line: [UInt8], lineNumber: Int, aligner: Aligner = Aligner()) throws
    -> String
  {
    try RecordLine(line, lineNumber: lineNumber).result(
      place: "<stdin>:\(lineNumber)", aligner: aligner)
  }

  /// An error record, with the id when the line was JSON enough to have one.
  static func errorRecord(_ line: [UInt8], lineNumber: Int, message: String) -> String {
    MapRecordWriter().text(
      .failed(id: RecordLine.idJSON(of: line), line: lineNumber, message: message))
  }
}
