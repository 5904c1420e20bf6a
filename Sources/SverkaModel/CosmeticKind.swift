// The kinds of typographic difference that do not change what a text says.

/// A typographic difference between two editions that matching ignores.
///
/// Two paragraphs whose only differences are of these kinds are *cosmetic* changes: counted
/// and reported, hidden from text output unless asked, and not differences for the exit
/// code unless `--strict`.
public enum CosmeticKind: String, Sendable, Codable, CaseIterable, Comparable {
  /// Straight against typographic quotes, or one typographic style against another.
  case quotes
  /// Hyphen, en dash, em dash and their variants.
  case dashes
  /// The minus sign U+2212 against a hyphen or dash.
  case minus
  /// No-break, thin and other spaces, line breaks and runs of white space.
  case spaces
  /// Soft hyphens.
  case softHyphen = "soft_hyphen"
  /// Zero-width spaces, joiners and byte-order marks.
  case invisible
  /// «ё» against «е».
  case yo
  /// Upper against lower case (cosmetic only when case is ignored).
  case letterCase = "case"
  /// The ellipsis character against three full stops, and other compatibility forms.
  case compatibility

  public static func < (lhs: CosmeticKind, rhs: CosmeticKind) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }
}
