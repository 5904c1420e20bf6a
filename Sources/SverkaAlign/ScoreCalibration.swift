// Turns a link's evidence into a score that means what it says: a probability of being right.
import Foundation

/// A logistic model from a link's evidence to the probability that a sentence link is right.
///
/// The cost model's posterior alone is over-confident where the model is wrong (a merge that
/// hides a short untranslated sentence still wins most of the probability mass), so the
/// score also looks at how much of the link's vocabulary and anchors meet, its length
/// difference, its shape, and its neighbours: whether one is a sentence without
/// counterpart or a merge, and how sure the model is of them.
public struct ScoreCalibration: Sendable {
  /// The weights of the features named by ``featureNames``, intercept first.
  public let weights: [Double]

  /// Creates a calibration with `weights`, one for each of ``featureNames``.
  public init(weights: [Double]) {
    precondition(weights.count == Self.featureNames.count, "one weight a feature")
    self.weights = weights
  }

  /// The names of the model's features, in order.
  public static let featureNames = [
    "intercept", "logit_posterior", "unmatched", "merged", "word_coverage", "log_word_hits",
    "anchor_misses", "anchor_hits", "length_delta", "beside_unmatched", "beside_merged",
    "logit_neighbour_posterior",
  ]

  /// Weights fitted by `python3 tools/fit-calibration.py --cases 300 --wmt DIR
  /// --wmt-weight 5 --wrong-weight 15` (logistic regression by Newton's method, L2 1e-3):
  /// 300 generated cases (seed 11), the Pairs' gold sentences with sentences deleted,
  /// inserted, merged and split, and, counted five times, the dev half of the WMT24
  /// English–Russian documents, clean and with seeded merges, swaps and deletions. Each
  /// wrong link counts fifteen times: a score below 0.5 is meant to catch most wrong links, at
  /// the price of scores in the middle that are lower than the share of right links there.
  /// The gold pairs themselves and the held-out half are not used, so they stay a test.
  public static let fitted = ScoreCalibration(weights: [
    -0.5215, 0.6018, -1.8012, -1.9240, 0.1313, -0.2642, 0.3761, 0.3287, -0.4196, -0.4671, -1.3195,
    0.3223,
  ])

  /// The model's inputs for `evidence`.
  ///
  /// - Parameter evidence: one link's evidence.
  /// - Returns: one value a name of ``featureNames``.
  package static func features(of evidence: LinkEvidence) -> [Double] {
    func logit(_ probability: Double) -> Double {
      let p = min(max(probability, 1e-4), 1 - 1e-4)
      return log(p / (1 - p))
    }
    let merged = evidence.english.count > 1 || evidence.russian.count > 1
    return [
      1,
      logit(evidence.posterior),
      evidence.isUnmatched ? 1 : 0,
      merged ? 1 : 0,
      evidence.words > 0 ? evidence.wordHits / evidence.words : 0,
      log1p(evidence.wordHits),
      min(evidence.anchors - evidence.anchorHits, 4),
      min(evidence.anchorHits, 4),
      min(evidence.lengthDelta, 6),
      evidence.besideUnmatched ? 1 : 0,
      evidence.besideMerged ? 1 : 0,
      min(logit(evidence.neighbourPosterior), 6),
    ]
  }

  /// The probability that the link behind `evidence` is right.
  ///
  /// - Parameter evidence: one link's evidence.
  /// - Returns: a score in [0, 1].
  package func score(_ evidence: LinkEvidence) -> Double {
    let x = Self.features(of: evidence)
    var z = 0.0
    for index in x.indices { z += weights[index] * x[index] }
    return 1 / (1 + exp(-z))
  }
}
