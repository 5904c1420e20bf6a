// A normalized matching key for a piece of text, with a map back to the original.

/// The form of a text that Sverka compares: case-folded, with typographic variants unified
/// and white space collapsed, plus where each of its bytes came from in the original.
///
/// Keys are for matching only; output always shows the original text, found through
/// ``originalRange(of:)``.
public struct MatchKey: Sendable, Hashable {
  /// The key text.
  public let text: String
  /// For each UTF-8 byte of `text`, the original UTF-8 range of the character it came from.
  private let starts: [Int]
  private let ends: [Int]

  init(text: String, starts: [Int], ends: [Int]) {
    precondition(starts.count == text.utf8.count && ends.count == starts.count)
    self.text = text
    self.starts = starts
    self.ends = ends
  }

  /// The UTF-8 range in the original text that a UTF-8 range of the key came from.
  ///
  /// - Parameter keyRange: a byte range of `text`, within its bounds.
  /// - Returns: the range from the start of the character that made the first byte to
  ///   the end of the character that made the last; an empty range maps to an empty
  ///   range at the matching place.
  public func originalRange(of keyRange: Range<Int>) -> Range<Int> {
    precondition(keyRange.lowerBound >= 0 && keyRange.upperBound <= starts.count)
    guard !keyRange.isEmpty else {
      let place =
        keyRange.lowerBound < starts.count
        ? starts[keyRange.lowerBound] : (ends.last ?? 0)
      return place..<place
    }
    return starts[keyRange.lowerBound]..<ends[keyRange.upperBound - 1]
  }

  public static func == (lhs: MatchKey, rhs: MatchKey) -> Bool { lhs.text == rhs.text }
  public func hash(into hasher: inout Hasher) { hasher.combine(text) }
}
