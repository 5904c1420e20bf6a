// The evidence behind one reason of a paragraph change: what one side has and the other lacks.

/// The evidence behind one ``ChangeReason``: the items (numbers, dates, names, sentences) that
/// stand on one side of a paragraph change and not on the other.
///
/// A reader sees which name, number or sentence a flag is about without searching the texts:
/// `name only in English: Kim Jong-un`, `number 151 in Russian, 150 in English`.
public struct ReasonEvidence: Sendable, Hashable, Codable {
  /// The reason this evidence supports.
  public var reason: ChangeReason
  /// The items found in the A side (the old edition, or the first file) and not in B.
  public var onlyInA: [String]
  /// The items found in the B side (the new edition, or the second file) and not in A.
  public var onlyInB: [String]

  /// Creates the evidence for `reason`.
  public init(reason: ChangeReason, onlyInA: [String] = [], onlyInB: [String] = []) {
    self.reason = reason
    self.onlyInA = onlyInA
    self.onlyInB = onlyInB
  }

  /// One line for a reader, naming each side by its label (`English`, `old`…).
  ///
  /// - Parameters:
  ///   - aLabel: What to call side A, such as `English` or `old`.
  ///   - bLabel: What to call side B.
  /// - Returns: For example `name only in English: Kim Jong-un`, or
  ///   `number 151 in Russian, 150 in English` when both sides have an item.
  public func description(aLabel: String, bLabel: String) -> String {
    let noun = reason.evidenceNoun
    switch (onlyInA.isEmpty, onlyInB.isEmpty) {
    case (false, true):
      return "\(noun) only in \(aLabel): " + onlyInA.joined(separator: "; ")
    case (true, false):
      return "\(noun) only in \(bLabel): " + onlyInB.joined(separator: "; ")
    case (false, false):
      return "\(noun) " + onlyInB.joined(separator: "; ") + " in \(bLabel), "
        + onlyInA.joined(separator: "; ") + " in \(aLabel)"
    case (true, true):
      return reason.rawValue
    }
  }
}

extension ChangeReason {
  /// What one item of this reason's evidence is called in a report.
  fileprivate var evidenceNoun: String {
    switch self {
    case .numberMismatch: "number"
    case .dateMismatch: "date"
    case .nameMismatch: "name"
    case .negationChanged: "negation"
    case .sentenceUnmatched: "sentence without counterpart"
    case .lengthRatioOutlier: "length"
    }
  }
}
