// Reads a statement: decode the bytes, find the page's parts, detect the language, segment.

import SverkaModel

/// Reads a statement page, or plain text, into a ``Statement``.
public struct StatementReader: Sendable {
  /// The language to assume instead of detecting it, or `nil` to detect it.
  public var language: Language?
  /// How the file's bytes are decoded.
  public var decoder: TextDecoder
  /// Whether paragraphs are split into sentences; without it every paragraph has no
  /// sentences, which is all revision diffs need (see ``segmented(_:)`` for later).
  public var segmentsSentences: Bool

  /// Creates a reader.
  ///
  /// - Parameters:
  ///   - language: the language to assume, or `nil` to detect it from the script.
  ///   - encoding: a charset for files that are not Unicode, or `nil`.
  ///   - segmentsSentences: whether to split paragraphs into sentences.
  public init(language: Language? = nil, encoding: String? = nil, segmentsSentences: Bool = true) {
    self.language = language
    decoder = TextDecoder(encoding: encoding)
    self.segmentsSentences = segmentsSentences
  }

  /// Reads a statement from the bytes of a file.
  ///
  /// - Parameters:
  ///   - bytes: the whole file.
  ///   - path: its name, for metadata and errors.
  /// - Returns: the statement with its paragraphs segmented into sentences.
  /// - Throws: ``InputError`` when the bytes are not a readable text; ``ICUError`` when
  ///   ICU fails.
  public func read(_ bytes: [UInt8], path: String) throws -> Statement {
    let decoded = try decoder.decode(bytes, path: path)
    return try read(text: decoded.text, path: path, encoding: decoded.encoding)
  }

  /// Reads a statement from text whose line ends are `\n`.
  ///
  /// - Parameters:
  ///   - text: the page text.
  ///   - path: its name, for metadata and errors, or `nil`.
  ///   - encoding: the charset it was decoded from, for metadata.
  /// - Returns: the statement with its paragraphs segmented into sentences.
  /// - Throws: ``InputError`` when there is no text or no letter; ``ICUError`` when ICU
  ///   fails.
  public func read(text: String, path: String?, encoding: String = "UTF-8") throws
    -> Statement
  {
    let name = path ?? "<text>"
    let layout = PageLayout(text)
    let blocks = (layout.title.map { [$0] } ?? []) + layout.body
    guard !blocks.isEmpty else { throw InputError.empty(name) }
    let (share, letters) = LanguageDetector.cyrillicShare(of: blocks.map(\.text))
    guard letters > 0 else { throw InputError.noLetters(name) }
    let language = self.language ?? LanguageDetector.language(forCyrillicShare: share)
    let segmenter = segmentsSentences ? try SentenceSegmenter(language: language) : nil
    var paragraphs: [Paragraph] = []
    paragraphs.reserveCapacity(blocks.count)
    for (index, block) in blocks.enumerated() {
      let role: Paragraph.Role = index == 0 && layout.title != nil ? .title : .body
      paragraphs.append(
        Paragraph(
          text: block.text, role: role, line: block.line,
          sentences: try segmenter?.sentences(in: block.text) ?? []))
    }
    return Statement(
      path: path, language: language, cyrillicShare: share, encoding: encoding,
      dateline: layout.dateline, languageSwitch: layout.languageSwitch, chrome: layout.chrome,
      paragraphs: paragraphs)
  }

  /// `statement` with its paragraphs split into sentences, as if read with
  /// ``segmentsSentences`` on.
  ///
  /// - Throws: ``ICUError`` when ICU fails.
  public func segmented(_ statement: Statement) throws -> Statement {
    let segmenter = try SentenceSegmenter(language: statement.language)
    return Statement(
      path: statement.path, language: statement.language,
      cyrillicShare: statement.cyrillicShare, encoding: statement.encoding,
      dateline: statement.dateline, languageSwitch: statement.languageSwitch,
      chrome: statement.chrome,
      paragraphs: try statement.paragraphs.map { paragraph in
        Paragraph(
          text: paragraph.text, role: paragraph.role, line: paragraph.line,
          sentences: try segmenter.sentences(in: paragraph.text))
      })
  }
}
