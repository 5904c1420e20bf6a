// The words each edition of a check writes in lower case: evidence that a capitalised one is no name.

import SverkaModel

/// The words an English and a Russian edition write in lower case somewhere, each as written.
///
/// A word that an edition writes with a capital at a line's start, in a list or in a title
/// (`Easel`, `Back to this`, `Снова`) but in lower case elsewhere is an ordinary word, and
/// the name check does not take it alone for a name, only beside another capitalised word
/// (`United States`, though the edition writes `member states`). A one-word name is written
/// with its capital everywhere, so it never lands here; a surname that is also a word
/// (`Brown`) is left unjudged when the edition also uses the word.
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

  /// Whether `scalar` is a lower-case letter (`true`), another letter (`false`) or no
  /// letter (`nil`), answered without a table look-up for ASCII and the basic Russian
  /// alphabet.
  @inline(__always)
  private static func letterCase(_ scalar: Unicode.Scalar) -> Bool? {
    switch scalar.value {
    case 0x61...0x7A, 0x430...0x44F, 0x451: return true
    case 0x41...0x5A, 0x410...0x42F, 0x401: return false
    case 0..<0x80: return nil
    default:
      return scalar.properties.isAlphabetic ? scalar.properties.isLowercase : nil
    }
  }

  /// The words of `statement` whose first letter is a lower-case one.
  private static func lowerCaseWords(_ statement: SegmentedStatement) -> Set<String> {
    var words: Set<String> = []
    for paragraph in statement.paragraphs {
      var word = String.UnicodeScalarView()
      var lowerStart = false
      for scalar in paragraph.text.unicodeScalars {
        if let letter = Self.letterCase(scalar) {
          if word.isEmpty { lowerStart = letter }
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
