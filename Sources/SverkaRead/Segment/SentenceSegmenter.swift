// Splits a paragraph into sentences: ICU's sentence break iterator with CLDR's
// suppressions proposes boundaries, and Sverka's rules and abbreviation lists judge them.

import SverkaModel
import SverkaText

/// Finds the sentences of a paragraph.
///
/// Sentences never overlap, keep their order, and carry no leading or trailing white
/// space; joined with the white space between them they give the paragraph back.
/// A segmenter holds an ICU iterator, so it is not safe to share between tasks.
public final class SentenceSegmenter {
  /// How boundaries are found.
  public enum Strategy: Sendable {
    /// ICU's boundaries judged by Sverka's rules: abbreviations, initials, numbering,
    /// quotations, ellipses and wrapped lines. The default.
    case refined
    /// ICU's boundaries as they are, trimmed: the baseline the rules are measured against.
    case icu
  }

  /// The language whose rules it applies.
  public let language: Language
  /// How it finds boundaries.
  public let strategy: Strategy
  private let iterator: ICU.BreakIterator
  private let rules: BoundaryRules
  private let lineBreaks: LineBreaks
  // Reused between paragraphs so that segmenting allocates little.
  private var icuBoundaries: [Int] = []
  private var candidates: [Int] = []

  /// Creates a segmenter for `language`, with CLDR's abbreviation suppressions on.
  ///
  /// - Parameters:
  ///   - language: the language of the text.
  ///   - strategy: ``Strategy/refined`` unless measuring ICU alone.
  /// - Throws: ``ICUError`` when ICU cannot open a sentence break iterator.
  public init(language: Language, strategy: Strategy = .refined) throws {
    self.language = language
    self.strategy = strategy
    iterator = try ICU.BreakIterator(.sentence, locale: "\(language.rawValue)@ss=standard")
    let abbreviations = Abbreviations(language: language)
    rules = BoundaryRules(abbreviations: abbreviations)
    lineBreaks = LineBreaks(abbreviations: abbreviations)
  }

  /// The sentences of `paragraph`, in order.
  ///
  /// - Complexity: O(*n*) in the length of the paragraph.
  /// - Throws: ``ICUError`` when ICU fails.
  public func sentences(in paragraph: String) throws -> [Sentence] {
    var text = paragraph
    return try text.withUTF8 { (bytes) in
      switch strategy {
      case .icu: return try icuSentences(bytes)
      case .refined: return try refinedSentences(bytes)
      }
    }
  }

  private func icuSentences(_ bytes: UnsafeBufferPointer<UInt8>) throws -> [Sentence] {
    var sentences: [Sentence] = []
    var start = 0
    try iterator.forEachBoundary(in: bytes) { end, _ in
      if let sentence = Self.trimmedSentence(bytes, start..<end) { sentences.append(sentence) }
      start = end
    }
    return sentences
  }

  private func refinedSentences(_ bytes: UnsafeBufferPointer<UInt8>) throws -> [Sentence] {
    let soft = lineBreaks.softBreaks(in: bytes)
    guard !soft.isEmpty else { return try refinedSentences(bytes, reading: bytes) }
    // ICU reads a copy in which wrapping line feeds are spaces, byte for byte.
    var unwrapped = Array(bytes)
    for offset in soft { unwrapped[offset] = UInt8(ascii: " ") }
    return try unwrapped.withUnsafeBufferPointer { try refinedSentences(bytes, reading: $0) }
  }

  /// Sentences of `bytes`, with boundaries found in `reading` (the same text, or a copy of
  /// it with wrapping line feeds made spaces).
  private func refinedSentences(
    _ bytes: UnsafeBufferPointer<UInt8>, reading: UnsafeBufferPointer<UInt8>
  ) throws -> [Sentence] {
    let text = UTF8Cursor(bytes: reading)
    icuBoundaries.removeAll(keepingCapacity: true)
    candidates.removeAll(keepingCapacity: true)
    try iterator.forEachBoundary(in: reading) { offset, _ in
      icuBoundaries.append(text.skippingWhitespace(from: offset))
    }
    rules.addCandidates(in: text, to: &candidates)
    var sentences: [Sentence] = []
    var start = text.skippingWhitespace(from: 0)
    var fromICU = 0
    var added = 0
    // Walk both ascending lists at once, judging each offset once.
    while fromICU < icuBoundaries.count || added < candidates.count {
      let icuOffset = fromICU < icuBoundaries.count ? icuBoundaries[fromICU] : Int.max
      let addedOffset = added < candidates.count ? candidates[added] : Int.max
      let offset = min(icuOffset, addedOffset)
      if icuOffset == offset { fromICU += 1 }
      if addedOffset == offset { added += 1 }
      guard offset > start, offset < text.count,
        rules.isBoundary(text, at: offset, sentenceStart: start, proposedByICU: icuOffset == offset)
      else { continue }
      if let sentence = Self.trimmedSentence(bytes, start..<offset) { sentences.append(sentence) }
      start = offset
    }
    if let sentence = Self.trimmedSentence(bytes, start..<bytes.count) {
      sentences.append(sentence)
    }
    return sentences
  }

  /// The sentence in `range` of `bytes` without surrounding white space, if any is left.
  static func trimmedSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> Sentence?
  {
    let text = UTF8Cursor(bytes: bytes)
    let lower = min(text.skippingWhitespace(from: range.lowerBound), range.upperBound)
    let upper = max(text.skippingWhitespace(backFrom: range.upperBound), lower)
    guard lower < upper else { return nil }
    let piece = UnsafeBufferPointer(rebasing: bytes[lower..<upper])
    return Sentence(text: String(decoding: piece, as: UTF8.self), range: lower..<upper)
  }
}
