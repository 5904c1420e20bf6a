// Which revisions `track` judges by their facts alone, and when a translation carries them.

import SverkaModel
import Testing

@testable import SverkaCheck

@Suite struct RevisionCarryOverTests {
  /// Digits, capitalised words and months are facts; an English `may` or `march` in lower
  /// case is a verb, so a revision that changes it is a rewording.
  @Test func factsAreDigitsCapitalsAndMonths() {
    #expect(RevisionCarryOver.isFactsOnly(["31", "August"]))
    #expect(RevisionCarryOver.isFactsOnly(["Lavrov"]))
    #expect(RevisionCarryOver.isFactsOnly(["мая", "2019"]))
    #expect(RevisionCarryOver.isFactsOnly(["March"]))
    #expect(!RevisionCarryOver.isFactsOnly(["may"]))
    #expect(!RevisionCarryOver.isFactsOnly(["march"]))
    #expect(!RevisionCarryOver.isFactsOnly(["31", "denied"]))
  }

  /// The translation holds the number the source gained and not the one it lost.
  @Test func numbersCarriedOverAreFoundInTheTranslation() {
    let old = "Turnout reached 61 per cent on 18 March."
    let new = "Turnout reached 67 per cent on 18 March."
    #expect(
      RevisionCarryOver.carriesNumbers(
        old: old, new: new, translation: "Явка составила 67 процентов 18 марта.",
        source: .english))
    #expect(
      !RevisionCarryOver.carriesNumbers(
        old: old, new: new, translation: "Явка составила 61 процент 18 марта.",
        source: .english))
  }
}
