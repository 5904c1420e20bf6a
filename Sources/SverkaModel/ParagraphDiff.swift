// One operation of an edition diff: what happened to one or more paragraphs.

/// What happened to a paragraph, or to a group of paragraphs, between two editions.
///
/// Paragraph numbers are 1-based. Across an ``EditionDiff`` every paragraph of each side is
/// in exactly one operation.
public struct ParagraphDiff: Sendable, Hashable {
  /// The kind of operation.
  public enum Operation: String, Sendable, Codable, CaseIterable {
    /// Identical, in order.
    case equal
    /// In order, differing only in typography (see ``CosmeticKind``).
    case cosmetic
    /// In order, with a word-level change.
    case changed
    /// Out of order; identical, cosmetic or changed (see `words`).
    case moved
    /// Only in the old edition.
    case deleted
    /// Only in the new edition.
    case inserted
    /// One old paragraph became two or three adjacent new ones.
    case split
    /// Two or three adjacent old paragraphs became one new one.
    case merged
  }

  /// How much a change matters.
  public enum Severity: String, Sendable, Codable, Comparable {
    /// No change, or a typographic one.
    case none
    /// A change of words, a move, an insertion or a deletion.
    case normal
    /// A change to a number, a date, a name or a negation.
    case high

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
      let order: [Severity] = [.none, .normal, .high]
      return order.firstIndex(of: lhs) ?? 0 < order.firstIndex(of: rhs) ?? 0
    }
  }

  /// The kind of operation.
  public var operation: Operation
  /// The 1-based numbers of the old paragraphs, ascending; empty for `inserted`.
  public var a: [Int]
  /// The 1-based numbers of the new paragraphs, ascending; empty for `deleted`.
  public var b: [Int]
  /// A number from 0 to 1 for operations with both sides, `nil` for `deleted` and
  /// `inserted`; what it measures depends on the diff's ``EditionDiff/mode``.
  ///
  /// - In revision mode: the word similarity of the two sides, the Dice coefficient over
  ///   their multisets of tokens, folded word stems and punctuation (twice the shared tokens
  ///   over all tokens), so 1 means the same words.
  /// - In translation mode: the aligner's confidence that the paragraphs translate each
  ///   other, the link's posterior probability (``Alignment/Link/score``), rounded to three
  ///   decimals. It is not a word similarity, since English and Russian words are not
  ///   compared one to one: a faithful paragraph link scores near 1 even when a sentence in
  ///   it has no counterpart, which `reasons` reports instead. A low value means the
  ///   pairing itself is doubtful.
  public var similarity: Double?
  /// Why the change matters; non-empty means high severity.
  public var reasons: [ChangeReason]
  /// The evidence behind `reasons`: for each, the items on one side only.
  public var evidence: [ReasonEvidence]
  /// The typographic kinds that differ between the two sides.
  public var cosmetic: [CosmeticKind]
  /// The word-level diff, for operations with both sides that are not `equal`.
  public var words: [WordChange]
  /// Short hashes (8 hex digits of FNV-1a 64) of the old paragraphs' matching keys.
  public var aHashes: [String]
  /// Short hashes of the new paragraphs' matching keys.
  public var bHashes: [String]

  /// Creates an operation.
  public init(
    _ operation: Operation, a: [Int], b: [Int], similarity: Double? = nil,
    reasons: [ChangeReason] = [], evidence: [ReasonEvidence] = [],
    cosmetic: [CosmeticKind] = [], words: [WordChange] = [],
    aHashes: [String] = [], bHashes: [String] = []
  ) {
    self.operation = operation
    self.a = a
    self.b = b
    self.similarity = similarity
    self.reasons = reasons
    self.evidence = evidence
    self.cosmetic = cosmetic
    self.words = words
    self.aHashes = aHashes
    self.bHashes = bHashes
  }

  /// Whether the words differ beyond typography.
  public var hasWordChanges: Bool {
    words.contains { $0.operation == .deleted || $0.operation == .inserted }
  }

  /// How much this operation matters.
  public var severity: Severity {
    switch operation {
    case .equal, .cosmetic: return .none
    case .moved where !hasWordChanges: return .normal
    default: return reasons.isEmpty ? .normal : .high
    }
  }

  /// Whether this operation is a difference: anything but `equal`, and `cosmetic` only
  /// when `strict`.
  public func isDifference(strict: Bool) -> Bool {
    switch operation {
    case .equal: false
    case .cosmetic: strict
    default: true
    }
  }
}
