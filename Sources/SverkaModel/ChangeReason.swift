// Why a paragraph change matters: the reasons attached to changed paragraphs.

/// A reason attached to a changed, moved, split or merged paragraph.
///
/// In revision mode the reasons mark high-severity edits; in translation mode they say why
/// two aligned paragraphs are inconsistent.
public enum ChangeReason: String, Sendable, Codable, CaseIterable, Comparable {
  /// A number was added, removed or changed.
  case numberMismatch = "number_mismatch"
  /// A date (a month name, a year, a day) was changed.
  case dateMismatch = "date_mismatch"
  /// A name (a capitalised word or an acronym) was added, removed or changed.
  case nameMismatch = "name_mismatch"
  /// A negation (`not`, `no`, `не`, `нет`…) was added or removed.
  case negationChanged = "negation_changed"
  /// Translation mode: a sentence of one side has no counterpart on the other.
  case sentenceUnmatched = "sentence_unmatched"
  /// Translation mode: the length ratio is far from the document's.
  case lengthRatioOutlier = "length_ratio_outlier"

  public static func < (lhs: ChangeReason, rhs: ChangeReason) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }
}
