// Character classes the sentence rules need, with fast paths for ASCII and Cyrillic,
// which make up nearly all the text Sverka reads.

import SverkaText

extension Unicode.Scalar {
  /// White space, including no-break and thin spaces (Unicode `White_Space`).
  var isSpaceLike: Bool {
    switch value {
    case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F,
      0x205F, 0x3000:
      true
    default: false
    }
  }

  /// An upper-case or title-case letter.
  var isUpperLetter: Bool {
    switch value {
    case 0x41...0x5A, 0x400...0x42F: true
    // ASCII, Latin-1 punctuation, Cyrillic lower case, general punctuation (quotes, dashes).
    case 0..<0xC0, 0x430...0x45F, 0x2000...0x206F: false
    default: properties.isUppercase || properties.generalCategory == .titlecaseLetter
    }
  }

  /// A lower-case letter.
  var isLowerLetter: Bool {
    switch value {
    case 0x61...0x7A, 0x430...0x45F: true
    case 0..<0xAA, 0xAB..<0xB5, 0xB6..<0xBA, 0xBB..<0xC0, 0x400...0x42F, 0x2000...0x206F:
      false
    default: properties.isLowercase
    }
  }

  /// A letter of any case.
  var isLetter: Bool {
    switch value {
    case 0x41...0x5A, 0x61...0x7A, 0x400...0x45F: true
    case 0..<0xAA, 0xAB..<0xB5, 0xB6..<0xBA, 0xBB..<0xC0, 0x2000...0x206F: false
    default: properties.isAlphabetic
    }
  }

  /// An ASCII digit.
  var isDigit: Bool { (0x30...0x39).contains(value) }

  /// A character that opens a quotation or bracket before a sentence's first word; the
  /// grave accent quotes in plain-text typing (`` `like this' ``, ``` ``like this'' ```).
  var isOpening: Bool {
    switch value {
    case 0x28, 0x5B, 0x60, 0x7B: true
    default: Typography.isOpeningQuote(self)
    }
  }

  /// A character that closes a quotation or bracket after a sentence's last word (a grave
  /// accent too, as some typists close with it).
  var isClosing: Bool {
    switch value {
    case 0x29, 0x5D, 0x60, 0x7D: true
    default: Typography.isClosingQuote(self)
    }
  }

  /// A character that can end a sentence: full stop, ellipsis, question or exclamation.
  var isTerminal: Bool {
    switch value {
    case 0x21, 0x2E, 0x3F, 0x2026, 0x203C, 0x2047...0x2049: true
    default: false
    }
  }

  /// A pictograph or emoji (U+1F000–U+1FAFF), or the variation selector and joiner that
  /// build emoji sequences.
  var isPictograph: Bool {
    switch value {
    case 0x1F000...0x1FAFF, 0xFE0F, 0x200D: true
    default: false
    }
  }

  /// A dash that opens a dialogue line or an attribution: `-`, `–` or `—`.
  var isDash: Bool { Typography.isLineDash(self) }

  /// The bullet `•` or hyphen bullet `⁃`, which start a list item even inside a line.
  var isBullet: Bool { value == 0x2022 || value == 0x2043 }
}
