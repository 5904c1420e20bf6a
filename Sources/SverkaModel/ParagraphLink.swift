// A link between paragraphs of the two editions, with the links between their sentences.

/// A link between paragraphs of the English edition and paragraphs of the Russian one,
/// with the links between their sentences.
///
/// Indices are 0-based: paragraphs into the statements' `paragraphs`, sentences into the
/// concatenated `sentences` of the linked paragraphs on each side.
public struct ParagraphLink: Sendable, Hashable {
  /// A link between sentences of a paragraph link; a side may be empty.
  public struct SentenceLink: Sendable, Hashable {
    /// English sentences, 0-based within the link, ascending.
    public var english: [Int]
    /// Russian sentences, 0-based within the link, ascending.
    public var russian: [Int]
    /// Confidence from 0 to 1.
    public var score: Double

    /// Creates a sentence link.
    public init(english: [Int], russian: [Int], score: Double) {
      self.english = english
      self.russian = russian
      self.score = score
    }
  }

  /// English paragraphs, ascending; empty for a Russian paragraph without counterpart.
  public var english: [Int]
  /// Russian paragraphs, ascending; empty for an English paragraph without counterpart.
  public var russian: [Int]
  /// Confidence from 0 to 1.
  public var score: Double
  /// The sentence links inside, covering every sentence of both sides once.
  public var sentences: [SentenceLink]

  /// Creates a paragraph link.
  public init(english: [Int], russian: [Int], score: Double, sentences: [SentenceLink]) {
    self.english = english
    self.russian = russian
    self.score = score
    self.sentences = sentences
  }
}
