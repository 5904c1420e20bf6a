// An alignment with the two statements its links index: what every alignment writer writes.

/// The English and Russian editions of a statement and the alignment of their sentences.
///
/// The alignment's sentence and paragraph indices count the sentences and paragraphs of
/// these two statements, so a writer can quote every link.
public struct AlignedEditions: Sendable {
  /// The links.
  public let alignment: Alignment
  /// The English edition the links index.
  public let english: SegmentedStatement
  /// The Russian edition the links index.
  public let russian: SegmentedStatement

  /// Pairs an alignment with the statements it was made from.
  ///
  /// - Parameters:
  ///   - alignment: the links.
  ///   - english: the English edition aligned.
  ///   - russian: the Russian edition aligned.
  public init(_ alignment: Alignment, english: SegmentedStatement, russian: SegmentedStatement) {
    self.alignment = alignment
    self.english = english
    self.russian = russian
  }
}
