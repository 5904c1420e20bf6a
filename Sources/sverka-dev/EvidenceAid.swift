// `sverka-dev evidence`: each sentence link's score evidence as JSON Lines, for
// tools/fit-calibration.py.

import ArgumentParser
import SverkaAlign
import SverkaModel
import SverkaRead

/// Aligns two editions and writes the evidence behind each sentence link's score.
struct EvidenceAid: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evidence",
    abstract: "Write each sentence link's score evidence as JSON Lines.",
    discussion: """
      One object a link: 1-based en_ids and ru_ids, the calibrated score and the \
      calibration's features, in the order of ScoreCalibration.featureNames.
      """)

  @Argument(help: "EN RU, in either order.")
  var inputs: [String]

  @Flag(help: "The inputs are already split: one sentence a line, blank lines between paragraphs.")
  var segmented = false

  func validate() throws {
    guard inputs.count == 2 else { throw ValidationError("give two files (EN RU)") }
  }

  func run() throws {
    let statements = try inputs.map { path in
      let bytes = try DevInput.bytes(path)
      return segmented
        ? try SegmentedReader().read(bytes, path: path)
        : try StatementReader().read(bytes, path: path)
    }
    let (english, russian) = try Aligner.editions(statements[0], statements[1])
    DevInput.print(Self.lines(try Aligner().evidence(english, russian)))
  }

  /// One JSON object a link: 1-based ids, the score and ``ScoreCalibration``'s features.
  private static func lines(_ links: [LinkEvidence]) -> String {
    var out = ""
    for link in links {
      let ids = { (range: Range<Int>) in range.map { String($0 + 1) }.joined(separator: ",") }
      let features = ScoreCalibration.features(of: link).map { "\($0)" }
      out += "{\"en_ids\":[\(ids(link.english))],\"ru_ids\":[\(ids(link.russian))],"
      out += "\"score\":\(ScoreCalibration.fitted.score(link)),"
      out += "\"features\":[\(features.joined(separator: ","))]}\n"
    }
    return out
  }
}
