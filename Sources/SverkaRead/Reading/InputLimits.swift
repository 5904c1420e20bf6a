// The documented input limits of each command: past them a command exits 2 with a message,
// so memory stays under a ceiling whatever the input's shape.

import SverkaModel

/// How much one input may hold for a command.
///
/// The byte limit is checked from `fstat(2)` before a file is read and while a stream is
/// read. The sentence limit bounds the aligner, whose memory grows linearly with the
/// sentences of a side whatever the paragraph layout; the README gives the peak memory
/// measured at each limit.
public struct InputLimits: Sendable {
  /// The most bytes of one input file.
  public let bytes: Int
  /// The most sentences of one input, when the command aligns sentences.
  public let sentences: Int?

  /// Creates limits.
  ///
  /// - Parameters:
  ///   - bytes: the most bytes of one input.
  ///   - sentences: the most sentences of one input, or `nil` for no limit.
  public init(bytes: Int, sentences: Int?) {
    self.bytes = bytes
    self.sentences = sentences
  }

  /// `read`, `segment` and revision-mode `diff`: 64 MiB a file.
  public static let `default` = InputLimits(bytes: 64 << 20, sentences: nil)

  /// `align`, `batch`, `map`, `track` and translation-mode `diff`: 16 MiB a file and
  /// 200,000 sentences a side.
  public static let aligning = InputLimits(bytes: 16 << 20, sentences: 200_000)

  /// Refuses a statement with more sentences than these limits allow.
  ///
  /// - Parameter statement: the statement read.
  /// - Throws: ``InputError/tooManyUnits(_:count:unit:limit:)``.
  public func check(_ statement: SegmentedStatement) throws {
    let name = statement.path ?? "-"
    if let limit = sentences, statement.sentenceCount > limit {
      throw InputError.tooManyUnits(
        name, count: statement.sentenceCount, unit: "sentences", limit: limit)
    }
  }
}
