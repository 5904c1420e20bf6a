// Splits a paragraph's matching key into word units with ICU's word break iterator.

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

  /// The units of `text` and the sorted stem ids of its tokens.
  ///
  /// - Throws: ``ICUError`` when ICU fails.
  func tokenize(_ text: String) throws -> (units: [WordToken], stems: [Int32]) {
    let key = try folder.matchKey(text)
    var keyText = key.text
    var raws: [Raw] = []
    var stems: [Int32] = []
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
      var piece: [UInt8] = [raw.kind == .word ? 2 : 3]
      piece.append(contentsOf: keyBytes[raw.start..<end])
      stems.append(table.intern(piece).id)
    }
    stems.sort()
    let original = Array(text.utf8)
    var units: [WordToken] = []
    units.reserveCapacity(raws.count)
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
      let keyPiece = Array(keyBytes[keyRange])
      let keyID = table.intern(keyPiece).id
      let range = key.originalRange(of: keyRange)
      var matchID = keyID
      if !ignoreCase, let mask = Self.caseMask(original[range]) {
        matchID = table.intern(keyPiece + [1] + Array(mask.utf8)).id
      }
      let kinds = raws[index...last].map(\.kind)
      let kind: WordToken.Kind =
        kinds.contains(.word) ? .word : kinds.contains(.number) ? .number : .punctuation
      units.append(
        WordToken(
          keyID: keyID, matchID: matchID, original: range,
          gapBefore: previousEnd..<max(previousEnd, range.lowerBound), kind: kind))
      previousEnd = range.upperBound
      index = last + 1
    }
    return (units, stems)
  }

  /// Hyphens, apostrophes and slashes join the words on both sides into one unit.
  private static func isConnector(_ bytes: ArraySlice<UInt8>) -> Bool {
    bytes.count == 1 && (bytes.first == 0x2D || bytes.first == 0x27 || bytes.first == 0x2F)
  }

  /// Which letters are upper case, or `nil` when none is.
  private static func caseMask(_ bytes: ArraySlice<UInt8>) -> String? {
    if bytes.allSatisfy({ $0 < 0x80 }) {
      guard bytes.contains(where: { (0x41...0x5A).contains($0) }) else { return nil }
      return String(
        bytes.compactMap { byte -> Character? in
          (0x41...0x5A).contains(byte) ? "U" : (0x61...0x7A).contains(byte) ? "l" : nil
        })
    }
    var mask = ""
    var any = false
    for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars
    where scalar.properties.isAlphabetic {
      let upper = scalar.properties.isUppercase
      any = any || upper
      mask.append(upper ? "U" : "l")
    }
    return any ? mask : nil
  }
}
