// The rules that decide, at each candidate boundary, whether a sentence really ends
// there: ICU proposes most candidates, a linear scan adds those ICU's suppressions and
// rules hide, and one function judges them all from a few characters either side.

/// Judges candidate sentence boundaries in one language.
struct BoundaryRules: Sendable {
  /// The language's abbreviation lists.
  let abbreviations: Abbreviations

  /// Appends to `candidates`, in ascending order, the offsets after a full stop or an
  /// ellipsis, its closing quotes or brackets, and white space, where a capital letter or
  /// digit follows (after any opening quotes or brackets). ICU misses some of these: its
  /// suppressions keep `U.S. The` together, and it never breaks before a digit
  /// (`встретился. 19 июня`) or after `…`.
  func addCandidates(in text: UTF8Cursor, to candidates: inout [Int]) {
    let bytes = text.bytes
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      // `.` or the last byte of `…` (E2 80 A6); a run of stops is judged at its end.
      let isStop =
        byte == UInt8(ascii: ".")
        || (byte == 0xA6 && index >= 3 && bytes[index - 2] == 0x80 && bytes[index - 3] == 0xE2)
      guard isStop, index < bytes.count, bytes[index] != UInt8(ascii: ".") else { continue }
      var position = index
      while let next = text.scalar(at: position), next.scalar.isClosing { position = next.next }
      guard let space = text.scalar(at: position), space.scalar.isSpaceLike else { continue }
      let start = text.skippingWhitespace(from: space.next)
      var first = start
      while let next = text.scalar(at: first), next.scalar.isOpening { first = next.next }
      guard let head = text.scalar(at: first), head.scalar.isUpperLetter || head.scalar.isDigit
      else { continue }
      candidates.append(start)
      index = start
    }
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
    var first = offset
    while let next = text.scalar(at: first), next.scalar.isOpening { first = next.next }
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
    switch stop.scalar {
    case ".":
      if let before = text.scalar(before: stop.start), before.scalar == "." {
        return head.scalar.isUpperLetter || proposedByICU
      }
      return isBoundaryAfterFullStop(
        text, stop: stop.start, next: first, nextIsCapital: head.scalar.isUpperLetter,
        sentenceStart: sentenceStart, proposedByICU: proposedByICU)
    case "\u{2026}":
      return head.scalar.isUpperLetter || proposedByICU
    default:
      return proposedByICU
    }
  }

  private func isBoundaryAfterFullStop(
    _ text: UTF8Cursor, stop: Int, next: Int, nextIsCapital: Bool, sentenceStart: Int,
    proposedByICU: Bool
  ) -> Bool {
    let token = Token(text, endingAt: stop)
    guard !token.range.isEmpty else { return true }
    let word = String(
      decoding: UnsafeBufferPointer(rebasing: text.bytes[token.range.lowerBound...stop]),
      as: UTF8.self)
    let afterNumber = token.followsNumber(text)
    switch abbreviations.kind(of: word, afterNumber: afterNumber) {
    case .prefix:
      return false
    case .listEnd:
      return nextIsCapital
    case .unit:
      // `the U.S. The`, `5 p.m. Filming`, `1963 г. Будем` end a sentence; names, titles and
      // identifiers run on: `the U.S. President`, `2018 г. Президент`, `No. C-SS-4`.
      guard nextIsCapital else { return false }
      let word = Token.word(text, at: next)
      if abbreviations.isFunctionWord(word) { return true }
      return !Token.isIdentifier(text, at: next) && !abbreviations.names.contains(word)
    case nil:
      break
    }
    if token.isInitials(text) { return !nextIsCapital }
    if token.isShortMarker(text) {
      // `1. First point`, `as follows: 2. Second`: a list number, not a sentence.
      let before = text.skippingWhitespace(backFrom: token.range.lowerBound)
      if before <= sentenceStart { return false }
      if let previous = text.scalar(before: before),
        previous.scalar == ":" || previous.scalar == ";"
      {
        return false
      }
    }
    // An unknown one-letter lower-case abbreviation (`с. Ивановка`, `о. Сахалин`).
    if token.isSingleLowercaseLetter(text) { return false }
    return true
  }
}
