// Recognises the parts of a captured statement page: dateline, title, switch, body, chrome.

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
    let lines: [Substring]
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
    if let first = blocks.first, let dateline = Dateline.parse(String(first.lines[0])) {
      self.dateline = dateline
      blocks.removeFirst()
      if first.lines.count > 1 {
        blocks.insert(Self.block(Array(first.lines.dropFirst()), line: first.line + 1), at: 0)
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
    while let last = blocks.last, last.lines.allSatisfy(Self.isChromeLine) {
      chrome.insert(contentsOf: last.lines.map { String($0.trimmingWhitespace()) }, at: 0)
      blocks.removeLast()
    }
    body = blocks
  }

  /// Splits text into blocks separated by blank lines (lines of white space only).
  static func blocks(of text: String) -> [Block] {
    var blocks: [Block] = []
    var current: [Substring] = []
    var start = 0
    // Splitting the UTF-8 view avoids grapheme breaking over the whole text.
    let lines = text[...].utf8.split(
      separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    for (index, bytes) in lines.enumerated() {
      let line = Substring(bytes)
      if line.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
        if !current.isEmpty { blocks.append(block(current, line: start)) }
        current = []
      } else {
        if current.isEmpty { start = index + 1 }
        current.append(line)
      }
    }
    if !current.isEmpty { blocks.append(block(current, line: start)) }
    return blocks
  }

  private static func block(_ lines: [Substring], line: Int) -> Block {
    Block(text: lines.joined(separator: "\n"), line: line, lines: lines)
  }

  /// A line such as `  • en-GB1 ru-RU1`: an optional bullet, then language tags, each
  /// optionally followed by digits.
  static func isLanguageSwitch(_ block: Block) -> Bool {
    guard block.lines.count == 1 else { return false }
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
