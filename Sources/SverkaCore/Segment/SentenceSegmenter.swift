// Splits a paragraph into sentences with ICU's sentence break iterator.

/// Finds the sentences of a paragraph.
///
/// Sentences never overlap, keep their order, and carry no leading or trailing white
/// space; joined with the white space between them they give the paragraph back.
/// A segmenter holds an ICU iterator, so it is not safe to share between tasks.
public final class SentenceSegmenter {
  /// The language whose rules it applies.
  public let language: Language
  private let iterator: ICU.BreakIterator

  /// Creates a segmenter for `language`, with CLDR's abbreviation suppressions on.
  ///
  /// - Throws: ``ICUError`` when ICU cannot open a sentence break iterator.
  public init(language: Language) throws {
    self.language = language
    iterator = try ICU.BreakIterator(.sentence, locale: "\(language.rawValue)@ss=standard")
  }

  /// The sentences of `paragraph`, in order.
  ///
  /// - Throws: ``ICUError`` when ICU fails.
  public func sentences(in paragraph: String) throws -> [Sentence] {
    var text = paragraph
    var sentences: [Sentence] = []
    try text.withUTF8 { (bytes) in
      var start = 0
      try iterator.forEachBoundary(in: bytes) { end, _ in
        if let sentence = Self.trimmedSentence(bytes, start..<end) { sentences.append(sentence) }
        start = end
      }
    }
    return sentences
  }

  /// The sentence in `range` of `bytes` without surrounding white space, if any is left.
  static func trimmedSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> Sentence?
  {
    let piece = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    let trimmed = piece.trimmingWhitespace()
    guard !trimmed.isEmpty else { return nil }
    let leading = piece.utf8.distance(from: piece.startIndex, to: trimmed.startIndex)
    let lower = range.lowerBound + leading
    return Sentence(text: String(trimmed), range: lower..<(lower + trimmed.utf8.count))
  }
}
