// The part a known abbreviation plays at the full stop that ends it.

/// What a known abbreviation does at the full stop that ends it.
package enum AbbreviationKind: Sendable {
  /// Never ends a sentence: a title or a word that leads into what follows (`Mr.`, `т.е.`).
  case prefix
  /// May end a sentence, and does when a capitalised function word follows (`U.S.`,
  /// `2018 г.`, `p.m.`): names, titles and other nouns after it run on.
  case unit
  /// Closes an enumeration: any capitalised word after it starts a sentence (`etc.`, `т.д.`).
  case listEnd
}
