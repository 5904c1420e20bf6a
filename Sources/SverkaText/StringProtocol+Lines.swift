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
      utf8.withContiguousStorageIfAvailable { bytes -> LineBreaks in
        var found = LineBreaks.none
        for index in bytes.indices {
          switch bytes[index] {
          case 0x0A...0x0D: found = .ascii
          case 0x85 where index > 0 && bytes[index - 1] == 0xC2: return .other
          case 0xA8,
            0xA9 where index > 1 && bytes[index - 1] == 0x80 && bytes[index - 2] == 0xE2:
            return .other
          default: break
          }
        }
        return found
      }
      ?? (unicodeScalars.contains {
        switch $0.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
      } ? .other : .none)
    switch breaks {
    case .none: return String(self)
    case .ascii: return joiningASCIILines()
    case .other: break
    }
    return split(whereSeparator: \.isNewline)
      .map { $0.trimmingWhitespace() }
      .filter { !$0.isEmpty }
      .joined(separator: " ")
  }

  /// ``joinedLines()`` for a text whose only line breaks are ASCII (0A–0D), on its bytes:
  /// its lines trimmed of white space (Unicode's, as ``trimmingWhitespace()``), the empty
  /// ones dropped, the rest joined by a space.
  private func joiningASCIILines() -> String {
    var joined: [UInt8] = []
    _ = utf8.withContiguousStorageIfAvailable { bytes in
      joined.reserveCapacity(bytes.count)
      var start = 0
      while start < bytes.count {
        var end = start
        while end < bytes.count && !(0x0A...0x0D).contains(bytes[end]) { end += 1 }
        var lower = start
        while lower < end {
          let (scalar, length) = Self.scalar(in: bytes, at: lower)
          guard scalar.properties.isWhitespace else { break }
          lower += length
        }
        var upper = end
        while upper > lower {
          var first = upper - 1
          while first > lower && bytes[first] & 0xC0 == 0x80 { first -= 1 }
          guard Self.scalar(in: bytes, at: first).scalar.properties.isWhitespace else { break }
          upper = first
        }
        if lower < upper {
          if !joined.isEmpty { joined.append(0x20) }
          joined.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lower..<upper]))
        }
        start = end + 1
      }
    }
    return String(decoding: joined, as: UTF8.self)
  }

  /// The scalar that starts at `index` of valid UTF-8 `bytes`, and its length in bytes.
  private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int)
    -> (scalar: Unicode.Scalar, length: Int)
  {
    let lead = bytes[index]
    let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    var value = UInt32(lead) & (length == 1 ? 0x7F : length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for offset in 1..<length where index + offset < bytes.count {
      value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }
}

/// What line breaks a text holds, as ``StringProtocol/joinedLines()`` tells them apart.
private enum LineBreaks {
  /// None.
  case none
  /// Only ASCII ones (0A–0D).
  case ascii
  /// NEL, LS or PS too.
  case other
}
