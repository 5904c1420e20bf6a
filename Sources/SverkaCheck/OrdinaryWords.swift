// The words each edition of a check writes in lower case: evidence that a capitalised one is no name.

import SverkaModel
import SverkaText

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

  /// The lower-case words of `english` and `russian`, one edition a thread.
  init(english: SegmentedStatement, russian: SegmentedStatement) {
    let sides = Concurrently.map(2) { Self.lowerCaseWords($0 == 0 ? english : russian) }
    self.english = sides[0]
    self.russian = sides[1]
  }

  /// Whether `lower`, a word in lower case, is written in lower case in its edition.
  func contains(_ lower: String, english isEnglish: Bool) -> Bool {
    (isEnglish ? english : russian).contains(lower)
  }

  /// The words of `statement` whose first letter is a lower-case one.
  private static func lowerCaseWords(_ statement: SegmentedStatement) -> Set<String> {
    var words: Set<String> = []
    for paragraph in statement.paragraphs {
      let bytes = Array(paragraph.text.utf8)
      WordSpans.scan(bytes, letters: .alphabetic) { span in
        guard span.kind == .letters, isLowerCase(span.first) else { return }
        words.insert(String(decoding: bytes[span.range], as: UTF8.self).lowercased())
      }
    }
    return words
  }

  /// Whether a letter is a lower-case one, answered without a table look-up for ASCII and
  /// the basic Russian alphabet.
  @inline(__always)
  private static func isLowerCase(_ letter: Unicode.Scalar) -> Bool {
    switch letter.value {
    case 0x61...0x7A, 0x430...0x44F, 0x451: true
    case 0..<0x80, 0x410...0x42F, 0x401: false
    default: letter.properties.isLowercase
    }
  }
}
