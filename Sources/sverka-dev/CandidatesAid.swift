// `sverka-dev candidates`: every candidate pair the pairer scored, with its features, for
// `tools/pair.py fit`.

import ArgumentParser
import SverkaModel
import SverkaPair

/// Pairs a crawl and writes every scored candidate pair with its evidence.
struct CandidatesAid: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "candidates",
    abstract: "Write every scored candidate pair of a crawl with its features.")

  @Argument(help: "EN_DIR RU_DIR, or one DIR of mixed pages.")
  var inputs: [String]

  @Option(help: "The lowest score a pair may have (0 < X < 1).")
  var minScore = 0.5

  func validate() throws {
    guard inputs.count == 1 || inputs.count == 2 else {
      throw ValidationError("give two folders (EN_DIR RU_DIR) or one folder of mixed pages")
    }
  }

  func run() throws {
    let sides: [CrawlPairer.Side] =
      inputs.count == 2 ? [(inputs[0], .english), (inputs[1], .russian)] : [(inputs[0], nil)]
    let crawl = try CrawlPairer(minimumScore: minScore).pair(sides) { try DevInput.bytes($0) }
    DevInput.print(PairingWriter().candidateLines(crawl))
  }
}
