// A list of words read from a data file, where an entry ending in `*` stands for every
// word that begins with it: Russian names change their endings (Россия, России, Россию).

/// Words, each matched whole or, for entries written `stem*`, by its beginning.
struct WordList: Sendable {
  private let words: WordSet
  private let stems: [String]

  /// The words of a list's `entries`.
  init(_ entries: Set<String>) {
    var words: Set<String> = []
    var stems: [String] = []
    for entry in entries {
      if entry.hasSuffix("*") {
        stems.append(String(entry.dropLast()))
      } else {
        words.insert(entry)
      }
    }
    self.words = WordSet(words)
    self.stems = stems
  }

  /// Both lists' words.
  func union(_ other: WordList) -> WordList {
    WordList(words: words.union(other.words), stems: stems + other.stems)
  }

  private init(words: WordSet, stems: [String]) {
    self.words = words
    self.stems = stems
  }

  /// Whether `word` is in the list, whole or by a stem.
  func contains(_ word: String) -> Bool {
    words.contains(word) || stems.contains { word.hasPrefix($0) }
  }
}
