// Splits a paragraph's matching key into word units with ICU's word break iterator.

import SverkaText

/// Turns paragraphs into ``WordToken`` units and similarity stems.
///
/// ICU's word boundaries are found on the matching key (so soft hyphens and zero-width
/// characters never split a word, and quotes and dashes are already unified), then mapped
/// back to the original text. Tokens that ICU separates but that touch, such as `well`,
/// `-`, `known` or `72`, `-`, `й`, are joined into one unit; punctuation stays on its own.
final class WordTokenizer {
  private let iterator: ICU.BreakIterator
  private let folder: KeyFolder
  private let table: KeyInterner
  private let ignoreCase: Bool
  /// Characters of a word stem for similarity; a cheap stemmer for both languages.
  private static let stemLength = 6

  init(table: KeyInterner, folder: KeyFolder, ignoreCase: Bool) throws {
    iterator = try ICU.BreakIterator(.word, locale: "root")
    self.folder = folder
    self.table = table
    self.ignoreCase = ignoreCase
  }

  private struct Raw {
    var start: Int
    var end: Int
    var kind: WordToken.Kind
  }

  /// What tokenizing a paragraph finds before anything is interned: the pieces to intern
  /// and where each unit stands. Any tokenizer can make it, on its own thread; only
  /// ``intern(_:)`` touches the shared table.
  struct Analysis: Sendable {
    /// A unit of the paragraph, its pieces as ranges of `bytes`.
    struct Unit: Sendable {
      var key: Range<Int>
      /// The key followed by a case mask, when the unit has a capital and case counts.
      var cased: Range<Int>?
      var original: Range<Int>
      var gapBefore: Range<Int>
      var kind: WordToken.Kind
    }

    /// The bytes of every piece, one after another.
    var bytes: [UInt8] = []
    /// The similarity stem of each token.
    var stems: [Range<Int>] = []
    var units: [Unit] = []
  }

  /// The units of `text` and the sorted stem ids of its tokens.
  ///
  /// - Throws: ``ICUError`` when ICU fails.
  func tokenize(_ text: String) throws -> (units: [WordToken], stems: [Int32]) {
    intern(try analyze(text))
  }

  /// The interned units and sorted stem ids of an analysis, in the order it was made.
  func intern(_ analysis: Analysis) -> (units: [WordToken], stems: [Int32]) {
    let stems = analysis.stems.map { table.intern(analysis.bytes[$0]) }.sorted()
    let units = analysis.units.map { unit in
      let keyID = table.intern(analysis.bytes[unit.key])
      return WordToken(
        keyID: keyID, matchID: unit.cased.map { table.intern(analysis.bytes[$0]) } ?? keyID,
        original: unit.original, gapBefore: unit.gapBefore, kind: unit.kind)
    }
    return (units, stems)
  }

  /// The pieces and units of `text`, with nothing interned.
  ///
  /// - Throws: ``ICUError`` when ICU fails.
  func analyze(_ text: String) throws -> Analysis {
    let key = try folder.matchKey(text)
    var keyText = key.text
    var raws: [Raw] = []
    let keyBytes = Array(keyText.utf8)
    try keyText.withUTF8 { bytes in
      var start = 0
      try iterator.forEachBoundary(in: bytes) { end, status in
        defer { start = end }
        if end - start == 1, bytes[start] == 0x20 { return }
        let kind: WordToken.Kind =
          switch status {
          case 100..<200: .number
          case 200..<500: .word
          default: .punctuation
          }
        raws.append(Raw(start: start, end: end, kind: kind))
      }
    }
    var analysis = Analysis()
    analysis.bytes.reserveCapacity(3 * keyBytes.count)
    for raw in raws {
      var end = raw.end
      if raw.kind == .word {
        // The first stemLength scalars: count lead bytes, not continuation bytes.
        var scalars = 0
        var cursor = raw.start
        while cursor < raw.end {
          if keyBytes[cursor] & 0xC0 != 0x80 {
            if scalars == Self.stemLength { break }
            scalars += 1
          }
          cursor += 1
        }
        end = cursor
      }
      let first = analysis.bytes.count
      analysis.bytes.append(raw.kind == .word ? 2 : 3)
      analysis.bytes.append(contentsOf: keyBytes[raw.start..<end])
      analysis.stems.append(first..<analysis.bytes.count)
    }
    let original = Array(text.utf8)
    analysis.units.reserveCapacity(raws.count)
    var index = 0
    var previousEnd = 0
    while index < raws.count {
      var last = index
      while last + 1 < raws.count, raws[last + 1].start == raws[last].end {
        let next = raws[last + 1]
        let isWordLike = raws[last].kind != .punctuation
        if isWordLike, next.kind != .punctuation {
          last += 1
        } else if isWordLike, last + 2 < raws.count, raws[last + 2].start == next.end,
          raws[last + 2].kind != .punctuation, Self.isConnector(keyBytes[next.start..<next.end])
        {
          last += 2
        } else if raws[last].kind == .number, keyBytes[next.start..<next.end].elementsEqual([0x25])
        {
          last += 1
        } else {
          break
        }
      }
      let keyRange = raws[index].start..<raws[last].end
      let first = analysis.bytes.count
      analysis.bytes.append(contentsOf: keyBytes[keyRange])
      let keyPiece = first..<analysis.bytes.count
      let range = key.originalRange(of: keyRange)
      var cased: Range<Int>? = nil
      if !ignoreCase, let mask = Self.caseMask(original[range]) {
        analysis.bytes.append(1)
        analysis.bytes.append(contentsOf: mask)
        cased = first..<analysis.bytes.count
      }
      let kinds = raws[index...last].map(\.kind)
      let kind: WordToken.Kind =
        kinds.contains(.word) ? .word : kinds.contains(.number) ? .number : .punctuation
      analysis.units.append(
        Analysis.Unit(
          key: keyPiece, cased: cased, original: range,
          gapBefore: previousEnd..<max(previousEnd, range.lowerBound), kind: kind))
      previousEnd = range.upperBound
      index = last + 1
    }
    return analysis
  }

  /// Hyphens, apostrophes and slashes join the words on both sides into one unit.
  private static func isConnector(_ bytes: ArraySlice<UInt8>) -> Bool {
    bytes.count == 1 && (bytes.first == 0x2D || bytes.first == 0x27 || bytes.first == 0x2F)
  }

  /// Which letters are upper case (`U`) and which lower case (`l`), as ASCII bytes, or
  /// `nil` when none is upper case.
  ///
  /// ASCII and basic Cyrillic letters are told by their bytes; any other scalar by its
  /// Unicode properties.
  private static func caseMask(_ bytes: ArraySlice<UInt8>) -> [UInt8]? {
    guard mayHaveCapital(bytes) else { return nil }
    var mask: [UInt8] = []
    var any = false
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      let next = index + 1 < bytes.endIndex ? bytes[index + 1] : 0
      let upper: Bool?
      var length = 1
      switch byte {
      case 0x41...0x5A: upper = true
      case 0x61...0x7A: upper = false
      case ..<0x80: upper = nil
      case 0xD0:  // U+0400–U+042F capitals, U+0430–U+043F small letters
        (upper, length) = (next < 0xB0, 2)
      case 0xD1 where next < 0xA0:  // U+0440–U+045F small letters
        (upper, length) = (false, 2)
      default:
        length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        let end = min(bytes.endIndex, index + length)
        let scalar = String(decoding: bytes[index..<end], as: UTF8.self).unicodeScalars.first
        let properties = scalar?.properties
        upper = properties?.isAlphabetic == true ? properties?.isUppercase == true : nil
      }
      if let upper {
        any = any || upper
        mask.append(upper ? UInt8(ascii: "U") : UInt8(ascii: "l"))
      }
      index += length
    }
    return any ? mask : nil
  }

  /// Whether some letter may be upper case: `false` only when every byte is plainly not
  /// part of one (ASCII other than `A`–`Z`, basic Cyrillic small letters), which is most
  /// words; anything else is left to the scalar properties.
  private static func mayHaveCapital(_ bytes: ArraySlice<UInt8>) -> Bool {
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte < 0x80 {
        if byte &- 0x41 < 26 { return true }
        index += 1
        continue
      }
      let next = index + 1 < bytes.endIndex ? bytes[index + 1] : 0
      // а–п are D0 B0–BF; р–я and ѐ–џ are D1 80–9F.
      let isSmallCyrillic = (byte == 0xD0 && next >= 0xB0) || (byte == 0xD1 && next < 0xA0)
      guard isSmallCyrillic else { return true }
      index += 2
    }
    return false
  }
}
