// ICU-based normalization: the display form Sverka prints and the key it matches on.

/// Produces display forms and matching keys of text.
///
/// - Display form: NFC, soft hyphens and zero-width characters removed, every run of
///   white space one space, trimmed.
/// - Matching key: also NFKC case folding (ICU), quotes unified to `'` and `"`, dashes,
///   hyphens and the minus sign U+2212 unified to `-`, NBSP, thin and other spaces made
///   one space, the ellipsis `…` as `...`, and `ё` folded to `е`.
///
/// A normalizer caches the keys of the characters it has seen, so it is cheap on long
/// texts; it is not safe to share between tasks.
public final class Normalizer {
  private var cache: [Character: String] = [:]
  private var scalarCache: [UInt32: String] = [:]

  /// Creates a normalizer.
  public init() {}

  /// The display form of `text`.
  ///
  /// - Throws: ``ICUError`` when ICU's normalizer fails.
  public func display(_ text: String) throws -> String {
    var collapsed = ""
    collapsed.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if Self.isIgnorable(scalar) { continue }
      if scalar.properties.isWhitespace {
        pendingSpace = !collapsed.isEmpty
        continue
      }
      if pendingSpace { collapsed.unicodeScalars.append(" ") }
      pendingSpace = false
      collapsed.unicodeScalars.append(scalar)
    }
    return try ICU.normalize(collapsed, to: .nfc)
  }

  /// The matching key of `text`, with the map back to `text`'s UTF-8 offsets.
  ///
  /// - Throws: ``ICUError`` when ICU's normalizer fails.
  public func key(_ text: String) throws -> MatchKey {
    var key = ""
    key.reserveCapacity(text.utf8.count)
    var starts: [Int] = []
    var ends: [Int] = []
    starts.reserveCapacity(text.utf8.count)
    ends.reserveCapacity(text.utf8.count)
    try walkKey(of: text) { piece, source in
      key.append(piece)
      for _ in 0..<piece.utf8.count {
        starts.append(source.lowerBound)
        ends.append(source.upperBound)
      }
    }
    return MatchKey(text: key, starts: starts, ends: ends)
  }

  /// The text of ``key(_:)`` alone, without the map back to `text`: what a hash of the key
  /// needs.
  ///
  /// - Throws: ``ICUError`` when ICU's normalizer fails.
  public func keyText(_ text: String) throws -> String {
    var key = ""
    key.reserveCapacity(text.utf8.count)
    try walkKey(of: text) { piece, _ in key.append(piece) }
    return key
  }

  /// Reads `text` as the key does and hands `body` each piece of the key in order, with the
  /// UTF-8 offsets in `text` it stands for: a character's key form (none for an ignorable
  /// one), or one space for a run of white space between two pieces (standing for the run's
  /// first character). A character of one scalar, nearly every one, is read by its scalar.
  private func walkKey(of text: String, _ body: (String, Range<Int>) -> Void) throws {
    var offset = 0
    var pendingSpace: Range<Int>? = nil
    var started = false
    for character in text {
      let width = character.utf8.count
      defer { offset += width }
      let folded: String
      var scalars = character.unicodeScalars.makeIterator()
      if let scalar = scalars.next(), scalars.next() == nil {
        // `Character.isWhitespace` is its first scalar's property.
        if scalar.properties.isWhitespace {
          if started, pendingSpace == nil { pendingSpace = offset..<(offset + width) }
          continue
        }
        folded = try keyForm(of: scalar)
      } else {
        if character.isWhitespace {
          if started, pendingSpace == nil { pendingSpace = offset..<(offset + width) }
          continue
        }
        folded = try keyForm(of: character)
      }
      if folded.isEmpty { continue }
      if let space = pendingSpace {
        body(" ", space)
        pendingSpace = nil
      }
      body(folded, offset..<(offset + width))
      started = true
    }
  }

  /// The key of a character of one scalar: ``keyForm(of:)-(Character)`` cached by the
  /// scalar's value, which hashes without the normalisation a `Character` key costs.
  private func keyForm(of scalar: Unicode.Scalar) throws -> String {
    if scalar.isASCII { return try keyForm(of: Character(scalar)) }
    if let cached = scalarCache[scalar.value] { return cached }
    let computed = try computeKeyForm(of: Character(scalar))
    scalarCache[scalar.value] = computed
    return computed
  }

  /// The key of one character, from the cache when it has been seen.
  private func keyForm(of character: Character) throws -> String {
    if let ascii = character.asciiValue {
      // Plain ASCII needs only lower-casing and the unifications below.
      switch ascii {
      case UInt8(ascii: "`"): return "'"
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): return String(UnicodeScalar(ascii + 32))
      default: return String(character)
      }
    }
    if let cached = cache[character] { return cached }
    let computed = try computeKeyForm(of: character)
    cache[character] = computed
    return computed
  }

  private func computeKeyForm(of character: Character) throws -> String {
    var unified = ""
    for scalar in character.unicodeScalars {
      if Self.isIgnorable(scalar) { continue }
      if let replacement = Self.unifications[scalar] {
        unified.append(replacement)
      } else {
        unified.unicodeScalars.append(scalar)
      }
    }
    guard !unified.isEmpty else { return "" }
    let folded = try ICU.normalize(unified, to: .nfkcCasefold)
    return String(folded.map { $0 == "ё" ? "е" : $0 })
  }

  /// Typographic variants that mean the same for matching.
  private static let unifications: [Unicode.Scalar: String] = {
    var table: [Unicode.Scalar: String] = [:]
    for quote in Typography.singleQuoteVariants.unicodeScalars { table[quote] = "'" }
    for quote in Typography.doubleQuoteVariants.unicodeScalars { table[quote] = "\"" }
    for dash in Typography.dashVariants.unicodeScalars { table[dash] = "-" }
    table[Typography.minus] = "-"
    table["…"] = "..."
    return table
  }()

  /// Soft hyphens, zero-width spaces and joiners, word joiners and BOMs.
  static func isIgnorable(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x180E: true
    default: false
    }
  }
}
