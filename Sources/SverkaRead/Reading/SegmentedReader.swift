// Reads text that is already segmented: one sentence a line, a blank line between paragraphs.

import SverkaModel
import SverkaText

/// Reads `--segmented` input into a ``SegmentedStatement`` without re-segmenting anything.
///
/// Every non-empty line is one sentence, numbered in reading order; a blank line (or a line
/// of white space only) ends a paragraph. No dateline, title or page chrome is recognised.
public struct SegmentedReader: Sendable {
  /// The language to assume instead of detecting it, or `nil` to detect it.
  public var language: Language?
  /// How the file's bytes are decoded.
  public var decoder: TextDecoder

  /// Creates a reader.
  public init(language: Language? = nil, encoding: String? = nil) {
    self.language = language
    decoder = TextDecoder(encoding: encoding)
  }

  /// Reads segmented text from the bytes of a file.
  ///
  /// - Throws: ``InputError`` when the bytes are not a readable text or hold no sentence.
  public func read(_ bytes: [UInt8], path: String) throws -> SegmentedStatement {
    let decoded = try decoder.decode(bytes, path: path)
    return try read(text: decoded.text, path: path, encoding: decoded.encoding)
  }

  /// Reads segmented text whose line ends are `\n`.
  ///
  /// - Throws: ``InputError`` when there is no sentence or no letter.
  public func read(text: String, path: String?, encoding: String = "UTF-8") throws
    -> SegmentedStatement
  {
    let name = path ?? "<text>"
    var paragraphs: [Paragraph] = []
    var lines: [String] = []
    var firstLine = 0
    func close() {
      guard !lines.isEmpty else { return }
      var sentences: [Sentence] = []
      var offset = 0
      for line in lines {
        sentences.append(Sentence(text: line, range: offset..<(offset + line.utf8.count)))
        offset += line.utf8.count + 1
      }
      paragraphs.append(
        Paragraph(
          text: lines.joined(separator: "\n"), role: .body, line: firstLine,
          sentences: sentences))
      lines.removeAll()
    }
    // Lines are cut on the UTF-8 bytes: splitting the String would find grapheme clusters
    // first, which took most of the reading time on large inputs.
    let utf8 = text.utf8
    var start = utf8.startIndex
    var number = 0
    while true {
      let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
      number += 1
      let trimmed = text[start..<end].trimmingWhitespace()
      if trimmed.isEmpty {
        close()
      } else {
        if lines.isEmpty { firstLine = number }
        lines.append(String(trimmed))
      }
      guard end < utf8.endIndex else { break }
      start = utf8.index(after: end)
    }
    close()
    guard !paragraphs.isEmpty else { throw InputError.empty(name) }
    let (share, letters) = LanguageDetector.cyrillicShare(of: paragraphs.map(\.text))
    guard letters > 0 else { throw InputError.noLetters(name) }
    return SegmentedStatement(
      sentencesOf: Statement(
        path: path, language: language ?? LanguageDetector.language(forCyrillicShare: share),
        cyrillicShare: share, encoding: encoding, dateline: nil, languageSwitch: nil,
        chrome: [], paragraphs: paragraphs))
  }
}
