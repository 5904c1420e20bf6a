// The logistic model that turns pair evidence into a calibrated probability.

import Foundation

/// Maps ``PairEvidence`` to the probability that the two pages are editions of one
/// statement.
///
/// A logistic regression over ``PairEvidence/features``, fitted by `tools/pair.py fit` on
/// candidate pairs of crawls built from WMT24 English–Russian documents (plain text,
/// ministry-style pages and short documents, with pages lacking a counterpart). The
/// coefficients are fixed here; refit them when the evidence changes.
enum PairCalibration {
  /// The typical ln(Russian length / English length) of a statement's two editions: Russian
  /// runs about 10 % longer (0.03 on the WMT24 dev crawls, whose spread is 0.09).
  static let expectedLogLengthRatio = 0.09

  /// The intercept, then one coefficient a feature.
  static let coefficients: [Double] = [
    1.8313, 1.5568, -0.8387, 45.8063, -4.2004, -4.6829, 9.9781, -2.0294,
  ]

  /// The probability that a pair with `evidence` is right.
  static func probability(_ evidence: PairEvidence) -> Double {
    var sum = coefficients[0]
    for (coefficient, value) in zip(coefficients.dropFirst(), evidence.features) {
      sum += coefficient * value
    }
    return 1 / (1 + exp(-sum))
  }
}
