// The quotation marks, dashes and minus sign of both languages' typography: the one home of
// the sets the matching key, the cosmetic diff, the segmenter and the fact reader use.

/// Typographic marks that come in several spellings, and the views each stage needs.
///
/// English and Russian text quote with `"…"`, `“…”`, `«…»` and `„…“`, and join with `-`,
/// `–`, `—` and `−`; the matching key writes every quote as `'` or `"` and every dash as
/// `-`, and the diff calls a difference in them cosmetic.
package enum Typography {
  /// The minus sign, U+2212, which the key folds to `-` but the diff names apart.
  package static let minus: Unicode.Scalar = "\u{2212}"

  /// Single quotation marks, apostrophes and primes other than `'`.
  package static let singleQuoteVariants = "‘’‚‛′‹›`´"
  /// Double quotation marks and double primes other than `"`.
  package static let doubleQuoteVariants = "“”„‟″«»＂"
  /// Hyphens and dashes other than `-`, without the minus sign.
  package static let dashVariants = "‐‑‒–—―﹘﹣－⁃"

  /// Whether `scalar` is a hyphen or a dash (``dashVariants`` or `-`), not the minus sign.
  @inlinable
  package static func isDash(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x2D, 0x2010...0x2015, 0x2043, 0xFE58, 0xFE63, 0xFF0D: true
    default: false
    }
  }

  /// Whether `scalar` joins two numbers as a range or a span (`9–10`, `2018−2019`,
  /// `XVIII–XIX`): a hyphen, a dash or the minus sign.
  @inlinable
  package static func isRangeDash(_ scalar: Unicode.Scalar) -> Bool {
    isDash(scalar) || scalar == minus
  }

  /// Whether `scalar` is a dash typed to open a dialogue line, an attribution or a list
  /// item: `-`, `–` or `—`.
  @inlinable
  package static func isLineDash(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x2D, 0x2013, 0x2014: true
    default: false
    }
  }

  /// Whether `scalar` opens a quotation: `"`, `'`, `«`, `‘`, `‚`, `“`, `„` or `‹`.
  @inlinable
  package static func isOpeningQuote(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x22, 0x27, 0xAB, 0x2018, 0x201A, 0x201C, 0x201E, 0x2039: true
    default: false
    }
  }

  /// Whether `scalar` closes a quotation: `"`, `'`, `»`, `’`, `“`, `”` or `›` (`“` closes
  /// a German-style `„…“`).
  @inlinable
  package static func isClosingQuote(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x22, 0x27, 0xBB, 0x2019, 0x201C, 0x201D, 0x203A: true
    default: false
    }
  }

  /// Whether `scalar` opens a quotation in double marks: `"`, `«`, `“` or `„`, after which
  /// a capital letter may start a quoted sentence (an apostrophe never does: `O'Brien`).
  @inlinable
  package static func isOpeningDoubleQuote(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x22, 0xAB, 0x201C, 0x201E: true
    default: false
    }
  }

  /// Whether `text` is one opening double quotation mark (``isOpeningDoubleQuote(_:)``).
  package static func isOpeningDoubleQuote(_ text: some StringProtocol) -> Bool {
    var scalars = text.unicodeScalars.makeIterator()
    guard let only = scalars.next(), scalars.next() == nil else { return false }
    return isOpeningDoubleQuote(only)
  }
}
