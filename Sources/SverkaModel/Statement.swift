// A statement as read: its metadata and its paragraphs of sentences.

/// One edition of a statement: metadata from the page and the paragraphs of its text.
///
/// The title, when the page has one, is the first paragraph. The dateline, the language
/// switch and the page chrome are metadata only: they are never in `paragraphs`.
public struct Statement: Sendable {
  /// The file it was read from, or `-` for standard input; `nil` when built in memory.
  public let path: String?
  /// The language, detected from the script unless the caller named it.
  public let language: Language
  /// The share of Cyrillic among the letters of the body, from 0 to 1.
  public let cyrillicShare: Double
  /// The charset the file was decoded from, such as `UTF-8` or `windows-1251`.
  public let encoding: String
  /// The date and time line at the head of the page, when there is one.
  public let dateline: Dateline?
  /// The language switch line, such as `• en-GB1 ru-RU1`, trimmed.
  public let languageSwitch: String?
  /// Trailing page chrome such as `Advanced settings`, a line each.
  public let chrome: [String]
  /// The paragraphs in reading order; the title first when there is one.
  public let paragraphs: [Paragraph]

  /// Creates a statement.
  public init(
    path: String?, language: Language, cyrillicShare: Double, encoding: String,
    dateline: Dateline?, languageSwitch: String?, chrome: [String], paragraphs: [Paragraph]
  ) {
    self.path = path
    self.language = language
    self.cyrillicShare = cyrillicShare
    self.encoding = encoding
    self.dateline = dateline
    self.languageSwitch = languageSwitch
    self.chrome = chrome
    self.paragraphs = paragraphs
  }

  /// The title, when the page has one.
  public var title: String? {
    paragraphs.first.flatMap { $0.role == .title ? $0.text : nil }
  }

  /// All sentences in reading order.
  public var sentences: [Sentence] { paragraphs.flatMap(\.sentences) }

  /// The number of sentences.
  public var sentenceCount: Int { paragraphs.reduce(0) { $0 + $1.sentences.count } }
}
