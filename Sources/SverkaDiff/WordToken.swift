// A word unit of a paragraph as the diff sees it: interned keys and its original place.

/// A word (with its inner hyphens and apostrophes), a number or a punctuation mark of a
/// paragraph.
///
/// Units are what the word diff compares, so a change never splits a word; punctuation is
/// a unit of its own so that a changed comma is a change of one mark.
struct WordToken: Sendable, Hashable {
  /// What the unit is.
  enum Kind: UInt8, Sendable {
    case word, number, punctuation
  }

  /// The interned matching key of the unit, case folded.
  var keyID: Int32
  /// The interned key that equality uses: `keyID`, plus letter case unless case is ignored.
  var matchID: Int32
  /// The UTF-8 range of the unit in the paragraph's original text.
  var original: Range<Int>
  /// The UTF-8 range of the white space (and invisible characters) before it.
  var gapBefore: Range<Int>
  /// What the unit is.
  var kind: Kind
}
