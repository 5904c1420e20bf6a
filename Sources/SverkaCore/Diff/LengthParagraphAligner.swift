// A stand-in paragraph aligner for translation mode: lengths and numbers, nothing more.

import Foundation

/// The built-in, deliberately simple aligner behind ``TranslationCheck`` until the real
/// `Aligner` is plugged in: dynamic programming over 1-1, 1-0, 0-1, 1-2 and 2-1 steps with
/// a cost from the length ratio (Gale–Church style, scaled by the document's overall
/// ratio) and the agreement of the digit sequences; the same at sentence level inside
/// each paragraph link.
///
/// It has no lexicon and no cognates, so it is weak on texts whose paragraphs differ in
/// number; it is here so translation mode works and is testable on its own.
public struct LengthParagraphAligner: ParagraphAligning, Sendable {
  /// Creates the aligner.
  public init() {}

  /// Links paragraphs, then sentences within each link.
  ///
  /// - Complexity: O(n · m) for `n` and `m` paragraphs (and the same for the sentences of
  ///   each link).
  public func paragraphLinks(english: Statement, russian: Statement) throws -> [ParagraphLink] {
    let ratio = Self.ratio(english.paragraphs.map(\.text), russian.paragraphs.map(\.text))
    let paragraphSteps = Self.align(
      english.paragraphs.map(\.text), russian.paragraphs.map(\.text), ratio: ratio)
    return paragraphSteps.map { step in
      let enSentences = step.a.flatMap { english.paragraphs[$0].sentences.map(\.text) }
      let ruSentences = step.b.flatMap { russian.paragraphs[$0].sentences.map(\.text) }
      let sentenceSteps =
        step.a.isEmpty || step.b.isEmpty ? [] : Self.align(enSentences, ruSentences, ratio: ratio)
      return ParagraphLink(
        english: step.a, russian: step.b, score: step.score,
        sentences: sentenceSteps.map {
          ParagraphLink.SentenceLink(english: $0.a, russian: $0.b, score: $0.score)
        })
    }
  }

  struct Step {
    var a: [Int]
    var b: [Int]
    var score: Double
  }

  static func ratio(_ a: [String], _ b: [String]) -> Double {
    let aLength = a.reduce(0) { $0 + $1.count }
    let bLength = b.reduce(0) { $0 + $1.count }
    return aLength == 0 || bLength == 0 ? 1 : Double(bLength) / Double(aLength)
  }

  /// The digit runs of a text, as strings, sorted.
  static func digitRuns(_ text: String) -> [String] {
    var runs: [String] = []
    var current = ""
    for scalar in text.unicodeScalars {
      if ("0"..."9").contains(scalar) {
        current.unicodeScalars.append(scalar)
      } else if !current.isEmpty {
        runs.append(current)
        current = ""
      }
    }
    if !current.isEmpty { runs.append(current) }
    return runs.sorted()
  }

  private static let skipCost = 1.2
  private static let groupPenalty = 0.35

  private static func cost(_ a: [String], _ b: [String], ratio: Double) -> Double {
    let aLength = Double(max(1, a.reduce(0) { $0 + $1.count }))
    let bLength = Double(max(1, b.reduce(0) { $0 + $1.count }))
    var cost = abs(log(bLength / (aLength * ratio))) * 1.5
    let aNumbers = digitRuns(a.joined(separator: " "))
    let bNumbers = digitRuns(b.joined(separator: " "))
    if !aNumbers.isEmpty || !bNumbers.isEmpty {
      let shared = Similarity.overlap(aNumbers.map(hashed), bNumbers.map(hashed).sorted())
      cost += 1 - Double(2 * shared) / Double(aNumbers.count + bNumbers.count)
    }
    return cost
  }

  private static func hashed(_ text: String) -> Int32 { Int32(text.suffix(9)) ?? 0 }

  /// The cheapest path of steps through `a` and `b`.
  static func align(_ a: [String], _ b: [String], ratio: Double) -> [Step] {
    let n = a.count
    let m = b.count
    let width = m + 1
    var best = [Double](repeating: .infinity, count: (n + 1) * width)
    var move = [(Int, Int)](repeating: (0, 0), count: (n + 1) * width)
    var stepCost = [Double](repeating: 0, count: (n + 1) * width)
    best[0] = 0
    let shapes = [(1, 1), (1, 0), (0, 1), (1, 2), (2, 1)]
    for i in 0...n {
      for j in 0...m where i + j > 0 {
        for (da, db) in shapes where da <= i && db <= j {
          let previous = best[(i - da) * width + j - db]
          guard previous.isFinite else { continue }
          let local: Double
          if da == 0 || db == 0 {
            local = skipCost
          } else {
            local =
              cost(Array(a[(i - da)..<i]), Array(b[(j - db)..<j]), ratio: ratio)
              + (da + db > 2 ? groupPenalty : 0)
          }
          if previous + local < best[i * width + j] {
            best[i * width + j] = previous + local
            move[i * width + j] = (da, db)
            stepCost[i * width + j] = local
          }
        }
      }
    }
    var steps: [Step] = []
    var i = n
    var j = m
    while i > 0 || j > 0 {
      let (da, db) = move[i * width + j]
      let local = stepCost[i * width + j]
      steps.append(
        Step(
          a: Array((i - da)..<i), b: Array((j - db)..<j),
          score: da == 0 || db == 0 ? 0 : max(0, min(1, 1 - local / 2))))
      i -= da
      j -= db
    }
    return steps.reversed()
  }
}
