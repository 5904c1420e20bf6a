// The negations of an English or a Russian sentence, for translation mode's polarity check.

import SverkaText

/// Finds the words that deny a sentence (`not`, `never`, `не`, `нет`, `никогда` …), so
/// translation mode can tell a sentence from its opposite.
///
/// The two languages deny differently: Russian doubles negations (`никто не`), writes many
/// of English's (`fail to`, `unless`, `until`, `impossible`) with a separate `не` (`не
/// удалось`, `если не`, `пока не`, `невозможно`), and uses `не` in phrases that deny
/// nothing (`не менее` for "at least", `не раз` for "more than once", `что бы ни`), and
/// English marks with `ever` or `anything` what Russian denies (`the best I've ever seen` ↔
/// `я не видел лучше`). So the check only compares a sentence that has clear negations with
/// one that has none and none of those softer forms either; in Russian only a bare «не» is
/// clear (the words are in `negations-*.txt`): ``english(_:)`` and ``russian(_:)`` return
/// `nil` for a sentence that cannot be judged.
enum TranslationNegations {
  /// The clear negations of an English sentence; `nil` when it has a softer form too.
  static func english(_ sentence: String) -> [String]? {
    var found: [String] = []
    for word in words(sentence) {
      if Lexis.negations.english.soft.contains(word) { return nil }
      if Lexis.negations.english.clear.contains(word) || Negations.isContracted(word) {
        found.append(word)
      }
    }
    return found
  }

  /// The clear negations of a Russian sentence; `nil` when it has a softer form too.
  static func russian(_ sentence: String) -> [String]? {
    var found: [String] = []
    for word in words(sentence) {
      if Lexis.negations.russian.soft.contains(word) { return nil }
      if Lexis.negations.russian.clear.contains(word) { found.append(word) }
    }
    return found
  }

  /// The lower-cased words of `sentence`, apostrophes kept inside them (`don't`), less an
  /// `'s` of a possessive or a contraction (`Nobody’s gonna know` reads `nobody`).
  private static func words(_ sentence: String) -> [String] {
    var result: [String] = []
    var current = ""
    func flush() {
      guard !current.isEmpty else { return }
      if current.count > 2, current.hasSuffix("'s") || current.hasSuffix("’s") {
        current.removeLast(2)
      }
      result.append(current)
      current = ""
    }
    let bytes = Array(sentence.utf8)
    WordSpans.scan(bytes, letters: .characters) { span in
      if span.kind == .letters {
        current += String(decoding: bytes[span.range], as: UTF8.self).lowercased()
      } else if (span.isOnly("'") || span.isOnly("’")) && !current.isEmpty {
        current.unicodeScalars.append(span.first)
      } else {
        flush()
      }
    }
    flush()
    return result
  }
}
