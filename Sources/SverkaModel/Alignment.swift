// The result of aligning two editions: sentence links and paragraph links, each scored.

/// How the English and Russian editions of a statement correspond, sentence by sentence and
/// paragraph by paragraph.
///
/// Sentence indices are 0-based over the whole document in reading order, title included
/// (the exported formats print them 1-based). Read top to bottom, the links of each list
/// cover every sentence (or paragraph) of each side exactly once, in ascending order; a
/// link with an empty range on one side is a sentence without counterpart (1-0 or 0-1).
public struct Alignment: Sendable, Equatable {
  /// One link: consecutive units of each side that translate each other.
  public struct Link: Sendable, Equatable, Hashable {
    /// The English units, an empty range at the right place when there are none.
    public let english: Range<Int>
    /// The Russian units, an empty range at the right place when there are none.
    public let russian: Range<Int>
    /// The confidence that this link is right, in [0, 1].
    public let score: Double

    /// Creates a link.
    public init(english: Range<Int>, russian: Range<Int>, score: Double) {
      precondition(!(english.isEmpty && russian.isEmpty), "a link holds at least one unit")
      self.english = english
      self.russian = russian
      self.score = score
    }

    /// The link's shape as `en-ru` counts, such as `1-1`, `2-1` or `0-1`.
    public var shape: String { "\(english.count)-\(russian.count)" }
  }

  /// The sentence links, in reading order.
  public let sentences: [Link]
  /// The paragraph links, in reading order, over paragraph indices.
  public let paragraphs: [Link]

  /// Creates an alignment.
  public init(sentences: [Link], paragraphs: [Link]) {
    self.sentences = sentences
    self.paragraphs = paragraphs
  }
}
