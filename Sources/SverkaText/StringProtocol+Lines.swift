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
    // Bytes, not Characters or scalars: unspecialised, those cost more than the rest of
    // writing. A line break is 0A–0D, or NEL (C2 85), LS or PS (E2 80 A8/A9).
    let breaks =
      utf8.withContiguousStorageIfAvailable { bytes in
        bytes.indices.contains { index in
          switch bytes[index] {
          case 0x0A...0x0D: true
          case 0x85: index > 0 && bytes[index - 1] == 0xC2
          case 0xA8, 0xA9: index > 1 && bytes[index - 1] == 0x80 && bytes[index - 2] == 0xE2
          default: false
          }
        }
      }
      ?? unicodeScalars.contains {
        switch $0.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
      }
    guard breaks else { return String(self) }
    return split(whereSeparator: \.isNewline)
      .map { $0.trimmingWhitespace() }
      .filter { !$0.isEmpty }
      .joined(separator: " ")
  }
}
