// Decides which line breaks inside a paragraph end a sentence. ICU ends a sentence at
// every line feed, which cuts hard-wrapped prose apart; the segmenter turns the breaks
// that only wrap a line into spaces (one byte for one, so offsets stay put) before ICU
// reads the text.

/// The line structure of a paragraph in one language.
struct LineBreaks: Sendable {
  /// Words that end no sentence or heading (`the`, `with`, `и`, `в`), lower case.
  let functionWords: Set<String>

  /// The offsets of the line feeds (and carriage returns before them) in `bytes` that
  /// only wrap a line, so that they can be read as spaces.
  ///
  /// A break ends a sentence when the next line is a list item, bullet or speaker's label,
  /// or the line is a heading. A line is taken for a heading when it has no final
  /// punctuation, does not end in a function word, the next line starts with a capital or
  /// opening quote, and either every line of the block is short or the line is short and the next
  /// line's first word would have fitted on it: hard-wrapped prose breaks a line only when
  /// the next word does not fit. After final punctuation the break is read as a space and
  /// the usual rules decide, so `Mr.` at a line end still runs on.
  func softBreaks(in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
    let text = UTF8Cursor(bytes: bytes)
    var lines: [Range<Int>] = []
    var start = 0
    for index in 0..<bytes.count where bytes[index] == 0x0A {
      lines.append(start..<index)
      start = index + 1
    }
    guard !lines.isEmpty else { return [] }
    lines.append(start..<bytes.count)
    let trimmed = lines.map { trim(text, $0) }
    let width = trimmed.map { length(text, $0) }.max() ?? 0
    var soft: [Int] = []
    for index in 0..<(lines.count - 1)
    where isWrap(text, trimmed[index], trimmed[index + 1], width: width) {
      let feed = lines[index].upperBound
      soft.append(feed)
      if feed > 0 && bytes[feed - 1] == 0x0D { soft.append(feed - 1) }
    }
    return soft
  }

  private func isWrap(
    _ text: UTF8Cursor, _ line: Range<Int>, _ next: Range<Int>, width: Int
  ) -> Bool {
    guard !line.isEmpty, !next.isEmpty, let first = text.scalar(at: next.lowerBound),
      let last = text.scalar(before: line.upperBound)
    else { return false }
    if LineStart.isListItem(text, next) || LineStart.isLabel(text, next) { return false }
    if first.scalar.isLowerLetter { return true }
    var end = line.upperBound
    while let previous = text.scalar(before: end), previous.scalar.isClosing, end > line.lowerBound
    {
      end = previous.start
    }
    if let final = text.scalar(before: end), final.scalar.isTerminal { return true }
    switch last.scalar {
    case ",", ":", "-", "\u{2013}", "\u{2014}", "(", "\u{AB}", "\u{201C}", "\u{201E}": return true
    case ";": return false
    default: break
    }
    if functionWords.contains(lastWord(text, line)) { return true }
    // A heading is followed by a capitalised word; a digit there continues a date.
    if first.scalar.isDigit { return true }
    // A block whose lines are all short is a heading or a list, not wrapped prose.
    guard width >= 32 else { return false }
    let lineLength = length(text, line)
    if lineLength + 1 + firstWordLength(text, next) > width { return true }
    return lineLength * 5 > width * 3
  }

  /// The line's last word, lower-cased.
  private func lastWord(_ text: UTF8Cursor, _ line: Range<Int>) -> String {
    var start = line.upperBound
    while let previous = text.scalar(before: start), start > line.lowerBound,
      !previous.scalar.isSpaceLike
    {
      start = previous.start
    }
    let word = UnsafeBufferPointer(rebasing: text.bytes[start..<line.upperBound])
    return String(decoding: word, as: UTF8.self).lowercased()
  }

  private func trim(_ text: UTF8Cursor, _ range: Range<Int>) -> Range<Int> {
    let lower = min(text.skippingWhitespace(from: range.lowerBound), range.upperBound)
    let upper = max(text.skippingWhitespace(backFrom: range.upperBound), lower)
    return lower..<upper
  }

  /// The length in characters (scalars), as a wrapping editor counts it.
  private func length(_ text: UTF8Cursor, _ range: Range<Int>) -> Int {
    range.reduce(0) { $0 + (text.bytes[$1] & 0xC0 == 0x80 ? 0 : 1) }
  }

  private func firstWordLength(_ text: UTF8Cursor, _ range: Range<Int>) -> Int {
    var end = range.lowerBound
    while end < range.upperBound, let next = text.scalar(at: end), !next.scalar.isSpaceLike {
      end = next.next
    }
    return length(text, range.lowerBound..<end)
  }
}
