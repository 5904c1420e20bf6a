// String helpers shared by the stages: trimming white space, and putting lines on one line.

extension StringProtocol where SubSequence == Substring {
  /// The text without leading and trailing white space (Unicode `White_Space`).
  package func trimmingWhitespace() -> Substring {
    let whole = self[startIndex..<endIndex]
    let scalars = whole.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return whole[endIndex...] }
    return Substring(scalars[first...last])
  }

  /// The text on one line: every run of line breaks and the spaces around them becomes one
  /// space.
  package func joinedLines() -> String {
    // Scalars, not Characters: finding grapheme clusters cost more than the rest of writing.
    guard
      unicodeScalars.contains(where: {
        switch $0.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
      })
    else { return String(self) }
    return split(whereSeparator: \.isNewline)
      .map { $0.trimmingWhitespace() }
      .filter { !$0.isEmpty }
      .joined(separator: " ")
  }
}
