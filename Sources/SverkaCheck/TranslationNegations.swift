// The negations of an English or a Russian sentence, for translation mode's polarity check.

/// Finds the words that deny a sentence (`not`, `never`, `не`, `нет`, `никогда` …), so
/// translation mode can tell a sentence from its opposite.
///
/// The two languages deny differently: Russian doubles negations (`никто не`), writes many
/// of English's (`fail to`, `unless`, `until`, `impossible`) with a separate `не` (`не
/// удалось`, `если не`, `пока не`, `невозможно`), and uses `не` in phrases that deny
/// nothing (`не менее` for "at least", `не раз` for "more than once", `что бы ни`). So
/// the check only compares a sentence that has clear negations with one that has none
/// and none of those softer forms either: ``english(_:)`` and ``russian(_:)`` return
/// `nil` for a sentence that cannot be judged.
enum TranslationNegations {
  private static let englishWords: Set<String> = [
    "not", "no", "never", "nor", "neither", "none", "nobody", "nothing", "nowhere", "cannot",
  ]
  /// English words that carry a negation Russian writes with `не`, or hedge one.
  private static let englishSoft: Set<String> = [
    "without", "unless", "until", "till", "fail", "fails", "failed", "failing", "failure",
    "lack", "lacks", "lacked", "lacking", "hardly", "barely", "scarcely", "rarely", "seldom",
    "impossible", "unable", "unlikely", "instead", "rather", "except", "refuse", "refused",
    "refuses", "deny", "denied", "denies", "avoid", "avoided", "prevent", "prevented", "stop",
    "stopped", "absence", "absent", "ignore", "ignored", "neglect", "few", "little", "less",
    "only", "doubt", "whether", "too", "free", "independent", "regardless", "beyond",
    "against", "lost", "missing", "away", "off", "out", "before", "yet", "still", "else",
  ]
  private static let russianWords: Set<String> = [
    "не", "нет", "ни", "никогда", "никто", "ничто", "ничего", "нигде", "никуда", "никак",
    "никого", "никому", "ничем", "никаких", "никакой", "никакого", "никакие", "никакая",
    "ничему", "никем", "нисколько",
  ]
  /// Russian words and phrase heads that deny softly, or deny nothing.
  private static let russianSoft: Set<String> = [
    "без", "пока", "кроме", "лишь", "только", "нельзя", "невозможно", "неважно", "нечего",
    "некогда", "незачем", "несмотря", "вряд", "едва", "чуть", "разве", "бы", "менее",
    "более", "раз", "зря", "против", "вместо", "отказ", "отказался", "отказались",
    "отказалась", "отсутствие", "отсутствует", "лишен", "лишён", "мало",
    "немного", "неужели", "ли",
  ]

  /// The clear negations of an English sentence; `nil` when it has a softer form too.
  static func english(_ sentence: String) -> [String]? {
    var found: [String] = []
    for word in words(sentence) {
      if englishSoft.contains(word) { return nil }
      if englishWords.contains(word) || word.hasSuffix("n't") || word.hasSuffix("n’t") {
        found.append(word)
      }
    }
    return found
  }

  /// The clear negations of a Russian sentence; `nil` when it has a softer form too.
  static func russian(_ sentence: String) -> [String]? {
    var found: [String] = []
    for word in words(sentence) {
      if russianSoft.contains(word) { return nil }
      if russianWords.contains(word) { found.append(word) }
    }
    return found
  }

  /// The lower-cased words of `sentence`, apostrophes kept inside them (`don't`).
  private static func words(_ sentence: String) -> [String] {
    var result: [String] = []
    var current = ""
    for character in sentence.lowercased() {
      if character.isLetter || ((character == "'" || character == "’") && !current.isEmpty) {
        current.append(character)
      } else if !current.isEmpty {
        result.append(current)
        current = ""
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }
}
