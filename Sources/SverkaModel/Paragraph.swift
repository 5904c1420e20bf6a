// One paragraph of a statement: its original text and its sentences.

/// A paragraph as published: the title or a block of body text between blank lines.
public struct Paragraph: Sendable, Hashable {
  /// What the paragraph is on the page.
  public enum Role: String, Sendable, Codable {
    /// The statement's title, always the first paragraph when present.
    case title
    /// A paragraph of body text.
    case body
  }

  /// The original text; lines of the block are kept, joined by `\n`.
  public let text: String
  /// Whether it is the title or body text.
  public let role: Role
  /// The 1-based line of the source file where the paragraph starts.
  public let line: Int
  /// The sentences, in order; joined with the white space between them they give `text`
  /// back without its leading and trailing white space.
  public let sentences: [Sentence]

  /// Creates a paragraph.
  public init(text: String, role: Role, line: Int, sentences: [Sentence]) {
    self.text = text
    self.role = role
    self.line = line
    self.sentences = sentences
  }
}
