// The text layer's one tokenizer: splits UTF-8 text into runs of letters, runs of ASCII digits
// and single other scalars, by the letter rule a stage names. Every word view of the stages
// (the aligner's folded words, the translation check's numbers, a dictionary's translations)
// is read from its spans.

/// The spans of UTF-8 text: a run of letters, a run of ASCII digits, or one other scalar
/// (punctuation, a space, a symbol), in order, covering every byte; under a rule that
/// keeps marks, each span also takes the marks that extend its last scalar.
///
/// What counts as a letter is the stage's ``Letters`` rule; a digit is `0`–`9` only. Letters
/// and digits never share a span (`72nd` is `72` and `nd`).
package enum WordSpans {
  /// Which scalars make up words.
  package enum Letters: Sendable {
    /// ASCII letters and the two-byte letters ``LetterFold`` folds (Latin-1 and the Cyrillic
    /// block U+0400–U+045F): the letters the matching key and the aligner compare.
    case foldable
    /// Every scalar with Unicode's Alphabetic property.
    case alphabetic
    /// Characters whose first scalar has Unicode's Alphabetic property, each with the marks
    /// that extend it (a stress mark, `о́`), as Swift's `Character.isLetter` reads them.
    case characters
    /// The letters of the Russian alphabet, `а`–`я` and `ё`, either case, each with the
    /// marks that extend it.
    case russian

    /// Whether a span goes on through the marks that extend its last scalar, so that it ends
    /// where a `Character` ends.
    var keepsMarks: Bool { self == .characters || self == .russian }
  }

  /// What a span holds.
  package enum Kind: Sendable, Equatable {
    /// A run of letters, by the rule the scan was given.
    case letters
    /// A run of the ASCII digits `0`–`9`.
    case digits
    /// One scalar that is neither (with its marks, under a rule that keeps them).
    case other
  }

  /// A span of the text: its UTF-8 offsets, what it holds, and its first scalar.
  package struct Span: Sendable, Equatable {
    /// The span's UTF-8 offsets in the scanned bytes.
    package let range: Range<Int>
    /// What the span holds.
    package let kind: Kind
    /// The span's first scalar.
    package let first: Unicode.Scalar

    /// Whether the span is `scalar` and nothing else (no mark extends it).
    package func isOnly(_ scalar: Unicode.Scalar) -> Bool {
      first == scalar && range.count == scalar.utf8.count
    }
  }

  /// Calls `body` with each span of `bytes`, valid UTF-8, in order.
  ///
  /// - Complexity: O(*n*) in the length of `bytes`.
  @inline(__always)
  package static func scan(_ bytes: [UInt8], letters: Letters, _ body: (Span) -> Void) {
    var index = 0
    while index < bytes.count {
      let start = index
      let (kind, length, first) = classify(bytes, at: index, letters: letters)
      index += length
      // Only a rule that keeps marks looks past a single other scalar.
      while index < bytes.count, kind != .other || letters.keepsMarks {
        let (next, length, scalar) = classify(bytes, at: index, letters: letters)
        guard
          (next == kind && kind != .other)
            || (letters.keepsMarks && extends(scalar) && !(kind == .other && isControl(first)))
        else { break }
        index += length
      }
      body(Span(range: start..<min(index, bytes.count), kind: kind, first: first))
    }
  }

  /// The spans of `text`, with its UTF-8 bytes they index.
  package static func spans(of text: String, letters: Letters) -> (
    bytes: [UInt8], spans: [Span]
  ) {
    let bytes = Array(text.utf8)
    var spans: [Span] = []
    scan(bytes, letters: letters) { spans.append($0) }
    return (bytes, spans)
  }

  /// The kind, UTF-8 length and value of the scalar at `index`.
  @inline(__always)
  private static func classify(_ bytes: [UInt8], at index: Int, letters: Letters) -> (
    Kind, Int, Unicode.Scalar
  ) {
    let byte = bytes[index]
    if byte < 0x80 {
      let scalar = Unicode.Scalar(byte)
      if byte &- UInt8(ascii: "0") < 10 { return (.digits, 1, scalar) }
      if (byte | 0x20) &- UInt8(ascii: "a") < 26 {
        return (letters == .russian ? .other : .letters, 1, scalar)
      }
      return (.other, 1, scalar)
    }
    let (scalar, length) = decode(bytes, at: index)
    let isLetter: Bool
    switch letters {
    case .foldable:
      isLetter = length == 2 && LetterFold.fold(byte, bytes[index + 1]) != nil
    case .alphabetic, .characters:
      switch scalar.value {
      case 0x410...0x44F, 0x401, 0x451: isLetter = true
      default: isLetter = scalar.properties.isAlphabetic
      }
    case .russian:
      switch scalar.value {
      case 0x410...0x44F, 0x401, 0x451: isLetter = true
      default: isLetter = false
      }
    }
    return (isLetter ? .letters : .other, length, scalar)
  }

  /// Whether `scalar` extends the character before it rather than starting one: a
  /// combining mark, a spacing mark or a zero-width joiner.
  private static func extends(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar.value >= 0x300 else { return false }
    let properties = scalar.properties
    return properties.isGraphemeExtend || scalar.value == 0x200D
      || properties.generalCategory == .spacingMark
  }

  /// Whether nothing extends `scalar`, as a line feed or a control character (Unicode's
  /// grapheme break property Control, CR or LF).
  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .control, .lineSeparator, .paragraphSeparator: true
    case .format: scalar.value != 0x200C && scalar.value != 0x200D
    default: false
    }
  }

  /// The scalar whose UTF-8 sequence starts at `index`, and the sequence's length.
  @inline(__always)
  private static func decode(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int) {
    let lead = bytes[index]
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    var offset = 1
    while offset < length, index + offset < bytes.count {
      value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
      offset += 1
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }
}
