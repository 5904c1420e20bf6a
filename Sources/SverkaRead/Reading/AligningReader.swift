// Reads the editions that will be aligned, held to `InputLimits.aligning`: the one way `align`,
// `batch` and `track` open their files.

import SverkaModel

/// Reads an edition for the aligner, the translation tracker or a batch run.
///
/// No more than ``InputLimits/aligning``'s bytes are read, and a statement with more
/// sentences than it allows is refused, so the aligner's memory stays under the README's
/// ceiling whatever the input.
public struct AligningReader: Sendable {
  /// The file's charset when it is not Unicode, or `nil`.
  public var encoding: String?
  /// Whether the files are already split: one sentence a line, a blank line between
  /// paragraphs (``SegmentedReader``), instead of page text (``StatementReader``).
  public var isSegmented: Bool

  /// Creates a reader.
  ///
  /// - Parameters:
  ///   - encoding: the files' charset when they are not Unicode, or `nil`.
  ///   - isSegmented: whether the files hold one sentence a line.
  public init(encoding: String? = nil, isSegmented: Bool = false) {
    self.encoding = encoding
    self.isSegmented = isSegmented
  }

  /// Reads and segments the edition at `path` (`-` for standard input).
  ///
  /// - Throws: ``InputError`` when the file cannot be read, is past the limits or holds no
  ///   text; ``ICUError`` when ICU fails.
  public func read(_ path: String) throws -> SegmentedStatement {
    let limits = InputLimits.aligning
    let bytes = try InputFile.bytes(path, limit: limits.bytes)
    let statement =
      isSegmented
      ? try SegmentedReader(encoding: encoding).read(bytes, path: path)
      : try StatementReader(encoding: encoding).read(bytes, path: path)
    try limits.check(statement)
    return statement
  }

  /// Reads both editions of a pair folder, each in the language its file name says.
  ///
  /// - Throws: what ``read(_:)`` throws, and ``InputError/wrongLanguage(_:expected:found:)``
  ///   when an edition is in the other language.
  public func read(_ folder: PairFolder) throws -> (
    english: SegmentedStatement, russian: SegmentedStatement
  ) {
    let english = try read(folder.english)
    let russian = try read(folder.russian)
    try PairFolder.check(english, is: .english)
    try PairFolder.check(russian, is: .russian)
    return (english, russian)
  }
}
