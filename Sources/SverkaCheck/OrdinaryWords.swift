// The words each edition of a check writes in lower case: evidence that a capitalised one is no name.

import SverkaModel

/// The words an English and a Russian edition write in lower case somewhere, each as written.
///
/// A word that an edition writes with a capital at a line's start, in a list or in a title
/// (`Easel`, `Back to this`, `Снова`) but in lower case elsewhere is an ordinary word, and
/// the name check does not take it for a name. A name is written with its capital
/// everywhere, so a name never lands here; a surname that is also a word (`Brown`) is left
/// unjudged when the edition also uses the word.
struct OrdinaryWords: Sendable {
  private var english: Set<String> = []
  private var russian: Set<String> = []

  /// No words: every capitalised word may be a name.
  init() {}

  /// The lower-case words of `english` and `russian`.
  init(english: SegmentedStatement, russian: SegmentedStatement) {
    self.english = Self.lowerCaseWords(english)
    self.russian = Self.lowerCaseWords(russian)
  }

  /// Whether `lower`, a word in lower case, is written in lower case in its edition.
  func contains(_ lower: String, english isEnglish: Bool) -> Bool {
    (isEnglish ? english : russian).contains(lower)
  }

  /// The words of `statement` whose first letter is a lower-case one.
  private static func lowerCaseWords(_ statement: SegmentedStatement) -> Set<String> {
    var words: Set<String> = []
    for paragraph in statement.paragraphs {
      var word = String.UnicodeScalarView()
      var lowerStart = false
      for scalar in paragraph.text.unicodeScalars {
        if scalar.properties.isAlphabetic {
          if word.isEmpty { lowerStart = scalar.properties.isLowercase }
          word.append(scalar)
        } else if !word.isEmpty {
          if lowerStart { words.insert(String(word).lowercased()) }
          word = String.UnicodeScalarView()
        }
      }
      if !word.isEmpty, lowerStart { words.insert(String(word).lowercased()) }
    }
    return words
  }
}
