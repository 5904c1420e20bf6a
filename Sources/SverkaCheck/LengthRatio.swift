// The length ratio of a translation, the one measure the check's sentence pairing and its
// lone-sentence rules compare with the document's.

import Foundation

/// The log of a Russian text's length over its English counterpart's, in characters.
enum LengthRatio {
  /// `ln(russian / english)`, each length at least 1 so that an empty side stays finite.
  static func of(english: Int, russian: Int) -> Double {
    log(Double(max(1, russian)) / Double(max(1, english)))
  }
}
