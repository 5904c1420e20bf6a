// The rules that decide, at each candidate boundary, whether a sentence really ends
// there: ICU proposes most candidates, a linear scan adds those ICU's suppressions and
// rules hide, and one function judges them all from a few characters either side.

/// Judges candidate sentence boundaries in one language.
struct BoundaryRules: Sendable {
  /// The language's abbreviation, function word and name lists.
  let abbreviations: Abbreviations

  /// Appends to `candidates`, in ascending order, the offsets after a full stop, an
  /// ellipsis or a closing bracket, its closing quotes or brackets, and white space, where
  /// a capital letter or digit follows (after any opening quotes, brackets or a dialogue
  /// dash). ICU misses some of these: its suppressions keep `U.S. The` together, and it
  /// never breaks before a digit (`встретился. 19 июня`), a dash, or after `…`.
  func addCandidates(in text: UTF8Cursor, to candidates: inout [Int]) {
    let bytes = text.bytes
    var index = 0
    while index < bytes.count {
      // Most of a text holds no stop: skip eight bytes at a time while none can be one.
      if index + 8 <= bytes.count, !Self.mayHoldStop(bytes, at: index) {
        index += 8
        continue
      }
      let byte = bytes[index]
      index += 1
      // `.` or the last byte of `…` (E2 80 A6); a run of stops is judged at its end. A
      // closing bracket may end a stage direction (`[Laughter] Let me begin`).
      let isStop =
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: ")")
        || (byte == 0xA6 && index >= 3 && bytes[index - 2] == 0x80 && bytes[index - 3] == 0xE2)
      guard isStop, index < bytes.count, bytes[index] != UInt8(ascii: ".") else { continue }
      var position = index
      while let next = text.scalar(at: position), next.scalar.isClosing { position = next.next }
      guard let space = text.scalar(at: position), space.scalar.isSpaceLike else { continue }
      let start = text.skippingWhitespace(from: space.next)
      guard let head = text.scalar(at: Self.firstWord(text, from: start)),
        head.scalar.isUpperLetter || head.scalar.isDigit
      else { continue }
      candidates.append(start)
      index = start
    }
  }

  /// Whether the eight bytes at `offset` hold a byte that may end a sentence: `.`, `]`,
  /// `)` or the last byte of `…`. Tests all eight at once, a word at a time.
  private static func mayHoldStop(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
    return holds(word, UInt8(ascii: ".")) || holds(word, 0x5D) || holds(word, 0x29)
      || holds(word, 0xA6)
  }

  /// Whether any byte of `word` is `byte` (the classic zero-byte test on `word ^ byte…`).
  @inline(__always)
  private static func holds(_ word: UInt64, _ byte: UInt8) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let spread = word ^ (ones &* UInt64(byte))
    return (spread &- ones) & ~spread & 0x8080_8080_8080_8080 != 0
  }

  /// Whether a sentence ends before `offset`, the first non-space character after a
  /// candidate boundary.
  ///
  /// - Parameters:
  ///   - text: the paragraph, with wrapping line feeds read as spaces.
  ///   - offset: where the next sentence would start.
  ///   - sentenceStart: where the current sentence starts.
  ///   - proposedByICU: whether ICU reported the boundary; this decides the cases the
  ///     rules have no opinion on.
  /// - Returns: `true` when a new sentence starts at `offset`.
  func isBoundary(
    _ text: UTF8Cursor, at offset: Int, sentenceStart: Int, proposedByICU: Bool
  ) -> Bool {
    let end = text.skippingWhitespace(backFrom: offset)
    guard end > sentenceStart else { return false }
    // A line feed still in the text ends a sentence (see `LineBreaks`).
    if text.containsLineFeed(end..<offset) { return true }
    let first = Self.firstWord(text, from: offset)
    guard let head = text.scalar(at: first) else { return proposedByICU }
    // Sentences start with a capital; `а) пункт` and the like are list items.
    if head.scalar.isLowerLetter {
      return LineStart.isListItem(text, offset..<min(offset + 16, text.count))
    }
    var last = end
    while let previous = text.scalar(before: last), previous.scalar.isClosing,
      previous.start > sentenceStart
    {
      last = previous.start
    }
    guard let stop = text.scalar(before: last) else { return proposedByICU }
    // A stage direction in brackets is a sentence of its own: `[Laughter] Let me begin`.
    if last < end, !stop.scalar.isTerminal, let opening = text.scalar(at: sentenceStart),
      opening.scalar == "[" || opening.scalar == "("
    {
      return head.scalar.isUpperLetter
    }
    switch stop.scalar {
    case ".":
      if let before = text.scalar(before: stop.start), before.scalar == "." {
        return head.scalar.isUpperLetter || proposedByICU
      }
      return isBoundaryAfterFullStop(
        text, stop: stop.start, next: first, nextIsCapital: head.scalar.isUpperLetter,
        sentenceStart: sentenceStart)
    case "\u{2026}":
      return head.scalar.isUpperLetter || proposedByICU
    default:
      return proposedByICU
    }
  }

  /// The offset of the first letter or digit of the sentence that would start at
  /// `offset`, after opening quotes and brackets and a dialogue dash (`– Мы`).
  static func firstWord(_ text: UTF8Cursor, from offset: Int) -> Int {
    var first = offset
    if let dash = text.scalar(at: first), dash.scalar == "\u{2013}" || dash.scalar == "\u{2014}",
      let space = text.scalar(at: dash.next), space.scalar.isSpaceLike
    {
      first = text.skippingWhitespace(from: space.next)
    }
    while let next = text.scalar(at: first), next.scalar.isOpening { first = next.next }
    return first
  }

  private func isBoundaryAfterFullStop(
    _ text: UTF8Cursor, stop: Int, next: Int, nextIsCapital: Bool, sentenceStart: Int
  ) -> Bool {
    let token = Token(text, endingAt: stop)
    guard !token.range.isEmpty else { return true }
    let bytes = UnsafeBufferPointer(rebasing: text.bytes[token.range.lowerBound...stop])
    var word = String(decoding: bytes, as: UTF8.self)
    // `т. д.` is looked up as the lists write it, with one space.
    if let letter = token.spacedLetterBefore(text) {
      let spaced = letter + ". " + word
      if abbreviations.kind(of: spaced, afterNumber: false) != nil { word = spaced }
    }
    let nextWord = Token.word(text, at: next)
    switch abbreviations.kind(of: word, afterNumber: token.followsNumber(text)) {
    case .prefix:
      return false
    case .listEnd:
      return nextIsCapital
    case .unit:
      guard nextIsCapital else { return false }
      // `2 апреля 2018 г. Президент …`, `В XVIII–XIX вв. Россия …`: a date that opens the
      // sentence is followed by its subject, unless a function word starts a new one. An
      // initial (`В 2018 г. В.В.Путин`) is the subject, not the preposition `в`.
      if token.followsNumber(text), token.isNearStart(text, sentenceStart: sentenceStart, limit: 3)
      {
        return abbreviations.isFunctionWord(nextWord) && !Token.isInitial(text, at: next)
      }
      // `at 7 a.m. President Biden`: only a time zone goes on a clock time.
      if token.isClockSuffix(text) { return !Token.isTimeZone(text, at: next) }
      return isSentenceStartAfterUnit(text, word: nextWord, at: next)
    case nil:
      break
    }
    let initials = token.initialCount(text)
    if initials >= 3 {
      // `N.A.T.O.`: an acronym, which may end a sentence as a unit does.
      return nextIsCapital && isSentenceStartAfterUnit(text, word: nextWord, at: next)
    }
    if initials > 0 {
      guard nextIsCapital else { return false }
      // `by Lavrov S.V. The`, `Лавров С.В. Ответ`: initials after a surname end the name.
      if abbreviations.isFunctionWord(nextWord) && !Token.isInitial(text, at: next) {
        return true
      }
      return initials == 2 && token.followsSurname(text, abbreviations: abbreviations)
    }
    if token.isShortMarker(text) {
      // `1. First point`, `as follows: 2. Second`: a list number, not a sentence.
      let before = text.skippingWhitespace(backFrom: token.range.lowerBound)
      if before <= sentenceStart { return false }
      if before < token.range.lowerBound, let previous = text.scalar(before: before),
        previous.scalar == ":" || previous.scalar == ";"
      {
        return false
      }
    }
    if token.isSingleLowercaseLetter(text) {
      // A unit after a quantity (`12 тыс. кв. м.`, `5 sq. m.`) may end a sentence.
      if token.followsQuantity(text) {
        return nextIsCapital && isSentenceStartAfterUnit(text, word: nextWord, at: next)
      }
      // Otherwise an unknown one-letter lower-case abbreviation (`с. Ивановка`, `о. Сахалин`).
      return false
    }
    // Initials after an unknown compound abbreviation name the person it describes: a
    // degree or title (`д.и.н. А.Н.Панов`). Dates such as `с.г.` are listed as units.
    if nextIsCapital, token.isLowercaseCompound(text), Token.isInitial(text, at: next) {
      return false
    }
    return true
  }

  /// Whether a capitalised `word` at `offset` after a unit or acronym starts a sentence:
  /// a function word or a common word does (`the U.S. The`, `1963 г. Будем`, `5 p.m.
  /// Filming`), a name, title or code does not (`the U.S. President`, `2018 г. Президент`,
  /// `No. C-SS-4`).
  private func isSentenceStartAfterUnit(_ text: UTF8Cursor, word: String, at offset: Int)
    -> Bool
  {
    if abbreviations.isFunctionWord(word) { return true }
    return !Token.isIdentifier(text, at: offset) && !abbreviations.names.contains(word)
  }
}
