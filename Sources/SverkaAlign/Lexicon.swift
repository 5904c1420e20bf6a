// A bilingual word list: the one Sverka ships, a user's dictionary, or both.

import SverkaText

/// English–Russian word pairs the aligner uses as evidence that two sentences translate
/// each other.
///
/// Words are compared through their Snowball stems, so a pair stands for all their forms
/// (`agreement`/`agreements` ↔ `соглашение`/`соглашения`). Multi-word entries are ignored.
public struct Lexicon: Sendable {
  /// One English word and one Russian word that translate each other.
  public struct Entry: Sendable, Hashable {
    /// The English word, lower-cased.
    public let english: String
    /// The Russian word, lower-cased.
    public let russian: String

    /// Creates an entry.
    public init(english: String, russian: String) {
      self.english = english
      self.russian = russian
    }
  }

  /// The word pairs.
  public private(set) var entries: [Entry]
  /// Whether this is ``builtIn`` unchanged, whose prepared form the whole process shares.
  private(set) var isBuiltIn = false

  /// Creates a lexicon of `entries`.
  public init(entries: [Entry] = []) {
    self.entries = entries
  }

  /// Reads the TSV form: `english<TAB>russian[, russian…]` a line; `#` starts a comment.
  ///
  /// - Parameter tsv: the file's text.
  public init(tsv: String) {
    var entries: [Entry] = []
    // Lines are cut on bytes: the Character-wise split cost a few per cent of an alignment.
    let lines = tsv.utf8.split(separator: UInt8(ascii: "\n")).compactMap(Substring.init)
    for line in lines where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t", maxSplits: 1)
      guard fields.count == 2 else { continue }
      let english = fields[0].trimmingWhitespace().lowercased()
      guard !english.isEmpty, !english.contains(" ") else { continue }
      for russian in fields[1].split(separator: ",") {
        let word = russian.trimmingWhitespace().lowercased()
        guard !word.isEmpty, !word.contains(" ") else { continue }
        entries.append(Entry(english: english, russian: word))
      }
    }
    self.entries = entries
  }

  /// The lexicon shipped with Sverka: frequent words of diplomatic and news texts.
  public static let builtIn: Lexicon = {
    var lexicon = Lexicon(tsv: Lexis.lexiconTSV)
    lexicon.isBuiltIn = true
    return lexicon
  }()

  /// Adds the entries of `other`.
  public mutating func merge(_ other: Lexicon) {
    entries.append(contentsOf: other.entries)
    isBuiltIn = isBuiltIn && other.entries.isEmpty
  }
}
