// Compares two editions named by path: reads both at once, then chooses the mode from their
// languages (revision for one language, translation for English against Russian).

import Foundation
import SverkaAlign
import SverkaDiff
import SverkaModel
import SverkaRead
import SverkaText

/// The one call behind `sverka diff`: two files in, one ``EditionDiff`` out.
///
/// Both files are read at once, paragraphs only. Two editions in one language are compared
/// as revisions (``RevisionDiff``, which needs no sentences); an English and a Russian one
/// are segmented, held to ``InputLimits/aligning`` and checked as translations of each other
/// (``TranslationCheck``).
public struct EditionDiffer: Sendable {
  /// How the files are decoded.
  public var reader: StatementReader
  /// The revision diff's options.
  public var options: DiffOptions
  /// Whether translation mode flags a sentence that one side denies and the other affirms.
  public var checksNegation: Bool
  /// The aligner translation mode links the paragraphs with.
  public var aligner: Aligner

  /// Creates a differ.
  ///
  /// - Parameters:
  ///   - encoding: the files' charset when they are not Unicode, or `nil`.
  ///   - options: the revision diff's options.
  ///   - checksNegation: whether translation mode checks negation.
  ///   - aligner: the aligner for translation mode.
  public init(
    encoding: String? = nil, options: DiffOptions = .default, checksNegation: Bool = false,
    aligner: Aligner = Aligner()
  ) {
    reader = StatementReader(encoding: encoding)
    self.options = options
    self.checksNegation = checksNegation
    self.aligner = aligner
  }

  /// Compares the editions at `a` and `b`.
  ///
  /// - Parameters:
  ///   - a: the old edition's path (or one language's).
  ///   - b: the new edition's path (or the other language's).
  ///   - load: reads a file's bytes; it throws ``InputError`` for a missing or unreadable one.
  /// - Returns: a revision diff for one language, a translation check for two.
  /// - Throws: ``InputError`` when a file cannot be read or, in translation mode, is larger
  ///   than ``InputLimits/aligning``; ``ICUError`` when ICU fails.
  /// - Complexity: that of ``RevisionDiff/diff(_:_:)`` or of ``TranslationCheck/check(_:_:)``.
  public func diff(
    _ a: String, _ b: String, load: @escaping @Sendable (String) throws -> [UInt8]
  ) throws -> EditionDiff {
    let (first, second) = try readBoth(a, b, load: load)
    guard first.language != second.language else {
      return try RevisionDiff(options: options).diff(first, second)
    }
    let (english, russian) = try Self.segmentBoth(first, second)
    for statement in [english, russian] { try Self.checkTranslationLimits(statement) }
    return try TranslationCheck(aligner: aligner, checksNegation: checksNegation).check(
      english, russian)
  }

  /// Segments the two editions side by side; the first one's error first.
  private static func segmentBoth(_ first: Statement, _ second: Statement) throws -> (
    SegmentedStatement, SegmentedStatement
  ) {
    let statements = [first, second]
    let segmented = try Concurrently.tryMap(2) { try statements[$0].segmented() }
    return (segmented[0], segmented[1])
  }

  /// Translation mode aligns, so it takes `align`'s limits (revision mode reads up to the
  /// default byte limit and keeps no sentences).
  private static func checkTranslationLimits(_ statement: SegmentedStatement) throws {
    let limits = InputLimits.aligning
    let bytes = statement.paragraphs.reduce(0) { $0 + $1.text.utf8.count }
    if bytes > limits.bytes {
      throw InputError.tooLarge(statement.path ?? "-", bytes: bytes, limit: limits.bytes)
    }
    try limits.check(statement)
  }

  /// Reads the two editions side by side, paragraphs only; the first one's error first.
  private func readBoth(
    _ a: String, _ b: String, load: @escaping @Sendable (String) throws -> [UInt8]
  ) throws -> (Statement, Statement) {
    let reader = reader
    let paths = [a, b]
    let statements = try Concurrently.tryMap(2) {
      try reader.readParagraphs(load(paths[$0]), path: paths[$0])
    }
    return (statements[0], statements[1])
  }
}
