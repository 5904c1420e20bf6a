// Times segmentation in process, for tools/bench-segment.sh: reading and printing are
// left out so that the figures compare segmenters, not I/O.

import SverkaModel
import SverkaRead
import SverkaText

/// Runs one way of segmenting over a statement's paragraphs several times.
struct SegmentBenchmark {
  /// The paragraph texts.
  let paragraphs: [String]
  /// Their language.
  let language: Language

  /// The total UTF-8 size of the paragraphs.
  var byteCount: Int { paragraphs.reduce(0) { $0 + $1.utf8.count } }

  /// Seconds per run of `strategy` and the number of sentences found.
  func time(_ strategy: SentenceSegmenter.Strategy, runs: Int) throws -> ([Double], Int) {
    let segmenter = try SentenceSegmenter(language: language, strategy: strategy)
    var count = 0
    let seconds = try measure(runs: runs) {
      count = 0
      for paragraph in paragraphs { count += try segmenter.sentences(in: paragraph).count }
    }
    return (seconds, count)
  }

  /// Seconds per run of ICU's bare sentence iterator (boundaries only, no sentences made).
  func timeBareICU(runs: Int) throws -> ([Double], Int) {
    let iterator = try ICU.BreakIterator(.sentence, locale: "\(language.rawValue)@ss=standard")
    var count = 0
    var texts = paragraphs
    let seconds = try measure(runs: runs) {
      count = 0
      for index in texts.indices {
        try texts[index].withUTF8 { bytes in
          try iterator.forEachBoundary(in: bytes) { _, _ in count += 1 }
        }
      }
    }
    return (seconds, count)
  }

  private func measure(runs: Int, _ body: () throws -> Void) throws -> [Double] {
    let clock = ContinuousClock()
    var seconds: [Double] = []
    for _ in 0..<max(runs, 1) {
      let elapsed = try clock.measure(body)
      let parts = elapsed.components
      seconds.append(Double(parts.seconds) + Double(parts.attoseconds) * 1e-18)
    }
    return seconds
  }
}
