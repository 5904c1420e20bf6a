// Splits a paragraph into sentences: one scan over the UTF-8 bytes proposes boundaries
// where Unicode's sentence rules would and where they miss some, and Sverka's rules and
// abbreviation lists judge them. ICU's iterator remains as the baseline they are measured
// against.

import SverkaModel
import SverkaText

/// Finds the sentences of a paragraph.
///
/// Sentences never overlap, keep their order, and carry no leading or trailing white
/// space; joined with the white space between them they give the paragraph back.
/// A segmenter reuses its buffers, so it is not safe to share between tasks.
public final class SentenceSegmenter {
  /// How boundaries are found: Sverka's rules, or ICU's bare boundaries for the
  /// development aids that measure the rules against them.
  package enum Strategy: Sendable {
    /// Candidate boundaries judged by Sverka's rules: abbreviations, initials, numbering,
    /// quotations, ellipses, emoticons and wrapped lines. The default.
    case refined
    /// ICU's boundaries as they are, trimmed: the baseline the rules are measured against.
    case icu
  }

  /// The language whose rules it applies.
  public let language: Language
  /// How it finds boundaries.
  package let strategy: Strategy
  /// ICU's iterator, opened for ``Strategy/icu`` only.
  private let iterator: ICU.BreakIterator?
  private let rules: BoundaryRules
  private let lineBreaks: LineBreaks
  // Reused between paragraphs so that segmenting allocates little.
  private var candidates: [Int] = []

  /// Creates a segmenter for `language`.
  ///
  /// - Parameter language: the language of the text.
  /// - Throws: ``ICUError`` when ICU fails.
  public convenience init(language: Language) throws {
    try self.init(language: language, strategy: .refined)
  }

  /// Creates a segmenter for `language`; ``Strategy/icu`` opens ICU's iterator with CLDR's
  /// abbreviation suppressions on.
  ///
  /// - Parameters:
  ///   - language: the language of the text.
  ///   - strategy: ``Strategy/refined`` unless measuring ICU alone.
  /// - Throws: ``ICUError`` when ICU cannot open a sentence break iterator.
  package init(language: Language, strategy: Strategy) throws {
    self.language = language
    self.strategy = strategy
    iterator =
      strategy == .icu
      ? try ICU.BreakIterator(.sentence, locale: "\(language.rawValue)@ss=standard") : nil
    let abbreviations = Abbreviations(language: language)
    rules = BoundaryRules(abbreviations: abbreviations)
    lineBreaks = LineBreaks(abbreviations: abbreviations)
  }

  /// The sentences of `paragraph`, in order.
  ///
  /// - Complexity: O(*n*) in the length of the paragraph.
  /// - Throws: ``ICUError`` when ICU fails.
  public func sentences(in paragraph: String) throws -> [Sentence] {
    let utf8 = paragraph.utf8
    return try sentenceRanges(in: paragraph).map { range in
      // Offsets always fall between scalars here, so the bytes are copied without being
      // validated again.
      let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
      let end = utf8.index(start, offsetBy: range.count)
      return Sentence(text: String(paragraph[start..<end]), range: range)
    }
  }

  /// The UTF-8 byte ranges of the sentences of `paragraph`, in order: the ranges of
  /// ``sentences(in:)`` without their texts, for a caller that reads the bytes itself.
  ///
  /// - Complexity: O(*n*) in the length of the paragraph.
  /// - Throws: ``ICUError`` when ICU fails.
  public func sentenceRanges(in paragraph: String) throws -> [Range<Int>] {
    var text = paragraph
    return try text.withUTF8 { (bytes) in
      if let iterator { return try icuSentences(bytes, iterator) }
      return try refinedSentences(bytes)
    }
  }

  private func icuSentences(_ bytes: UnsafeBufferPointer<UInt8>, _ iterator: ICU.BreakIterator)
    throws -> [Range<Int>]
  {
    var sentences: [Range<Int>] = []
    var start = 0
    try iterator.forEachBoundary(in: bytes) { end, _ in
      if let sentence = Self.trimmed(bytes, start..<end) { sentences.append(sentence) }
      start = end
    }
    return sentences
  }

  private func refinedSentences(_ bytes: UnsafeBufferPointer<UInt8>) throws -> [Range<Int>] {
    let soft = lineBreaks.softBreaks(in: bytes)
    guard !soft.isEmpty else { return try refinedSentences(bytes, reading: bytes) }
    // ICU reads a copy in which wrapping line feeds are spaces, byte for byte.
    var unwrapped = Array(bytes)
    for offset in soft { unwrapped[offset] = UInt8(ascii: " ") }
    return try unwrapped.withUnsafeBufferPointer { try refinedSentences(bytes, reading: $0) }
  }

  /// The sentence ranges of `bytes`, with boundaries found in `reading` (the same text, or
  /// a copy of it with wrapping line feeds made spaces).
  private func refinedSentences(
    _ bytes: UnsafeBufferPointer<UInt8>, reading: UnsafeBufferPointer<UInt8>
  ) throws -> [Range<Int>] {
    let text = UTF8Cursor(bytes: reading)
    candidates.removeAll(keepingCapacity: true)
    rules.addCandidates(in: text, to: &candidates)
    var sentences: [Range<Int>] = []
    var start = text.skippingWhitespace(from: 0)
    for offset in candidates {
      guard offset > start, offset < text.count,
        rules.isBoundary(text, at: offset, sentenceStart: start)
      else { continue }
      if let sentence = Self.trimmed(bytes, start..<offset) { sentences.append(sentence) }
      start = offset
    }
    if let sentence = Self.trimmed(bytes, start..<bytes.count) { sentences.append(sentence) }
    return sentences
  }

  /// `range` of `bytes` without surrounding white space, if any is left.
  static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
    let text = UTF8Cursor(bytes: bytes)
    let lower = min(text.skippingWhitespace(from: range.lowerBound), range.upperBound)
    let upper = max(text.skippingWhitespace(backFrom: range.upperBound), lower)
    return lower < upper ? lower..<upper : nil
  }
}
