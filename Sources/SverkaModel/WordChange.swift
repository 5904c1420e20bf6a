// One run of words in the word-level diff of a matched pair of paragraphs.

/// A run of words that is equal in both paragraphs, only in the old one or only in the new
/// one, or equal but for typography.
///
/// `text` is the original text of the run with the white space before it, so the texts of
/// the `equal`, `cosmetic` and `inserted` runs concatenated give the new paragraph, and
/// those of `equal`, `deleted` runs with each cosmetic run's `old` text give the old one
/// (white space inside equal runs as in the new paragraph).
public struct WordChange: Sendable, Hashable {
  /// What happened to the run.
  public enum Operation: String, Sendable, Codable {
    /// In both paragraphs, identical.
    case equal
    /// Only in the old paragraph.
    case deleted
    /// Only in the new paragraph.
    case inserted
    /// In both, differing only in typography; `text` is new, `old` is old.
    case cosmetic
  }

  /// What happened to the run.
  public let operation: Operation
  /// The run's original text (the new text for `equal` and `cosmetic`).
  public let text: String
  /// For `cosmetic` runs, the old text.
  public let old: String?
  /// For `cosmetic` runs, which typographic kinds differ.
  public let kinds: [CosmeticKind]

  /// Creates a run.
  public init(
    _ operation: Operation, _ text: String, old: String? = nil, kinds: [CosmeticKind] = []
  ) {
    self.operation = operation
    self.text = text
    self.old = old
    self.kinds = kinds
  }
}
