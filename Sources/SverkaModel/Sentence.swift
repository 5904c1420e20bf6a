// One sentence of a paragraph: its original text and where it stands.

import SverkaText

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
  public var singleLine: String { text.joinedLines() }

}
