// Segments a statement read as paragraphs: the one way a statement gets its sentences.

import SverkaModel

extension Statement {
  /// The statement split into sentences.
  ///
  /// Each paragraph is split by the ``SentenceSegmenter`` for the statement's language; the
  /// metadata and the paragraphs' texts are kept as they are. ``StatementReader/read(_:path:)``
  /// reads a file this way; a statement read with
  /// ``StatementReader/readParagraphs(_:path:)`` (all a revision diff needs) is segmented
  /// here when sentences are wanted after all.
  ///
  /// - Returns: the segmented statement.
  /// - Throws: ``ICUError`` when ICU fails.
  /// - Complexity: O(*n*) in the length of the text.
  public func segmented() throws -> SegmentedStatement {
    let segmenter = try SentenceSegmenter(language: language)
    return SegmentedStatement(
      sentencesOf: Statement(
        path: path, language: language, cyrillicShare: cyrillicShare, encoding: encoding,
        dateline: dateline, languageSwitch: languageSwitch, chrome: chrome,
        paragraphs: try paragraphs.map { paragraph in
          Paragraph(
            text: paragraph.text, role: paragraph.role, line: paragraph.line,
            sentences: try segmenter.sentences(in: paragraph.text))
        }))
  }
}
