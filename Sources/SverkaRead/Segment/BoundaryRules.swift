// The rules that decide, at each candidate boundary, whether a sentence really ends
// there: one linear scan over the bytes proposes candidates after stops, brackets,
// pictographs, line feeds and before list markers, and one function judges them all from a
// few characters either side.

import SverkaText

/// Judges candidate sentence boundaries in one language.
struct BoundaryRules: Sendable {
  /// The language's abbreviation, function word and name lists.
  let abbreviations: Abbreviations

  /// Appends to `candidates`, in ascending order, where a sentence may start: after `.`,
  /// `?` or `!`, their closing quotes or brackets, and white space; after an ellipsis, a
  /// closing bracket or a pictograph and white space where a capital letter or digit
  /// follows (after any opening quotes, brackets or a dialogue dash); after a line feed;
  /// and at a list marker or bullet inside a line.
  func addCandidates(in text: UTF8Cursor, to candidates: inout [Int]) {
    let bytes = text.bytes
    let stops = Self.stopBytes
    var index = 0
    while index < bytes.count {
      // Most bytes are none of these: a shift and a mask each, before any decoding.
      let byte = bytes[index]
      index += 1
      guard stops.contains(byte) else { continue }
      // A bullet inside a line starts a list item: `• 9. The first item • 10. The second`,
      // `⁃9. The first item ⁃10. The second`.
      if byte == 0xA2 || byte == 0x83, index >= 4, bytes[index - 3] == 0xE2,
        bytes[index - 2] == (byte == 0xA2 ? 0x80 : 0x81),
        bytes[index - 4] == UInt8(ascii: " "), candidates.last ?? 0 < index - 3
      {
        candidates.append(index - 3)
        continue
      }
      var position = index
      switch byte {
      // `.`, `?`, `!`, `)` and `]` (which may close a stage direction or an emoticon), and
      // the last byte of `…` (E2 80 A6); a run of stops is judged at its end.
      case UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "]"),
        UInt8(ascii: ")"):
        guard index < bytes.count, bytes[index] != byte else { continue }
        // `2.)` is judged at its `)`, which the scan below steps over.
        if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")") {
          let closer = bytes[index] == UInt8(ascii: ")") ? index : index - 1
          addInlineMarker(text, closedAt: closer, to: &candidates)
        }
      case 0xA6:
        guard index >= 3, bytes[index - 2] == 0x80, bytes[index - 3] == 0xE2 else { continue }
      // A pictograph (U+1F000 and up) may end a sentence of web text: `хорошая🤗 Вот`.
      case 0xF0:
        guard let emoji = text.scalar(at: index - 1), emoji.scalar.isPictograph else { continue }
        position = emoji.next
        while let next = text.scalar(at: position), next.scalar.isPictograph {
          position = next.next
        }
      case UInt8(ascii: ";"):
        addInlineMarker(text, after: index, to: &candidates)
        continue
      // A line feed left in the text is a hard break (see `LineBreaks`).
      case 0x0A:
        let start = text.skippingWhitespace(from: index)
        if start < bytes.count, candidates.last ?? 0 < start { candidates.append(start) }
        index = max(index, start)
        continue
      default:
        continue
      }
      while let next = text.scalar(at: position), next.scalar.isClosing { position = next.next }
      if byte == UInt8(ascii: "."), position == index, isRunOnStart(text, stop: index - 1) {
        if candidates.last ?? 0 < index { candidates.append(index) }
        continue
      }
      guard let space = text.scalar(at: position), space.scalar.isSpaceLike else { continue }
      var start = text.skippingWhitespace(from: space.next)
      // `Dad ! '' .`: a closing quotation mark set off by a space is judged after it.
      if let closer = SpacedCloser(text, at: start) {
        start = text.skippingWhitespace(from: closer.end)
      }
      guard start < bytes.count, candidates.last ?? 0 < start else { continue }
      // After `.`, `?` and `!` every sentence start is judged, as Unicode's rules propose
      // one there; after a bracket, `…` or a pictograph only a capital or digit may start one.
      let isTerminal =
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!")
      if !isTerminal {
        guard let head = text.scalar(at: Self.firstWord(text, from: start)),
          head.scalar.isUpperLetter || head.scalar.isDigit || head.scalar == "@"
        else { continue }
      }
      candidates.append(start)
      index = start
    }
  }

  /// Adds the start of the list marker that `closer` (a `)` or `.`) ends, as in `item 2) The`
  /// or `item b. The`, when a space stands before it and a capital after it.
  private func addInlineMarker(_ text: UTF8Cursor, closedAt closer: Int, to candidates: inout [Int])
  {
    guard let marker = InlineMarker(text, closedAt: closer), marker.start > 0,
      text.bytes[marker.start - 1] == UInt8(ascii: " "), candidates.last ?? 0 < marker.start,
      let space = text.scalar(at: marker.end), space.scalar.isSpaceLike,
      let head = text.scalar(at: text.skippingWhitespace(from: space.next)),
      head.scalar.isUpperLetter
    else { return }
    candidates.append(marker.start)
  }

  /// Adds the start of a list marker that follows the `;` before `offset`: `квартире; 2) …`.
  private func addInlineMarker(_ text: UTF8Cursor, after offset: Int, to candidates: inout [Int]) {
    let start = text.skippingWhitespace(from: offset)
    guard start > offset, start < text.count, candidates.last ?? 0 < start,
      let marker = InlineMarker(text, startingAt: start), marker.closer != .stop
    else { return }
    candidates.append(start)
  }

  /// Whether a sentence starts right after the full stop at `stop`, with no space between
  /// (`world.Today is`, `1,000.That`, `области.Вчера`): a word of two letters or more that
  /// ends in a lower-case letter, or a number of four characters or more, ends before it,
  /// and a capitalised word follows that is not part of an address (`www.Example.org`,
  /// `Newsfeed.Com`). Abbreviations (`ул.Ленина`) are judged later, as after a space.
  private func isRunOnStart(_ text: UTF8Cursor, stop: Int) -> Bool {
    guard let capital = text.scalar(at: stop + 1), capital.scalar.isUpperLetter,
      let second = text.scalar(at: capital.next), second.scalar.isLowerLetter,
      let last = text.scalar(before: stop), last.scalar.isLowerLetter || last.scalar.isDigit
    else { return false }
    var start = stop
    var count = 0
    while let previous = text.scalar(before: start), count < 8,
      previous.scalar.isLetter || previous.scalar.isDigit || previous.scalar == ","
    {
      count += 1
      start = previous.start
    }
    guard count >= (last.scalar.isDigit ? 4 : 2) else { return false }
    var end = second.next
    var letters = 2
    while let next = text.scalar(at: end), next.scalar.isLetter {
      letters += 1
      end = next.next
    }
    guard let after = text.scalar(at: end) else { return true }
    // `Newsfeed.Com`, `Example.Org`: a short word after the stop ends an address, unless it
    // is a function word (`Friday.The`, `1200.Это`).
    if letters <= 3, after.scalar != ".",
      !abbreviations.isFunctionWord(Token.word(text, at: stop + 1))
    {
      return false
    }
    if after.scalar == "." || after.scalar == "/" || after.scalar == "@" || after.scalar == "_" {
      guard let beyond = text.scalar(at: after.next) else { return true }
      return beyond.scalar.isSpaceLike
    }
    return true
  }

  /// The bytes that may end a sentence or start a list item: `.`, `?`, `!`, `;`, `]`, `)`,
  /// a line feed, the last byte of `…`, `•` or `⁃`, or the first of a pictograph.
  private static let stopBytes = ByteTable([
    0x0A, 0x21, 0x29, 0x2E, 0x3B, 0x3F, 0x5D, 0x83, 0xA2, 0xA6, 0xF0,
  ])

  /// Whether a sentence ends before `offset`, the first non-space character after a
  /// candidate boundary.
  ///
  /// - Parameters:
  ///   - text: the paragraph, with wrapping line feeds read as spaces.
  ///   - offset: where the next sentence would start.
  ///   - sentenceStart: where the current sentence starts.
  /// - Returns: `true` when a new sentence starts at `offset`.
  func isBoundary(_ text: UTF8Cursor, at offset: Int, sentenceStart: Int) -> Bool {
    let end = text.skippingWhitespace(backFrom: offset)
    guard end > sentenceStart else { return false }
    // A line feed still in the text ends a sentence (see `LineBreaks`).
    if text.containsLineFeed(end..<offset) { return true }
    if let marker = InlineMarker(text, startingAt: offset),
      let previous = text.scalar(before: end)
    {
      // `квартире; 2) отчуждать`, and `1) The first item 2) The second item`: a marker
      // whose predecessor stands earlier in the sentence starts the next item.
      if previous.scalar == ";", marker.closer != .stop { return true }
      // After a comma or semicolon, `2.` goes on a list inside the sentence (`1. Security;
      // 2. Trade`).
      let inSentence =
        marker.closer == .stop
        && (previous.scalar == ";" || previous.scalar == "," || previous.scalar == ":")
      if !inSentence, InlineMarker.predecessor(of: marker, in: text, from: sentenceStart) != nil {
        return true
      }
    }
    guard let next = text.scalar(at: offset) else { return true }
    if next.scalar.isBullet { return true }
    // Stops set off by spaces are one run: `complex. . . .`, `Really ? ? ?`, `Bravo ! .`.
    if next.scalar.isTerminal { return false }
    // `Безумно красиво! 😍😍😍 Зато`: pictographs after a stop end its sentence; the
    // boundary falls after them.
    if next.scalar.isPictograph { return false }
    // A citation or footnote after a quotation belongs to it: `"…" (Smith 55).`, `… [25]`.
    if isReference(text, at: offset) { return false }
    let first = Self.firstWord(text, from: offset)
    guard let head = text.scalar(at: first) else { return true }
    // Sentences start with a capital; `а) пункт` and the like are list items. Web text
    // also starts them in lower case after a bare `?` or `!` (`where did you grow up? india?`);
    // a closing quote or a dash between them (`“Why now?” he asked`) keeps the sentence going.
    if head.scalar.isLowerLetter {
      // `«Почему сейчас?» – спросил он`: an attribution after a dash goes on.
      if first != offset, let dash = text.scalar(at: offset), dash.scalar.isDash { return false }
      if first == offset, let stop = text.scalar(before: end) {
        // `grow up? india?`, `suck ! whose`: web text. (`Yahoo! in` splits too.)
        if stop.scalar == "?" || stop.scalar == "!" { return true }
        if stop.scalar == ".", startsInLowerCase(text, at: offset, afterStop: stop.start) {
          return true
        }
      }
      return LineStart.isListItem(text, offset..<min(offset + 16, text.count))
    }
    var last = end
    while let previous = text.scalar(before: last), previous.start > sentenceStart {
      if previous.scalar.isClosing {
        last = previous.start
      } else if previous.scalar.isSpaceLike, SpacedCloser(text, at: last) != nil {
        last = text.skippingWhitespace(backFrom: last)
      } else {
        break
      }
    }
    guard let stop = text.scalar(before: last) else { return true }
    // After a footnote (`elegies. [25] In`), an emoticon (`тоже ;) Я`, `жабы :)) А`) or a
    // pictograph (`хорошая🤗 Вот`), a capital starts a new sentence.
    if last < end, Self.isFootnote(text, before: end) || Self.isEmoticon(text, closersFrom: last) {
      return head.scalar.isUpperLetter
    }
    if stop.scalar.isPictograph {
      // `🎵 Лучшая музыка`: pictographs that open the sentence head it.
      guard Self.hasWord(text, in: sentenceStart..<last) else { return false }
      return head.scalar.isUpperLetter || head.scalar == "@"
    }
    // A reply in web text opens with the name it answers: `Круто! @user спасибо`.
    if head.scalar == "@", stop.scalar.isTerminal { return true }
    // A stage direction in brackets is a sentence of its own: `[Laughter] Let me begin`.
    if last < end, !stop.scalar.isTerminal, let opening = text.scalar(at: sentenceStart),
      opening.scalar == "[" || opening.scalar == "("
    {
      return head.scalar.isUpperLetter
    }
    switch stop.scalar {
    case ".":
      // Before a sign or symbol (`. $5 billion`), only where Unicode's rules break.
      if !head.scalar.isLetter, !head.scalar.isDigit,
        !Self.isStandardBreak(text, after: stop, at: offset)
      {
        return false
      }
      if let before = text.scalar(before: stop.start), before.scalar == "." {
        // `I thought... I would`, but not `Really?.. I` or `Francisco.. I`.
        if Self.isPronounI(text, at: first), let third = text.scalar(before: before.start),
          third.scalar == "."
        {
          return false
        }
        return head.scalar.isUpperLetter || Self.isStandardBreak(text, after: stop, at: offset)
      }
      // `the thing is . . . I didn't`: a spaced ellipsis.
      if Self.isPronounI(text, at: first), let space = text.scalar(before: stop.start),
        space.scalar == " ", let dot = text.scalar(before: space.start), dot.scalar == "."
      {
        return false
      }
      return isBoundaryAfterFullStop(
        text, stop: stop.start, next: first, nextIsCapital: head.scalar.isUpperLetter,
        sentenceStart: sentenceStart)
    case "\u{2026}":
      return head.scalar.isUpperLetter && !Self.isPronounI(text, at: first)
    // Unicode's rules do not break before a dash (`?" - "Не ра-ду-ют"`); a capital after
    // one does.
    case "?", "!", "\u{203C}", "\u{2047}", "\u{2048}", "\u{2049}":
      return head.scalar.isUpperLetter || Self.isStandardBreak(text, after: stop, at: offset)
    default:
      return false
    }
  }

  /// Whether Unicode's default sentence rules (UAX #29, which ICU follows) break before
  /// `offset`, the first non-space character after `stop` and its closing quotes: after `?`
  /// or `!` unless a comma, colon, semicolon or dash follows; after a full stop unless one
  /// of those follows or the next letter is lower-case (`etc. and`, `e.g. "the`).
  private static func isStandardBreak(
    _ text: UTF8Cursor, after stop: (scalar: Unicode.Scalar, start: Int), at offset: Int
  ) -> Bool {
    guard let next = text.scalar(at: offset) else { return true }
    switch next.scalar {
    case ",", ";", ":", "-", "\u{2013}", "\u{2014}": return false
    default: break
    }
    guard stop.scalar == "." else { return true }
    var position = offset
    while position < min(text.count, offset + 64), let scalar = text.scalar(at: position) {
      if scalar.scalar.isLetter { return !scalar.scalar.isLowerLetter }
      if scalar.scalar.isTerminal { return true }
      position = scalar.next
    }
    return true
  }

  /// The offset of the first letter or digit of the sentence that would start at
  /// `offset`, after opening quotes and brackets and a dialogue dash (`– Мы`).
  static func firstWord(_ text: UTF8Cursor, from offset: Int) -> Int {
    var first = offset
    if var dash = text.scalar(at: first),
      dash.scalar == "\u{2013}" || dash.scalar == "\u{2014}" || dash.scalar == "-"
    {
      // A typed dash of two hyphens opens a line too: `-- Нарисуй`.
      if dash.scalar == "-", let second = text.scalar(at: dash.next), second.scalar == "-" {
        dash = second
      }
      guard let space = text.scalar(at: dash.next), space.scalar.isSpaceLike else { return first }
      first = text.skippingWhitespace(from: space.next)
    }
    while let next = text.scalar(at: first), next.scalar.isOpening { first = next.next }
    // A straight quote standing alone (`boy? ' he said`) is read past, to the word after it.
    if first > offset, first - offset <= 2,
      text.bytes[offset] == UInt8(ascii: "'")
        || text.bytes[offset] == UInt8(ascii: "\""),
      let space = text.scalar(at: first), space.scalar.isSpaceLike
    {
      first = text.skippingWhitespace(from: first)
    }
    return first
  }

  /// Whether the full stop at `stop` is a title's set off by one space, as tokenised text
  /// writes it: `Hello Mr . Robinson`.
  private func isSpacedPrefix(_ text: UTF8Cursor, stop: Int, sentenceStart: Int) -> Bool {
    guard stop > sentenceStart + 1, text.bytes[stop - 1] == UInt8(ascii: " ") else {
      return false
    }
    let token = Token(text, endingAt: stop - 1, from: sentenceStart)
    guard !token.range.isEmpty else { return false }
    let word = String(
      decoding: UnsafeBufferPointer(rebasing: text.bytes[token.range]), as: UTF8.self)
    return abbreviations.kind(of: word + ".", afterNumber: false) == .prefix
  }

  private func isBoundaryAfterFullStop(
    _ text: UTF8Cursor, stop: Int, next: Int, nextIsCapital: Bool, sentenceStart: Int
  ) -> Bool {
    let token = Token(text, endingAt: stop, from: sentenceStart)
    guard !token.range.isEmpty else {
      return !isSpacedPrefix(text, stop: stop, sentenceStart: sentenceStart)
    }
    let bytes = UnsafeBufferPointer(rebasing: text.bytes[token.range.lowerBound...stop])
    var word = String(decoding: bytes, as: UTF8.self)
    // `т. д.` is looked up as the lists write it, with one space.
    if let letter = token.spacedLetterBefore(text) {
      let spaced = letter + ". " + word
      if abbreviations.kind(of: spaced, afterNumber: false) != nil { word = spaced }
    }
    // The next word is built only on the paths that look it up; most stops take none.
    var nextWord: String { Token.word(text, at: next) }
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
      if token.followsNumber(text),
        token.isNearStart(text, sentenceStart: sentenceStart, limit: 3)
          || (token.isClockSuffix(text) && opensWithPreposition(text, at: sentenceStart)
            && token.isNearStart(text, sentenceStart: sentenceStart, limit: 8))
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
    if token.isShortMarker(text) || token.isSectionNumber(text) {
      // `1. First point`, `8.1. Зачем`, `§2. Нахождение`, `• 9. The first item`, `as follows:
      // 2. Second`: a list or section number, not a sentence.
      var before = text.skippingWhitespace(backFrom: token.range.lowerBound)
      if let sign = text.scalar(before: before),
        sign.scalar == "§" || sign.scalar == "№" || sign.scalar.isBullet
      {
        before = text.skippingWhitespace(backFrom: sign.start)
      }
      if before <= sentenceStart { return false }
      if before < token.range.lowerBound, let previous = text.scalar(before: before),
        previous.scalar == ":" || previous.scalar == ";"
      {
        return false
      }
    }
    // `сказал я. Потом`: a one-letter word that may start a sentence is a word, not an
    // abbreviation.
    if token.isSingleLowercaseLetter(text),
      !abbreviations.lowercaseStarts.contains(Token.word(text, at: token.range.lowerBound))
    {
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

  /// Whether web text starts a sentence in lower case at `offset`, after the full stop at
  /// `stop`: an ordinary word of three letters or more ends before the stop (no
  /// abbreviation, no initial), and the next word is a pronoun or opener from the list
  /// (`interested. i will`, `горах. они`) or a web address (`site. http://…`).
  private func startsInLowerCase(_ text: UTF8Cursor, at offset: Int, afterStop stop: Int)
    -> Bool
  {
    let token = Token(text, endingAt: stop)
    var letters = 0
    for index in token.range {
      let byte = text.bytes[index]
      if byte == UInt8(ascii: ".") { return false }
      if byte & 0xC0 != 0x80 { letters += 1 }
    }
    guard letters >= 3 else { return false }
    let abbreviation = String(
      decoding: UnsafeBufferPointer(rebasing: text.bytes[token.range.lowerBound...stop]),
      as: UTF8.self)
    guard abbreviations.kind(of: abbreviation, afterNumber: false) == nil else { return false }
    let addresses: [StaticString] = ["http://", "https://", "www."]
    if addresses.contains(where: { text.hasPrefix($0, at: offset) }) { return true }
    var end = offset
    var word = String.UnicodeScalarView()
    while let next = text.scalar(at: end), word.count < 8,
      next.scalar.isLetter || next.scalar == "'" || next.scalar == "\u{2019}"
    {
      word.append(next.scalar == "\u{2019}" ? "'" : next.scalar)
      end = next.next
    }
    // `i.e.` and `i)` are no pronoun.
    guard let after = text.scalar(at: end), after.scalar.isSpaceLike || after.scalar == ","
    else { return false }
    return abbreviations.lowercaseStarts.contains(String(word))
  }

  /// Whether a letter or digit stands in `range`.
  private static func hasWord(_ text: UTF8Cursor, in range: Range<Int>) -> Bool {
    var position = range.lowerBound
    while position < range.upperBound, let next = text.scalar(at: position) {
      if next.scalar.isLetter || next.scalar.isDigit { return true }
      position = next.next
    }
    return false
  }

  /// Whether a reference to a source starts at `offset` right after a quotation or a
  /// sentence, so that it belongs to what it cites: a footnote (`… elegies. [25]`) or a
  /// citation in brackets that the sentence's own stop follows (`"…" (Smith 55).`).
  private func isReference(_ text: UTF8Cursor, at offset: Int) -> Bool {
    guard let opening = text.scalar(at: offset) else { return false }
    let end = text.skippingWhitespace(backFrom: offset)
    guard let previous = text.scalar(before: end) else { return false }
    if opening.scalar == "[" {
      var position = opening.next
      while position < text.count, text.bytes[position] >= 0x30, text.bytes[position] <= 0x39,
        position - offset < 5
      {
        position += 1
      }
      return position > opening.next && position < text.count
        && text.bytes[position] == UInt8(ascii: "]")
    }
    guard opening.scalar == "(", previous.scalar.isClosing, previous.scalar != ")",
      previous.scalar != "]"
    else { return false }
    var position = opening.next
    while position < min(text.count, offset + 120) {
      switch text.bytes[position] {
      case UInt8(ascii: ")"):
        guard let before = text.scalar(before: position), !before.scalar.isTerminal,
          let after = text.scalar(at: position + 1)
        else { return false }
        return after.scalar == "." || after.scalar == "," || after.scalar == ";"
      case UInt8(ascii: "("), 0x0A: return false
      default: position += 1
      }
    }
    return false
  }

  /// Whether the English pronoun `I` starts at `offset` (`I would`, `I'm`, `I’d`), which
  /// after an ellipsis goes on the sentence more often than it starts one (`I thought...
  /// I would go`).
  private static func isPronounI(_ text: UTF8Cursor, at offset: Int) -> Bool {
    guard offset + 1 < text.count, text.bytes[offset] == UInt8(ascii: "I") else { return false }
    let next = text.bytes[offset + 1]
    // `’` is E2 80 99.
    return next == UInt8(ascii: " ") || next == UInt8(ascii: "'") || next == 0xE2
  }

  /// Whether a footnote in brackets (`[25]`) ends just before `end`.
  private static func isFootnote(_ text: UTF8Cursor, before end: Int) -> Bool {
    guard end > 2, text.bytes[end - 1] == UInt8(ascii: "]") else { return false }
    var position = end - 2
    while position > 0, text.bytes[position] >= 0x30, text.bytes[position] <= 0x39,
      end - position < 6
    {
      position -= 1
    }
    return position < end - 2 && text.bytes[position] == UInt8(ascii: "[")
  }

  /// Whether the closing brackets that start at `closers` are an emoticon: `:)`, `;-)`,
  /// `:))`, or a run of two or more (`спасибо))`) that no opening bracket near it explains.
  private static func isEmoticon(_ text: UTF8Cursor, closersFrom closers: Int) -> Bool {
    var run = closers
    while run < text.count, text.bytes[run] == UInt8(ascii: ")") { run += 1 }
    guard run > closers, let eyes = text.scalar(before: closers) else { return false }
    var face = eyes
    if face.scalar == "-", let before = text.scalar(before: face.start) { face = before }
    if face.scalar == ":" || face.scalar == ";" { return true }
    guard run - closers >= 2, eyes.scalar.isLetter || eyes.scalar.isSpaceLike else { return false }
    var position = closers
    while position > max(0, closers - 200) {
      position -= 1
      if text.bytes[position] == UInt8(ascii: "(") { return false }
    }
    return true
  }

  /// Whether the sentence at `start` opens with a preposition of time or place (`On Monday
  /// at 6 a.m. Mr. Smith arrived`), so that a clock time it reaches ends the opening
  /// phrase, and its subject follows.
  private func opensWithPreposition(_ text: UTF8Cursor, at start: Int) -> Bool {
    let first = Self.firstWord(text, from: start)
    guard let head = text.scalar(at: first), head.scalar.isUpperLetter else { return false }
    let word = Token.word(text, at: first)
    return word.count <= 6 && Self.openingPrepositions.contains(word.lowercased())
  }

  /// English prepositions that open a sentence's phrase of time or place.
  private static let openingPrepositions: Set<String> = [
    "on", "at", "in", "by", "from", "since", "until", "till", "before", "after", "around",
    "about", "during",
  ]

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
