// The words each edition of a check writes in lower case: evidence that a capitalised one is no name.

import SverkaModel
import SverkaText

/// The words an English and a Russian edition write in lower case somewhere, each as written
/// and by its stem.
///
/// A word that an edition writes with a capital at a line's start, in a list or in a title
/// (`Easel`, `Back to this`, `Снова`) but in lower case elsewhere is an ordinary word, and
/// the name check does not take it alone for a name, only beside another capitalised word
/// (`United States`, though the edition writes `member states`). A one-word name is written
/// with its capital everywhere, so it never lands here; a surname that is also a word
/// (`Brown`) is left unjudged when the edition also uses the word.
///
/// A word is also ordinary when the edition writes another form of it in lower case
/// (`Easel` and `easels`, `Мольберт` and `мольберты`): the Snowball stems agree, and the stem
/// has ``minimumStemLength`` letters at least, so a short name does not meet a word that
/// merely starts like it (`Моди` and `мода`).
struct OrdinaryWords: Sendable {
  private var english: Set<String> = []
  private var russian: Set<String> = []
  private var englishStems: Set<String> = []
  private var russianStems: Set<String> = []

  /// The fewest letters a stem needs for another form of a word to make it ordinary.
  static let minimumStemLength = 5

  /// No words: every capitalised word may be a name.
  init() {}

  /// The lower-case words of `english` and `russian`, one edition a thread.
  init(english: SegmentedStatement, russian: SegmentedStatement) {
    let sides = Concurrently.map(2) { side in
      let words = Self.lowerCaseWords(side == 0 ? english : russian)
      return (words, Self.stems(of: words, english: side == 0))
    }
    (self.english, englishStems) = sides[0]
    (self.russian, russianStems) = sides[1]
  }

  /// Whether `lower`, a word in lower case, is written in lower case in its edition, in this
  /// form or another with the same stem; `stemmer` is the edition's language's.
  func contains(_ lower: String, english isEnglish: Bool, stemmer: Stemmer) -> Bool {
    if (isEnglish ? english : russian).contains(lower) { return true }
    let stems = isEnglish ? englishStems : russianStems
    guard !stems.isEmpty else { return false }
    let stem = stemmer.stem(lower)
    return stem.count >= Self.minimumStemLength && stems.contains(stem)
  }

  /// The stems of `words` long enough to judge by (``minimumStemLength``).
  private static func stems(of words: Set<String>, english: Bool) -> Set<String> {
    let stemmer = Stemmer(language: english ? .english : .russian)
    var stems: Set<String> = []
    for word in words {
      let stem = stemmer.stem(word)
      if stem.count >= minimumStemLength { stems.insert(stem) }
    }
    return stems
  }

  /// The words of `statement` whose first letter is a lower-case one.
  private static func lowerCaseWords(_ statement: SegmentedStatement) -> Set<String> {
    var words: Set<String> = []
    // An edition repeats its words: each spelling is lower-cased and hashed as a `String`
    // (a normalisation check on Cyrillic) once, on its first occurrence.
    var spellings: Set<ByteKey> = []
    for paragraph in statement.paragraphs {
      let bytes = Array(paragraph.text.utf8)
      WordSpans.scan(bytes, letters: .alphabetic) { span in
        guard span.kind == .letters, isLowerCase(span.first) else { return }
        let spelling = String(decoding: bytes[span.range], as: UTF8.self)
        guard spellings.insert(ByteKey(spelling)).inserted else { return }
        words.insert(spelling.lowercased())
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
