// The matching key's text, fast: scalar by scalar through a table, for whole documents.

/// Computes the UTF-8 of `Normalizer.key(_:).text` without the map back to the original,
/// an order of magnitude faster on long documents.
///
/// Every scalar that is a grapheme of its own is folded through a table filled by the
/// ``Normalizer`` itself, so the result is the same by construction; text with combining
/// marks, joiners or other multi-scalar graphemes falls back to the normalizer.
final class KeyFolder {
  private enum Fold {
    case space
    case mayJoin
    /// A range of `foldBytes`: a flat store, so the hot loop retains no array per scalar.
    case bytes(start: Int32, count: Int32)
  }

  private let normalizer: Normalizer
  /// For scalars below 0x10000: 0 unknown, otherwise an index + 1 into `folds`.
  private var table = [Int32](repeating: 0, count: 0x10000)
  private var astral: [UInt32: Int32] = [:]
  private var folds: [Fold] = []
  private var foldBytes: [UInt8] = []
  private var seen: [UInt64: [([UInt8], [UInt8])]] = [:]

  init(normalizer: Normalizer) {
    self.normalizer = normalizer
  }

  /// The key text of `text`.
  ///
  /// - Throws: ``ICUError`` when ICU's normalizer fails.
  func keyText(_ text: String) throws -> String {
    String(decoding: try keyBytes(text), as: UTF8.self)
  }

  /// The UTF-8 bytes of the key text of `text`.
  ///
  /// - Throws: ``ICUError`` when ICU's normalizer fails.
  func keyBytes(_ text: String) throws -> [UInt8] {
    if let folded = try fold(text) { return folded }
    return Array(try normalizer.key(text).text.utf8)
  }

  /// The key bytes of `text`, remembered so that a paragraph that both editions share
  /// is folded once.
  ///
  /// - Throws: ``ICUError`` when ICU's normalizer fails.
  func cachedKeyBytes(_ text: String) throws -> [UInt8] {
    let original = Array(text.utf8)
    let hash = KeyHash.fnv1a(original)
    if let bucket = seen[hash], let found = bucket.first(where: { $0.0 == original }) {
      return found.1
    }
    let folded = try keyBytes(text)
    seen[hash, default: []].append((original, folded))
    return folded
  }

  /// The key bytes, or `nil` when a grapheme of several scalars needs the slow path.
  private func fold(_ text: String) throws -> [UInt8]? {
    var copy = text
    return try copy.withUTF8 { try fold(utf8: $0) }
  }

  /// Where each key byte came from in the original, as ``MatchKey`` keeps it.
  private struct Origins {
    var starts: [Int] = []
    var ends: [Int] = []
    /// The first white space of the run that a pending space stands for.
    var space: Range<Int>? = nil

    mutating func append(_ range: Range<Int>, count: Int) {
      for _ in 0..<count {
        starts.append(range.lowerBound)
        ends.append(range.upperBound)
      }
    }
  }

  /// The matching key of `text` with the map back to the original, the same as
  /// `Normalizer.key(_:)` returns, through the table when it can.
  ///
  /// - Throws: ``ICUError`` when ICU's normalizer fails.
  func matchKey(_ text: String) throws -> MatchKey {
    var copy = text
    var origins: Origins? = Origins()
    let folded = try copy.withUTF8 { try fold(utf8: $0, origins: &origins) }
    guard let folded, let origins else { return try normalizer.key(text) }
    return MatchKey(
      text: String(decoding: folded, as: UTF8.self), starts: origins.starts, ends: origins.ends)
  }

  private func fold(utf8 bytes: UnsafeBufferPointer<UInt8>) throws -> [UInt8]? {
    var origins: Origins? = nil
    return try fold(utf8: bytes, origins: &origins)
  }

  private func fold(utf8 bytes: UnsafeBufferPointer<UInt8>, origins: inout Origins?) throws
    -> [UInt8]?
  {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var pendingSpace = false
    var index = 0
    let count = bytes.count
    // Local copies, refreshed when a new scalar is learnt.
    var folds = self.folds
    var foldBytes = self.foldBytes
    var table = self.table
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        if lead == 0x20 || (0x09...0x0D).contains(lead) {
          if !out.isEmpty, !pendingSpace {
            // `\r\n` is one Character, so one space origin, for the normalizer.
            let crlf = lead == 0x0D && index < count && bytes[index] == 0x0A
            origins?.space = (index - 1)..<(crlf ? index + 1 : index)
          }
          pendingSpace = !out.isEmpty
          continue
        }
        if pendingSpace {
          out.append(0x20)
          if let space = origins?.space { origins?.append(space, count: 1) }
        }
        pendingSpace = false
        switch lead {
        case UInt8(ascii: "`"): out.append(UInt8(ascii: "'"))
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): out.append(lead + 32)
        default: out.append(lead)
        }
        origins?.append((index - 1)..<index, count: 1)
        continue
      }
      // Valid UTF-8 (it came from a String): the lead byte gives the length.
      let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
      var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
      for offset in 1..<length where index + offset < count {
        value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
      }
      let start = index
      index += length
      let slot = value < 0x10000 ? table[Int(value)] : astral[value] ?? 0
      let position: Int
      if slot > 0 {
        position = Int(slot - 1)
      } else {
        guard let scalar = Unicode.Scalar(value) else { return nil }
        position = try learn(scalar)
        folds = self.folds
        foldBytes = self.foldBytes
        table = self.table
      }
      switch folds[position] {
      case .mayJoin: return nil
      case .space:
        if !out.isEmpty, !pendingSpace { origins?.space = start..<index }
        pendingSpace = !out.isEmpty
      case .bytes(let begin, let length):
        if length == 0 { continue }
        if pendingSpace {
          out.append(0x20)
          if let space = origins?.space { origins?.append(space, count: 1) }
        }
        pendingSpace = false
        out.append(contentsOf: foldBytes[Int(begin)..<Int(begin + length)])
        origins?.append(start..<index, count: Int(length))
      }
    }
    return out
  }

  private func learn(_ scalar: Unicode.Scalar) throws -> Int {
    let fold: Fold
    if Self.mayJoin(scalar) {
      fold = .mayJoin
    } else if scalar.properties.isWhitespace {
      fold = .space
    } else {
      let folded = Array(try normalizer.key(String(Character(scalar))).text.utf8)
      fold = .bytes(start: Int32(foldBytes.count), count: Int32(folded.count))
      foldBytes.append(contentsOf: folded)
    }
    folds.append(fold)
    let slot = Int32(folds.count)
    if scalar.value < 0x10000 {
      table[Int(scalar.value)] = slot
    } else {
      astral[scalar.value] = slot
    }
    return folds.count - 1
  }

  /// Scalars that can make a grapheme with their neighbours.
  private static func mayJoin(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    if properties.isGraphemeExtend || properties.isJoinControl { return true }
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: break
    }
    switch scalar.value {
    case 0x1100...0x11FF, 0xAC00...0xD7A3, 0x1F1E6...0x1F1FF, 0xFE00...0xFE0F, 0x0600...0x0605,
      0x06DD, 0x070F, 0x08E2, 0x110BD, 0x110CD:
      return true
    default: return false
    }
  }
}
