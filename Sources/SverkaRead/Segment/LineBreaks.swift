// Decides which line breaks inside a paragraph end a sentence. ICU ends a sentence at
// every line feed, which cuts hard-wrapped prose apart; the segmenter turns the breaks
// that only wrap a line into spaces (one byte for one, so offsets stay put) before ICU
// reads the text.

/// The line structure of a paragraph in one language.
struct LineBreaks: Sendable {
  /// The function words (`the`, `with`, `и`, `в`), which end no heading, and the names
  /// that go on a phrase.
  let abbreviations: Abbreviations

  /// The offsets of the line feeds (and carriage returns before them) in `bytes` that
  /// only wrap a line, so that they can be read as spaces.
  ///
  /// A break ends a sentence when the next line is a list item, bullet or speaker's label,
  /// the line is a label alone (`Question:`), or the line is a heading: it has no final
  /// punctuation and does not end in a function word, and the next line starts with a
  /// capitalised word that is not a name, title, initial or acronym (which would carry
  /// the phrase on: `the 72nd session of the⏎UN General Assembly`). After final
  /// punctuation the break is read as a space and the usual rules decide, so `Mr.` at a
  /// line end still runs on.
  func softBreaks(in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
    let text = UTF8Cursor(bytes: bytes)
    var lines: [Range<Int>] = []
    var start = 0
    while let feed = text.firstLineFeed(from: start) {
      lines.append(start..<feed)
      start = feed + 1
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
    if last.scalar == ":" && LineStart.isLabel(text, line) { return false }
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
    if abbreviations.isFunctionWord(lastWord(text, line)) { return true }
    // A heading is followed by a capitalised word; a digit there continues a date.
    if first.scalar.isDigit { return true }
    let start = BoundaryRules.firstWord(text, from: next.lowerBound)
    guard let head = text.scalar(at: start), head.scalar.isUpperLetter else { return true }
    let word = Token.word(text, at: start)
    if Token.isInitial(text, at: start) { return true }
    // A capitalised function word starts a sentence.
    if abbreviations.isFunctionWord(word) { return false }
    // Hard-wrapped prose breaks a line only where the next word would not fit, so a short
    // line whose successor's first word would have fitted is a heading.
    let fits = length(text, line) + 1 + length(text, start..<text.wordEnd(from: start)) <= width
    if fits && LineStart.isListItem(text, line) { return false }
    // A name or acronym goes on a phrase.
    if abbreviations.names.contains(word) || Token.isIdentifier(text, at: start) { return true }
    return !fits
  }

  /// The line's last word.
  private func lastWord(_ text: UTF8Cursor, _ line: Range<Int>) -> String {
    var start = line.upperBound
    while let previous = text.scalar(before: start), start > line.lowerBound,
      !previous.scalar.isSpaceLike
    {
      start = previous.start
    }
    let word = UnsafeBufferPointer(rebasing: text.bytes[start..<line.upperBound])
    return String(decoding: word, as: UTF8.self)
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
}
