// One sentence of a paragraph: its original text and where it stands.

/// A sentence as published, with its place in its paragraph.
public struct Sentence: Sendable, Hashable {
  /// The original text, exactly as in the paragraph (it may contain line breaks).
  public let text: String
  /// The UTF-8 byte range of `text` in its paragraph's text.
  public let range: Range<Int>

  /// Creates a sentence.
  ///
  /// - Parameters:
  ///   - text: the original text.
  ///   - range: its UTF-8 byte range in the paragraph's text.
  public init(text: String, range: Range<Int>) {
    self.text = text
    self.range = range
  }

  /// The text on one line: every run of line breaks and the spaces around them becomes
  /// one space, as in `sverka segment` and the exported formats.
  public var singleLine: String {
    // Scalars, not Characters: finding grapheme clusters cost more than the rest of writing.
    guard
      text.unicodeScalars.contains(where: {
        switch $0.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
      })
    else { return text }
    return text.split(whereSeparator: \.isNewline)
      .map { $0.trimmingWhitespace() }
      .filter { !$0.isEmpty }
      .joined(separator: " ")
  }
}

extension StringProtocol where SubSequence == Substring {
  /// The text without leading and trailing white space (Unicode `White_Space`).
  func trimmingWhitespace() -> Substring {
    let whole = self[startIndex..<endIndex]
    let scalars = whole.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return whole[endIndex...] }
    return Substring(scalars[first...last])
  }
}
