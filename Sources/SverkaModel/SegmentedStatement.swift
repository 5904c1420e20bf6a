// A statement whose paragraphs carry their sentences: what aligning, checking a translation
// and writing an alignment need, so none of them segments "just in case".

/// A ``Statement`` split into sentences.
///
/// Reading gives a ``Statement`` of paragraphs; segmenting it (`statement.segmented()`, or
/// a reader that segments as it reads) gives this type, and everything that works on
/// sentences (the aligner, the translation check, the tracker, the alignment writers) takes
/// it. The statement's own properties read through it (`segmented.paragraphs`,
/// `segmented.language`); ``statement`` is the statement itself, for what needs paragraphs
/// only, such as a revision diff.
@dynamicMemberLookup
public struct SegmentedStatement: Sendable {
  /// The statement, each of its paragraphs with its sentences.
  public let statement: Statement

  /// A statement whose paragraphs already hold their sentences, taken as they are.
  ///
  /// For sentences built by hand or read one a line; to split a statement read as
  /// paragraphs, segment it instead, so the sentences are the segmenter's.
  ///
  /// - Parameter statement: the statement with its sentences.
  public init(sentencesOf statement: Statement) {
    self.statement = statement
  }

  /// A property of the statement, read through.
  public subscript<Value>(dynamicMember keyPath: KeyPath<Statement, Value>) -> Value {
    statement[keyPath: keyPath]
  }

  /// The file it was read from, or `-` for standard input; `nil` when built in memory.
  public var path: String? { statement.path }
  /// The language.
  public var language: Language { statement.language }
  /// The title, when the page has one.
  public var title: String? { statement.title }
  /// The paragraphs in reading order, each with its sentences.
  public var paragraphs: [Paragraph] { statement.paragraphs }
  /// All sentences in reading order.
  public var sentences: [Sentence] { statement.sentences }
  /// The number of sentences.
  public var sentenceCount: Int { statement.sentenceCount }

  /// The statement with only the paragraphs at `indices` (0-based), in that order, each
  /// with its sentences; the page's dateline, language switch and chrome are left out.
  ///
  /// - Parameter indices: the paragraphs to keep.
  /// - Returns: the part, segmented as this statement is.
  public func part(_ indices: [Int]) -> SegmentedStatement {
    SegmentedStatement(
      sentencesOf: Statement(
        path: statement.path, language: statement.language,
        cyrillicShare: statement.cyrillicShare, encoding: statement.encoding, dateline: nil,
        languageSwitch: nil, chrome: [], paragraphs: indices.map { statement.paragraphs[$0] }))
  }
}
