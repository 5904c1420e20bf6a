// The matching key's text, fast: scalar by scalar through a table, for whole documents.

/// Computes the UTF-8 of `Normalizer.key(_:).text`, with or without the map back to the
/// original, an order of magnitude faster on long documents.
///
/// Every scalar that is a grapheme of its own is folded through a table filled by the
/// ``Normalizer`` itself, so the result is the same by construction; text with combining
/// marks, joiners or other multi-scalar graphemes falls back to the normalizer. A folder
/// learns as it goes and is not safe to share between threads: give each its own.
package final class KeyFolder {
  private let normalizer: Normalizer
  /// For scalars below 0x10000, their fold packed in a word: the low byte is a tag (see
  /// ``Tag``), the seven others hold a short fold's bytes, first byte lowest.
  private let table: UnsafeMutablePointer<UInt64>
  private var astral: [UInt32: UInt64] = [:]
  /// Folds longer than seven bytes; a `long` tag keeps the index above its low byte.
  private var longFolds: [[UInt8]] = []
  /// Where a key is built before it is copied out; grown when a key does not fit.
  private var scratch: UnsafeMutablePointer<UInt8>
  private var scratchCapacity = 1 << 12

  /// The low byte of a packed fold.
  private enum Tag {
    static let unknown: UInt64 = 0
    /// 1 to 8: a fold of `tag - 1` bytes, held in the word.
    static let short: ClosedRange<UInt64> = 1...8
    static let long: UInt64 = 0xFD
    static let space: UInt64 = 0xFE
    /// The scalar may make a grapheme with its neighbours: the normalizer decides.
    static let mayJoin: UInt64 = 0xFF
  }

  package init(normalizer: Normalizer) {
    self.normalizer = normalizer
    scratch = .allocate(capacity: scratchCapacity)
    table = .allocate(capacity: 0x10000)
    table.initialize(repeating: Tag.unknown, count: 0x10000)
  }

  deinit {
    scratch.deallocate()
    table.deallocate()
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
  package func keyBytes(_ text: String) throws -> [UInt8] {
    var copy = text
    let folded = try copy.withUTF8 { bytes -> [UInt8]? in
      var sink = ScratchSink(buffer: scratch, capacity: scratchCapacity)
      defer { (scratch, scratchCapacity) = (sink.buffer, sink.capacity) }
      guard try fold(bytes, into: &sink) else { return nil }
      return Array(UnsafeBufferPointer(start: sink.buffer, count: sink.count))
    }
    if let folded { return folded }
    return Array(try normalizer.key(text).text.utf8)
  }

  /// The matching key of `text` with the map back to the original, the same as
  /// `Normalizer.key(_:)` returns, through the table when it can.
  ///
  /// - Throws: ``ICUError`` when ICU's normalizer fails.
  package func matchKey(_ text: String) throws -> MatchKey {
    var copy = text
    var sink = OriginSink(capacity: text.utf8.count)
    guard try copy.withUTF8({ try fold($0, into: &sink) }) else {
      return try normalizer.key(text)
    }
    return MatchKey(
      text: String(decoding: sink.bytes, as: UTF8.self), starts: sink.starts, ends: sink.ends)
  }

  /// Where folded bytes go: the loop below is specialised for each, so the key-only path
  /// pays nothing for the map back.
  private protocol Sink {
    var isEmpty: Bool { get }
    /// Makes room for `extra` more bytes.
    mutating func reserve(_ extra: Int)
    /// Appends the bytes packed in `word` (first byte lowest), made from `origin`.
    mutating func append(packed word: UInt64, count: Int, origin: Range<Int>)
    /// Appends the first `count` bytes of `word`, each folded to itself from the byte
    /// at `start` and on.
    mutating func append(run word: UInt64, count: Int, start: Int)
    /// Appends some bytes made from `origin`.
    mutating func append(_ bytes: [UInt8], origin: Range<Int>)
  }

  /// Writes into the folder's scratch buffer, eight bytes at a time: room is made before
  /// each fold for its longest result, plus eight bytes of slack for the last store.
  private struct ScratchSink: Sink {
    var buffer: UnsafeMutablePointer<UInt8>
    var capacity: Int
    var count = 0
    var isEmpty: Bool { count == 0 }

    mutating func reserve(_ extra: Int) {
      guard count + extra + 8 > capacity else { return }
      capacity = max(capacity * 2, count + extra + 8)
      let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
      grown.update(from: buffer, count: count)
      buffer.deallocate()
      buffer = grown
    }

    mutating func append(packed word: UInt64, count added: Int, origin: Range<Int>) {
      UnsafeMutableRawPointer(buffer + count).storeBytes(of: word.littleEndian, as: UInt64.self)
      count += added
    }

    mutating func append(run word: UInt64, count added: Int, start: Int) {
      UnsafeMutableRawPointer(buffer + count).storeBytes(of: word.littleEndian, as: UInt64.self)
      count += added
    }

    mutating func append(_ bytes: [UInt8], origin: Range<Int>) {
      for (offset, byte) in bytes.enumerated() { buffer[count + offset] = byte }
      count += bytes.count
    }
  }

  /// Keeps the bytes and, for each, the original range it came from, as ``MatchKey``.
  private struct OriginSink: Sink {
    var bytes: [UInt8] = []
    var starts: [Int] = []
    var ends: [Int] = []
    var isEmpty: Bool { bytes.isEmpty }

    /// Room for a key as long as the text, which is the usual size.
    init(capacity: Int) {
      bytes.reserveCapacity(capacity)
      starts.reserveCapacity(capacity)
      ends.reserveCapacity(capacity)
    }

    /// Nothing: the arrays grow by themselves, and the usual size is reserved at start.
    mutating func reserve(_ extra: Int) {}

    mutating func append(packed word: UInt64, count: Int, origin: Range<Int>) {
      var word = word
      for _ in 0..<count {
        bytes.append(UInt8(truncatingIfNeeded: word))
        starts.append(origin.lowerBound)
        ends.append(origin.upperBound)
        word >>= 8
      }
    }

    mutating func append(run word: UInt64, count: Int, start: Int) {
      for offset in 0..<count {
        append(
          packed: word >> (8 * offset), count: 1, origin: (start + offset)..<(start + offset + 1))
      }
    }

    mutating func append(_ added: [UInt8], origin: Range<Int>) {
      for byte in added { append(packed: UInt64(byte), count: 1, origin: origin) }
    }
  }

  /// The high bit of each byte of a word that folds to itself: `!` to `~` but for the
  /// capitals and the backtick.
  private static func plainBytes(_ word: UInt64) -> UInt64 {
    let capital = ByteLanes.atLeast(word, 0x41) & ~ByteLanes.atLeast(word, 0x5B)
    return ByteLanes.atLeast(word, 0x21) & ~ByteLanes.atLeast(word, 0x7F) & ~capital
      & ~ByteLanes.equal(word, 0x60) & ~word
  }

  /// Folds UTF-8 into `sink`; `false` when a grapheme of several scalars needs the
  /// normalizer.
  private func fold<Output: Sink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout Output)
    throws -> Bool
  {
    var pendingSpace = false
    // The first white space of the run that a pending space stands for.
    var spaceOrigin = 0..<0
    var index = 0
    let count = bytes.count
    sink.reserve(4 * count)
    while index < count {
      let lead = bytes[index]
      if !pendingSpace, let base = bytes.baseAddress {
        // A run of ASCII bytes that fold to themselves goes eight at a time.
        if lead &- 0x21 < 0x5E, index + 8 <= count {
          let word = ByteLanes.load(base + index)
          let run = (~Self.plainBytes(word) & ByteLanes.high).trailingZeroBitCount / 8
          if run > 0 {
            sink.append(run: word, count: run, start: index)
            index += run
            continue
          }
        }
        // So does a small Cyrillic letter а–я (`D0 B0`–`D0 BF`, `D1 80`–`D1 8F`), with no
        // table to look at.
        if lead &- 0xD0 < 2, index + 1 < count {
          let second = bytes[index + 1]
          if (lead == 0xD0 && second >= 0xB0) || (lead == 0xD1 && second < 0x90) {
            sink.append(
              packed: UInt64(lead) | UInt64(second) << 8, count: 2, origin: index..<(index + 2))
            index += 2
            continue
          }
        }
      }
      let start = index
      var packed: UInt64
      if lead < 0x80 {
        index += 1
        switch lead {
        case 0x09...0x0D, 0x20:
          if !sink.isEmpty, !pendingSpace {
            // `\r\n` is one Character, so one space origin, for the normalizer.
            let crlf = lead == 0x0D && index < count && bytes[index] == 0x0A
            spaceOrigin = start..<(crlf ? index + 1 : index)
          }
          packed = Tag.space
        case UInt8(ascii: "`"): packed = UInt64(UInt8(ascii: "'")) << 8 | 2
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): packed = UInt64(lead + 32) << 8 | 2
        default: packed = UInt64(lead) << 8 | 2
        }
      } else {
        // Valid UTF-8 (it came from a String): the lead byte gives the length.
        var value: UInt32
        if lead < 0xE0, index + 1 < count {
          value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
          index += 2
        } else {
          let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
          value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
          for offset in 1..<length where index + offset < count {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
          }
          index += length
        }
        packed = value < 0x10000 ? table[Int(value)] : astral[value] ?? Tag.unknown
        if packed == Tag.unknown {
          guard let scalar = Unicode.Scalar(value) else { return false }
          packed = try learn(scalar)
        }
        if packed & 0xFF == Tag.space, !sink.isEmpty, !pendingSpace {
          spaceOrigin = start..<index
        }
      }
      switch packed & 0xFF {
      case Tag.mayJoin: return false
      case Tag.space:
        pendingSpace = !sink.isEmpty
        continue
      case 1: continue
      default: break
      }
      if pendingSpace { sink.append(packed: 0x20, count: 1, origin: spaceOrigin) }
      pendingSpace = false
      if packed & 0xFF == Tag.long {
        let long = longFolds[Int(packed >> 8)]
        sink.reserve(long.count + 4 * (count - index))
        sink.append(long, origin: start..<index)
      } else {
        sink.append(packed: packed >> 8, count: Int(packed & 0xFF) - 1, origin: start..<index)
      }
    }
    return true
  }

  /// Folds a scalar through the normalizer and remembers the packed result.
  private func learn(_ scalar: Unicode.Scalar) throws -> UInt64 {
    let packed: UInt64
    if Self.mayJoin(scalar) {
      packed = Tag.mayJoin
    } else if scalar.properties.isWhitespace {
      packed = Tag.space
    } else {
      let folded = Array(try normalizer.key(String(Character(scalar))).text.utf8)
      if folded.count <= 7 {
        packed =
          folded.reversed().reduce(0) { $0 << 8 | UInt64($1) } << 8
          | UInt64(folded.count + 1)
      } else {
        packed = UInt64(longFolds.count) << 8 | Tag.long
        longFolds.append(folded)
      }
    }
    if scalar.value < 0x10000 {
      table[Int(scalar.value)] = packed
    } else {
      astral[scalar.value] = packed
    }
    return packed
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
