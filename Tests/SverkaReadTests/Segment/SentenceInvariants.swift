// The invariants every segmentation keeps, checked the same way in every test.

import SverkaModel
import Testing

/// Checks of a paragraph's sentences that hold whatever the text.
enum SentenceInvariants {
  /// Records an issue unless `sentences` are non-empty, trimmed, in order, point into
  /// `paragraph` by UTF-8 range, and give it back joined with the white space between.
  static func check(
    _ sentences: [Sentence], of paragraph: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let bytes = Array(paragraph.utf8)
    var rebuilt: [UInt8] = []
    var previousEnd = 0
    for sentence in sentences {
      let range = sentence.range
      guard range.lowerBound >= previousEnd, range.upperBound <= bytes.count, !range.isEmpty
      else {
        Issue.record("range \(range) out of order or empty", sourceLocation: sourceLocation)
        return
      }
      let gap = String(decoding: bytes[previousEnd..<range.lowerBound], as: UTF8.self)
      let gapIsSpace = gap.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
      #expect(
        gapIsSpace,
        "non-space between sentences: \(gap.debugDescription)", sourceLocation: sourceLocation)
      let text = String(decoding: bytes[range], as: UTF8.self)
      #expect(text == sentence.text, sourceLocation: sourceLocation)
      #expect(
        text.first?.isWhitespace == false && text.last?.isWhitespace == false,
        "untrimmed: \(text.debugDescription)", sourceLocation: sourceLocation)
      rebuilt += bytes[previousEnd..<range.upperBound]
      previousEnd = range.upperBound
    }
    let tail = String(decoding: bytes[previousEnd...], as: UTF8.self)
    let tailIsSpace = tail.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    #expect(
      tailIsSpace,
      "text left after the last sentence: \(tail.debugDescription)", sourceLocation: sourceLocation)
    rebuilt += bytes[previousEnd...]
    #expect(rebuilt == bytes, sourceLocation: sourceLocation)
    let hasText = paragraph.unicodeScalars.contains { !$0.properties.isWhitespace }
    #expect(sentences.isEmpty == !hasText, sourceLocation: sourceLocation)
  }
}
