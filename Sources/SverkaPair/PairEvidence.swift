// Why two pages look like editions of one statement: the measures the pair score is built from.

import Foundation

/// The evidence that an English and a Russian page are editions of one statement.
public struct PairEvidence: Sendable, Equatable {
  /// The cosine of the two pages' weighted word concepts (lexicon translations, names and
  /// cognates through transliteration), from 0 to 1.
  public var words: Double
  /// The cosine of their weighted anchors (numbers, dates, months, acronyms), from 0 to 1.
  public var anchors: Double
  /// How far this pair's similarity stands above the best rival of either page (another
  /// candidate of the English page or of the Russian one); negative when a rival is closer.
  public var margin: Double
  /// The Russian page's length over the English page's, in characters.
  public var lengthRatio: Double
  /// The paragraph counts, English then Russian.
  public var paragraphs: (english: Int, russian: Int)
  /// The English dateline minus the Russian one, in minutes, when both pages have one.
  public var datelineGap: Int?

  /// The similarity that candidates are ranked by and margins are measured in.
  static func similarity(words: Double, anchors: Double) -> Double {
    0.7 * words + 0.3 * anchors
  }

  /// The measures the calibration weighs, in ``PairCalibration/coefficients`` order after
  /// the intercept.
  var features: [Double] {
    let lengthOffset = abs(log(max(lengthRatio, 1e-3)) - PairCalibration.expectedLogLengthRatio)
    let paragraphOffset = abs(log(Double(paragraphs.russian + 1) / Double(paragraphs.english + 1)))
    let both = datelineGap == nil ? 0.0 : 1.0
    let gap = datelineGap.map { log1p(abs(Double($0)) / 60) } ?? 0
    return [words, anchors, margin, lengthOffset, paragraphOffset, both, gap]
  }

  public static func == (left: PairEvidence, right: PairEvidence) -> Bool {
    left.words == right.words && left.anchors == right.anchors && left.margin == right.margin
      && left.lengthRatio == right.lengthRatio && left.paragraphs == right.paragraphs
      && left.datelineGap == right.datelineGap
  }
}
