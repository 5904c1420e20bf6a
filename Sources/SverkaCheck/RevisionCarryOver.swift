// Whether a translation already carries a revision of its source: `updated` in tracking.

import SverkaAlign
import SverkaModel

/// Tells a translation that already says what the revised source says (``TranslationTracker``'s
/// `updated`) from one the revision has left behind (`stale`).
///
/// Only a revision of facts can be told apart: one whose deleted and inserted words all hold a
/// digit, a capital or a month (`31%` → `30%`, `Lavrov` → `Shoigu`, `August` → `September`).
/// A reworded sentence cannot be followed into another language word by word, so any other
/// revision leaves its translation stale.
enum RevisionCarryOver {
  /// The words the revision deleted or inserted, or `nil` when a change shows none: a
  /// split, a merge or a replaced paragraph, or no word changed at all.
  static func changedWords(_ changes: [ParagraphDiff]) -> [Substring]? {
    guard
      changes.allSatisfy({
        $0.operation == .changed || TranslationTracker.keepsTranslation($0)
      })
    else { return nil }
    let words = changes.flatMap(\.words)
      .filter { $0.operation == .deleted || $0.operation == .inserted }
      .flatMap { $0.text.split(whereSeparator: \.isWhitespace) }
    return words.isEmpty ? nil : words
  }

  /// Whether every changed word holds a digit.
  static func isNumbersOnly(_ words: [Substring]) -> Bool {
    words.allSatisfy { $0.contains(where: \.isNumber) }
  }

  /// Whether every changed word holds a digit, starts with a capital or names a month.
  ///
  /// English writes its months with a capital, so a month in lower case is Russian (`мая`);
  /// an English `may` or `march` in lower case is the verb, and a change of it is a rewording.
  static func isFactsOnly(_ words: [Substring]) -> Bool {
    words.allSatisfy { word in
      if word.contains(where: \.isNumber) || word.first(where: \.isLetter)?.isUppercase == true {
        return true
      }
      return Anchors.month(russian: word.filter(\.isLetter).lowercased()) != nil
    }
  }

  /// Whether the translation has every number the new source text gained and none it lost,
  /// numbers, dates and codes (`K1100`, `@user10`) read as the translation check reads them
  /// (``TranslationFacts``), in their paragraphs: `$16 billion` and `16 млрд` are one
  /// number, and a paragraph that says a number twice keeps it when one of the two changes.
  static func carriesNumbers(
    old: String, new: String, translation: String, source: Language
  ) -> Bool {
    let vocabulary = FactVocabulary()
    func keys(_ facts: TranslationFacts) -> Set<String> {
      Set(facts.numbers.keys).union(facts.codes.keys.map { "code:" + $0 })
        .union(facts.dates.keys.map { "date:" + $0 })
    }
    let before = keys(TranslationFacts(old, language: source, vocabulary: vocabulary))
    let after = keys(TranslationFacts(new, language: source, vocabulary: vocabulary))
    let translated = TranslationFacts(
      translation, language: source == .english ? .russian : .english, vocabulary: vocabulary)
    let held = keys(translated).union(translated.optionalNumbers)
    let gained = after.subtracting(before)
    let lost = before.subtracting(after)
    return !(gained.isEmpty && lost.isEmpty) && gained.isSubset(of: held)
      && lost.isDisjoint(with: held)
  }

  /// Whether every difference the translation check finds between the new source and the
  /// translation (`now`) it also found against the old source (`before`), which had more. A
  /// difference both share (a name the translator rendered freely, a sentence left out) was
  /// there before the revision and says nothing of it.
  static func carriesFacts(now: [ReasonEvidence], before: [ReasonEvidence]) -> Bool {
    atoms(now).isStrictSubset(of: atoms(before))
  }

  /// One item of evidence: a name, number or sentence found on one side only.
  private struct Atom: Hashable {
    var reason: ChangeReason
    /// Whether the item is the source's (`onlyInA`), or the translation's.
    var inSource: Bool
    /// The item; empty for a reason given without items.
    var item: String
  }

  /// The items of `evidence` one by one.
  private static func atoms(_ evidence: [ReasonEvidence]) -> Set<Atom> {
    var atoms = Set<Atom>()
    for found in evidence {
      for item in found.onlyInA {
        atoms.insert(Atom(reason: found.reason, inSource: true, item: item))
      }
      for item in found.onlyInB {
        atoms.insert(Atom(reason: found.reason, inSource: false, item: item))
      }
      if found.onlyInA.isEmpty && found.onlyInB.isEmpty {
        atoms.insert(Atom(reason: found.reason, inSource: true, item: ""))
      }
    }
    return atoms
  }
}
