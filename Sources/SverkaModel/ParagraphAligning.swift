// What translation mode needs from an aligner: linked paragraphs and their sentences.

/// Anything that can link the paragraphs of an English and a Russian edition: the seam
/// through which translation mode uses an aligner.
public protocol ParagraphAligning {
  /// The links, in reading order, covering every paragraph of both sides exactly once.
  ///
  /// - Throws: whatever the aligner throws; ``ICUError`` for the built-in one.
  func paragraphLinks(english: SegmentedStatement, russian: SegmentedStatement) throws
    -> [ParagraphLink]
}
