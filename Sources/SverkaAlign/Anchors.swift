// Language-independent anchors: numbers, months, acronyms, transliterated name keys and the
// question mark or colon a sentence closes with.

import SverkaText

/// Tables and keys that make the same thing look the same in English and Russian.
///
/// - Numbers are compared as digit runs (`2018−2019` ↔ `2018-2019`, `72nd` ↔ `72-й`).
/// - Months become `m:1`…`m:12` (`June` ↔ `июня`).
/// - Acronyms map to one English spelling (`НАТО` ↔ `NATO`, `США` ↔ `US`/`USA`).
/// - Names and cognates meet on a Latin skeleton of the word: Russian is transliterated
///   with ICU's `Russian-Latin/BGN`, then both sides are simplified (`kh`→`h`, `ts`→`c`,
///   `c`→`k`, `y`→`i`, `w`→`v`, doubled letters single) and cut to four letters, so
///   `Лаврова` ↔ `Lavrov`, `Сирии` ↔ `Syria`, `Абхазия` ↔ `Abkhazia`.
/// - A sentence that closes with a question mark or a colon is a question or announces what
///   follows; Russian closes such sentences with the same marks, so `Why?` ↔ `Почему?`.
package enum Anchors {
  /// The letters a cognate key keeps.
  static let cognateKeyLength = 4

  /// The anchor key of a month name or abbreviation, `nil` for other words.
  package static func month(english word: String) -> String? {
    Months.number(english: word).map { "m:\($0)" }
  }

  /// The anchor key of a Russian month name in any case form, `nil` for other words.
  package static func month(russian word: String) -> String? {
    Months.number(russian: word).map { "m:\($0)" }
  }

  /// The shared key of an English acronym, `nil` when it is not in the table.
  package static func acronym(english word: String) -> String? {
    Acronyms.shared(english: word).map { "a:" + $0 }
  }

  /// The shared key of a Russian acronym (lower-cased), `nil` when it is not in the table.
  package static func acronym(russian word: String) -> String? {
    Acronyms.shared(russian: word).map { "a:" + $0 }
  }

  /// The cognate key of a lower-case Latin word (English, or Russian after transliteration),
  /// or `nil` when the word is too short to say anything.
  package static func cognateKey(latin word: String) -> String? {
    var skeleton: [UInt8] = []
    skeleton.reserveCapacity(word.utf8.count)
    let bytes = Array(word.utf8)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let next = index + 1 < bytes.count ? bytes[index + 1] : 0
      var out: UInt8
      switch byte {
      case UInt8(ascii: "k") where next == UInt8(ascii: "h"):
        out = UInt8(ascii: "h")
        index += 1
      case UInt8(ascii: "t") where next == UInt8(ascii: "s"):
        out = UInt8(ascii: "k")
        index += 1
      case UInt8(ascii: "p") where next == UInt8(ascii: "h"):
        out = UInt8(ascii: "f")
        index += 1
      case UInt8(ascii: "c"):
        out = next == UInt8(ascii: "h") ? UInt8(ascii: "c") : UInt8(ascii: "k")
        if next == UInt8(ascii: "h") { index += 1 }
      case UInt8(ascii: "y"), UInt8(ascii: "j"): out = UInt8(ascii: "i")
      case UInt8(ascii: "w"): out = UInt8(ascii: "v")
      case UInt8(ascii: "q"): out = UInt8(ascii: "k")
      case UInt8(ascii: "a")...UInt8(ascii: "z"): out = byte
      default:
        index += 1
        continue
      }
      if skeleton.last != out { skeleton.append(out) }
      index += 1
    }
    guard skeleton.count >= cognateKeyLength else { return nil }
    return "c:" + String(decoding: skeleton.prefix(cognateKeyLength), as: UTF8.self)
  }

  /// The question mark or colon `text` closes with, or `nil` when it closes with anything
  /// else.
  ///
  /// Spaces, quotation marks and closing brackets after the mark are passed over, so
  /// `«Why?»` and `(as follows:)` count; `?!` and `?..` close with something else.
  package static func closingMark(of text: String) -> Unicode.Scalar? {
    for scalar in text.unicodeScalars.reversed() {
      switch scalar {
      case "?", ":": return scalar
      case "\"", "'": continue
      default:
        switch scalar.properties.generalCategory {
        case .closePunctuation, .finalPunctuation, .initialPunctuation, .spaceSeparator,
          .lineSeparator, .paragraphSeparator, .control:
          continue
        default: return nil
        }
      }
    }
    return nil
  }
}
