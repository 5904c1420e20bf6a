// Segments a statement read without sentences, so that the stages that work on sentences
// (aligning, translation checks) give the same result however the statement was read.

import SverkaModel

extension Statement {
  /// Whether a paragraph that has text has no sentences, as when the statement was read
  /// with ``StatementReader/segmentsSentences`` off.
  var lacksSentences: Bool {
    paragraphs.contains { paragraph in
      paragraph.sentences.isEmpty && paragraph.text.contains { !$0.isWhitespace }
    }
  }

  /// The statement with sentences in every paragraph that has text.
  ///
  /// A statement that has them already comes back as it is, so sentences read with
  /// `--segmented` or built by hand are kept. Otherwise each paragraph without sentences
  /// is split by the ``SentenceSegmenter`` for the statement's language, as
  /// ``StatementReader`` splits it when ``StatementReader/segmentsSentences`` is on.
  ///
  /// - Returns: the statement, with sentences wherever there is text.
  /// - Throws: ``ICUError`` when ICU fails.
  /// - Complexity: O(*n*) in the length of the text.
  package func withSentences() throws -> Statement {
    guard lacksSentences else { return self }
    let segmenter = try SentenceSegmenter(language: language)
    return Statement(
      path: path, language: language, cyrillicShare: cyrillicShare, encoding: encoding,
      dateline: dateline, languageSwitch: languageSwitch, chrome: chrome,
      paragraphs: try paragraphs.map { paragraph in
        guard paragraph.sentences.isEmpty else { return paragraph }
        return Paragraph(
          text: paragraph.text, role: paragraph.role, line: paragraph.line,
          sentences: try segmenter.sentences(in: paragraph.text))
      })
  }
}
