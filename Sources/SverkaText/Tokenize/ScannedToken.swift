// A word or number of a sentence as the word scanner yields it.

/// A word or number of a sentence, as the aligner compares them.
package struct ScannedToken: Sendable, Equatable {
  /// What the token is.
  package enum Kind: Sendable, Equatable {
    /// Latin or Cyrillic letters.
    case word
    /// A run of ASCII digits, leading zeros dropped.
    case number
    /// A percent sign, which Russian often spells out (`5%` ↔ `5 процентов`).
    case percent
  }

  package let kind: Kind
  /// Lower-cased, `ё` folded to `е`; for numbers the digits.
  package let text: String
  /// The word was written in capitals only (`NATO`, `ОБСЕ`), two letters or more.
  package let isCapitals: Bool
}
