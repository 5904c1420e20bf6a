// Gale and Church's length cost: how surprising a pair of lengths is for a translation.
import Foundation

/// The Gale–Church cost of aligning texts of given character lengths.
///
/// Russian length is modelled as normal around `ratio` × English length with variance
/// `variance` × English length plus ``fixedVariance``; the cost is −log of the two-sided
/// tail probability of the standardised difference, as in Gale and Church (1993). Both
/// figures are estimated from the document pair (``AlignmentModel``).
struct LengthCost: Sendable {
  /// Expected Russian characters per English character.
  var ratio: Double
  /// Variance of the Russian length per English character.
  var variance: Double

  /// The cost for `english` and `russian` characters, 0 for a perfect match.
  @inline(__always)
  func cost(english: Double, russian: Double) -> Double {
    Self.tailCost(delta(english: english, russian: russian))
  }

  /// The standardised difference |δ| of `english` and `russian` characters.
  @inline(__always)
  func delta(english: Double, russian: Double) -> Double {
    // Use the mean of both lengths in English units, so the cost is symmetric enough
    // for either side to be the longer.
    let base = max(1, (english + russian / ratio) / 2)
    return abs(russian - ratio * english) / (variance * base + Self.fixedVariance).squareRoot()
  }

  /// The part of the variance that does not grow with length, in characters squared
  /// (a standard deviation of about 14 characters). Gale and Church's variance alone
  /// shrinks with the length, so a short sentence rendered by a longer phrase ("Is that
  /// true?" ↔ "Соответствует ли это действительности?", 13 ↔ 38 characters) cost more
  /// than a deleted sentence, and the aligner merged it into its neighbour or dropped it.
  static let fixedVariance = 200.0

  /// −log erfc(δ/√2), from a table with linear interpolation (erfc and log dominate the
  /// aligner's time otherwise); exact to about 10⁻⁴.
  @inline(__always)
  static func tailCost(_ delta: Double) -> Double {
    let position = delta * Double(tableSteps)
    guard position < Double(table.count - 1) else { return exactTailCost(delta) }
    let index = Int(position)
    let fraction = position - Double(index)
    return table[index] + (table[index + 1] - table[index]) * fraction
  }

  static func exactTailCost(_ delta: Double) -> Double {
    let tail = erfc(delta / 2.0.squareRoot())
    return tail > 1e-300 ? -log(tail) : 690
  }

  private static let tableSteps = 100
  private static let table: [Double] = (0...(12 * tableSteps)).map {
    exactTailCost(Double($0) / Double(tableSteps))
  }
}
