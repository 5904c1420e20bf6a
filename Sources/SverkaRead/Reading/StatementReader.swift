// Reads a statement: decode the bytes, find the page's parts, detect the language, segment.

import SverkaModel

/// Reads a statement page, or plain text, into a ``Statement`` of paragraphs or, segmented,
/// a ``SegmentedStatement``.
public struct StatementReader: Sendable {
  /// The language to assume instead of detecting it, or `nil` to detect it.
  public var language: Language?
  /// How the file's bytes are decoded.
  public var decoder: TextDecoder

  /// Creates a reader.
  ///
  /// - Parameters:
  ///   - language: the language to assume, or `nil` to detect it from the script.
  ///   - encoding: a charset for files that are not Unicode, or `nil`.
  public init(language: Language? = nil, encoding: String? = nil) {
    self.language = language
    decoder = TextDecoder(encoding: encoding)
  }

  /// Reads a statement from the bytes of a file and splits it into sentences.
  ///
  /// - Parameters:
  ///   - bytes: the whole file.
  ///   - path: its name, for metadata and errors.
  /// - Returns: the statement with its paragraphs segmented into sentences.
  /// - Throws: ``InputError`` when the bytes are not a readable text; ``ICUError`` when
  ///   ICU fails.
  public func read(_ bytes: [UInt8], path: String) throws -> SegmentedStatement {
    try readParagraphs(bytes, path: path).segmented()
  }

  /// Reads a statement from text whose line ends are `\n` and splits it into sentences.
  ///
  /// - Parameters:
  ///   - text: the page text.
  ///   - path: its name, for metadata and errors, or `nil`.
  ///   - encoding: the charset it was decoded from, for metadata.
  /// - Returns: the statement with its paragraphs segmented into sentences.
  /// - Throws: ``InputError`` when there is no text or no letter; ``ICUError`` when ICU
  ///   fails.
  public func read(text: String, path: String?, encoding: String = "UTF-8") throws
    -> SegmentedStatement
  {
    try readParagraphs(text: text, path: path, encoding: encoding).segmented()
  }

  /// Reads a statement from the bytes of a file, paragraphs only: all a revision diff or a
  /// page profile needs, at a fraction of the cost of segmenting.
  ///
  /// - Parameters:
  ///   - bytes: the whole file.
  ///   - path: its name, for metadata and errors.
  /// - Returns: the statement, its paragraphs without sentences.
  /// - Throws: ``InputError`` when the bytes are not a readable text.
  public func readParagraphs(_ bytes: [UInt8], path: String) throws -> Statement {
    let decoded = try decoder.decode(bytes, path: path)
    return try readParagraphs(text: decoded.text, path: path, encoding: decoded.encoding)
  }

  /// Reads a statement from text whose line ends are `\n`, paragraphs only.
  ///
  /// - Parameters:
  ///   - text: the page text.
  ///   - path: its name, for metadata and errors, or `nil`.
  ///   - encoding: the charset it was decoded from, for metadata.
  /// - Returns: the statement, its paragraphs without sentences.
  /// - Throws: ``InputError`` when there is no text or no letter.
  public func readParagraphs(text: String, path: String?, encoding: String = "UTF-8") throws
    -> Statement
  {
    let name = path ?? "<text>"
    let layout = PageLayout(text)
    let blocks = (layout.title.map { [$0] } ?? []) + layout.body
    guard !blocks.isEmpty else { throw InputError.empty(name) }
    let (share, letters) = LanguageDetector.cyrillicShare(of: blocks.map(\.text))
    guard letters > 0 else { throw InputError.noLetters(name) }
    let language = self.language ?? LanguageDetector.language(forCyrillicShare: share)
    var paragraphs: [Paragraph] = []
    paragraphs.reserveCapacity(blocks.count)
    for (index, block) in blocks.enumerated() {
      let role: Paragraph.Role = index == 0 && layout.title != nil ? .title : .body
      paragraphs.append(Paragraph(text: block.text, role: role, line: block.line, sentences: []))
    }
    return Statement(
      path: path, language: language, cyrillicShare: share, encoding: encoding,
      dateline: layout.dateline, languageSwitch: layout.languageSwitch, chrome: layout.chrome,
      paragraphs: paragraphs)
  }
}
