// A pair of values, one for English and one for Russian: how the lexis hands out its lists.

/// One value for English and one for Russian, such as the two editions of a word list.
package struct Bilingual<Value: Sendable>: Sendable {
  /// The English value.
  package let english: Value
  /// The Russian value.
  package let russian: Value

  /// A pair of `english` and `russian`.
  package init(english: Value, russian: Value) {
    self.english = english
    self.russian = russian
  }

  /// Both values transformed by `transform`.
  package func map<Other: Sendable>(_ transform: (Value) -> Other) -> Bilingual<Other> {
    Bilingual<Other>(english: transform(english), russian: transform(russian))
  }
}
