// Recognises the parts of a captured statement page: dateline, title, switch, body, chrome.

import SverkaModel
import SverkaText

/// The parts of a statement page, found in its text.
///
/// Every part is optional and anything not recognised is body text, so a plain text
/// file is a page with a body only. A title is recognised only right after a dateline.
struct PageLayout {
  /// A block of consecutive non-blank lines.
  struct Block {
    /// The lines joined by `\n`, exactly as in the text.
    let text: String
    /// The 1-based line number of its first line.
    let line: Int

    /// The block's lines.
    var lines: [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false) }

    /// Whether the block is short enough to be a language switch or page chrome; a long
    /// body block is never one, and is not searched at all.
    var isShort: Bool { text.utf8.count <= 400 }
  }

  var dateline: Dateline?
  var title: Block?
  var languageSwitch: String?
  var body: [Block] = []
  var chrome: [String] = []

  /// Page chrome lines that captured pages end with, in both languages, case-folded.
  static let chromeLines: Set<String> = [
    "advanced settings", "advanced search", "print", "print version", "share",
    "расширенные настройки", "дополнительные настройки", "расширенный поиск",
    "версия для печати", "поделиться",
  ]

  /// Finds the parts of `text`, whose line ends are `\n`.
  init(_ text: String) {
    var blocks = Self.blocks(of: text)
    // A dateline is short: a long first line is not even split into words.
    if let first = blocks.first, first.text.utf8.prefix(while: { $0 != 0x0A }).count <= 80,
      let dateline = Dateline.parse(String(first.lines[0]))
    {
      self.dateline = dateline
      blocks.removeFirst()
      let lines = first.lines
      if lines.count > 1 {
        blocks.insert(
          Block(text: lines.dropFirst().joined(separator: "\n"), line: first.line + 1), at: 0)
      }
      if let next = blocks.first, !Self.isLanguageSwitch(next) {
        title = next
        blocks.removeFirst()
      }
    }
    if let next = blocks.first, Self.isLanguageSwitch(next) {
      languageSwitch = String(next.text.trimmingWhitespace())
      blocks.removeFirst()
    }
    while let last = blocks.last, last.isShort, last.lines.allSatisfy(Self.isChromeLine) {
      chrome.insert(contentsOf: last.lines.map { String($0.trimmingWhitespace()) }, at: 0)
      blocks.removeLast()
    }
    body = blocks
  }

  /// Splits text into blocks separated by blank lines (lines of white space only).
  static func blocks(of text: String) -> [Block] {
    var text = text
    // Byte ranges first, found on the raw bytes; then each block's text is cut from the
    // string by UTF-8 offsets, which copies without validating again.
    let ranges = text.withUTF8 { bytes in
      var ranges: [(bytes: Range<Int>, line: Int)] = []
      // The byte offset and line number where the current block starts, if one is open,
      // and the offset where its last non-blank line ends.
      var open: (start: Int, line: Int)?
      var end = 0
      var lineStart = 0
      var line = 1
      while lineStart <= bytes.count {
        let lineEnd = nextLineFeed(in: bytes, from: lineStart)
        if isBlank(UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])) {
          if let block = open { ranges.append((block.start..<end, block.line)) }
          open = nil
        } else {
          if open == nil { open = (lineStart, line) }
          end = lineEnd
        }
        lineStart = lineEnd + 1
        line += 1
      }
      if let block = open { ranges.append((block.start..<end, block.line)) }
      return ranges
    }
    let utf8 = text.utf8
    return ranges.map { range in
      let start = utf8.index(utf8.startIndex, offsetBy: range.bytes.lowerBound)
      let end = utf8.index(start, offsetBy: range.bytes.count)
      return Block(text: String(text[start..<end]), line: range.line)
    }
  }

  /// The offset of the first line feed at or after `start`, or the end; `memchr` is
  /// several times faster than a loop over the bytes.
  private static func nextLineFeed(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    ByteSearch.firstIndex(of: 0x0A, in: bytes, from: start) ?? bytes.count
  }

  /// Whether a line holds white space only; it stops at the first byte that is not.
  private static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    var offset = 0
    while offset < line.count {
      let byte = line[offset]
      switch byte {
      case 0x09...0x0D, 0x20: offset += 1
      case ..<0x80: return false
      default:
        // Non-ASCII: decode this one scalar and ask its white-space property.
        var parser = Unicode.UTF8.ForwardParser()
        var bytes = UnsafeBufferPointer(rebasing: line[offset...]).makeIterator()
        guard case .valid(let encoded) = parser.parseScalar(from: &bytes),
          Unicode.UTF8.decode(encoded).properties.isWhitespace
        else { return false }
        offset += encoded.count
      }
    }
    return true
  }

  /// A line such as `  • en-GB1 ru-RU1`: an optional bullet, then language tags, each
  /// optionally followed by digits.
  static func isLanguageSwitch(_ block: Block) -> Bool {
    guard block.isShort, block.lines.count == 1 else { return false }
    var words = block.lines[0].split(whereSeparator: \.isWhitespace)
    if let first = words.first, ["•", "·", "*", "-", "|"].contains(first) { words.removeFirst() }
    return !words.isEmpty && words.allSatisfy(isLanguageTag)
  }

  private static func isLanguageTag(_ word: Substring) -> Bool {
    let tag = word.prefix { !$0.isNumber }
    let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
    return parts.count == 2 && parts[0].count == 2 && parts[1].count == 2
      && parts[0].allSatisfy { $0.isASCII && $0.isLowercase }
      && parts[1].allSatisfy { $0.isASCII && $0.isUppercase }
      && word.dropFirst(tag.count).allSatisfy(\.isNumber)
  }

  private static func isChromeLine(_ line: Substring) -> Bool {
    chromeLines.contains(line.trimmingWhitespace().lowercased())
  }
}
