// The documented input limits of each command: past them a command exits 2 with a message,
// so memory stays under a ceiling whatever the input's shape.

import SverkaCore

/// How much one input may hold for a command.
///
/// The byte limit is checked from `fstat(2)` before a file is read and while a stream is
/// read. The sentence limits bound the aligner, whose memory grows with the square of the
/// sentences of the largest aligned paragraph group; the README gives the peak memory
/// measured at each limit.
struct InputLimits {
  /// The most bytes of one input file.
  let bytes: Int
  /// The most sentences of one paragraph, when the command aligns sentences.
  let sentencesPerParagraph: Int?
  /// The most sentences of one input, when the command aligns sentences.
  let sentences: Int?

  /// `read`, `segment` and revision-mode `diff`: 64 MiB a file.
  static let `default` = InputLimits(
    bytes: 64 << 20, sentencesPerParagraph: nil, sentences: nil)

  /// `align`, `batch`, `map`, `track` and translation-mode `diff`: 16 MiB a file,
  /// 1,000 sentences a paragraph and 200,000 sentences a side.
  static let aligning = InputLimits(
    bytes: 16 << 20, sentencesPerParagraph: 1_000, sentences: 200_000)

  /// Refuses a statement with more sentences than these limits allow.
  ///
  /// - Throws: ``InputError/tooManySentences(_:paragraph:count:limit:)`` or
  ///   ``InputError/tooManyUnits(_:count:unit:limit:)``.
  func check(_ statement: Statement) throws {
    let name = statement.path ?? "-"
    if let limit = sentencesPerParagraph {
      for (index, paragraph) in statement.paragraphs.enumerated()
      where paragraph.sentences.count > limit {
        throw InputError.tooManySentences(
          name, paragraph: index + 1, count: paragraph.sentences.count, limit: limit)
      }
    }
    if let limit = sentences, statement.sentenceCount > limit {
      throw InputError.tooManyUnits(
        name, count: statement.sentenceCount, unit: "sentences", limit: limit)
    }
  }
}
