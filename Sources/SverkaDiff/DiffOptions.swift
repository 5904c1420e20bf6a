// The settings of an edition diff.

/// How an edition diff decides what is changed, moved, split or cosmetic.
public struct DiffOptions: Sendable, Hashable {
  /// The least word-token similarity (Dice over stems, 0 to 1) for two paragraphs in
  /// order to count as one paragraph changed rather than one deleted and one inserted.
  public var threshold: Double
  /// The least similarity for two paragraphs out of order to count as one moved and
  /// changed; higher than `threshold` because a move has no position to support it.
  public var moveThreshold: Double
  /// Whether a change of letter case alone is cosmetic.
  public var ignoreCase: Bool

  /// The tuned defaults: 0.5 in order, 0.6 for moves, case significant.
  public static let `default` = DiffOptions()

  /// Creates options.
  public init(threshold: Double = 0.5, moveThreshold: Double? = nil, ignoreCase: Bool = false) {
    self.threshold = threshold
    self.moveThreshold = moveThreshold ?? min(1, threshold + 0.1)
    self.ignoreCase = ignoreCase
  }
}
