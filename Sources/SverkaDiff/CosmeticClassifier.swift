// Names the typographic kinds by which two texts with one matching key differ.

import SverkaModel
import SverkaText

/// Classifies typographic differences between texts whose matching keys are equal.
enum CosmeticClassifier {
  private static let quotes = Set(
    "'\"" + Typography.singleQuoteVariants + Typography.doubleQuoteVariants)
  private static let dashes = Set("-" + Typography.dashVariants)

  /// The kinds of typographic difference between `a` and `b`; empty when they are equal.
  ///
  /// Characters present in one text more often than in the other are compared: quotes,
  /// dashes, the minus sign, white space, soft hyphens, invisible characters, «ё», letter
  /// case and compatibility forms (such as `…` for `...`).
  static func kinds(_ a: Substring, _ b: Substring) -> Set<CosmeticKind> {
    guard a != b else { return [] }
    var counts: [Character: Int] = [:]
    for scalar in a.unicodeScalars { counts[Character(scalar), default: 0] += 1 }
    for scalar in b.unicodeScalars { counts[Character(scalar), default: 0] -= 1 }
    let differing = counts.filter { $0.value != 0 }.map(\.key)
    var kinds = Set<CosmeticKind>()
    let hasMinus = differing.contains("\u{2212}")
    for character in differing {
      switch character {
      case "\u{2212}": kinds.insert(.minus)
      case _ where dashes.contains(character): kinds.insert(hasMinus ? .minus : .dashes)
      case _ where quotes.contains(character): kinds.insert(.quotes)
      case "\u{00AD}": kinds.insert(.softHyphen)
      case "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{180E}":
        kinds.insert(.invisible)
      case "ё", "Ё": kinds.insert(.yo)
      case _
      where (character == "е" || character == "Е")
        && (differing.contains("ё") || differing.contains("Ё")):
        kinds.insert(.yo)
      case _ where character.isWhitespace: kinds.insert(.spaces)
      case "…", ".": kinds.insert(.compatibility)
      case _ where character.isLetter:
        let lower = Character(character.lowercased())
        let other = counts.contains {
          $0.value != 0 && $0.key != character && $0.key.lowercased() == String(lower)
        }
        kinds.insert(other ? .letterCase : .compatibility)
      default: kinds.insert(.compatibility)
      }
    }
    return kinds
  }
}
