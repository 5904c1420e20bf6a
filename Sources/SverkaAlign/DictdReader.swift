// Reads a dictd dictionary (an .index and a .dict file) into a Lexicon.

import SverkaRead
import SverkaText

/// Turns an English–Russian dictionary in dictd format, such as Debian's `mueller7-dict`,
/// into ``Lexicon`` entries.
///
/// Each index line is `headword<TAB>offset<TAB>length` with base-64 numbers; the article at
/// that place in the `.dict` file is plain text, whose first Cyrillic words (outside
/// parentheses) are taken as the headword's translations. Only single-word, lower-case
/// Latin headwords are kept.
///
/// Limitation: dictzip's `.dict.dz` is gzip, which Sverka does not link; decompress it
/// first with `gzip -dc name.dict.dz > name.dict`.
public enum DictdReader {
  /// Translations taken from one article.
  static let translationsPerWord = 6

  /// Reads the dictionary named by `path`: its `.index` or its `.dict` file.
  ///
  /// - Parameters:
  ///   - path: the `.index` or `.dict` file; the other is found beside it.
  ///   - readFile: reads a file's bytes, throwing ``InputError`` when it cannot.
  /// - Returns: the lexicon of the dictionary's single-word entries.
  /// - Throws: ``InputError`` when a file is missing, compressed or malformed.
  public static func lexicon(at path: String, readFile: (String) throws -> [UInt8]) throws
    -> Lexicon
  {
    if path.hasSuffix(".dz") {
      throw InputError.unreadable(
        path,
        reason: "compressed dictionary: decompress it first (gzip -dc \(path) > "
          + "\(path.dropLast(3)))")
    }
    let base: Substring =
      path.hasSuffix(".index")
      ? path.dropLast(6) : path.hasSuffix(".dict") ? path.dropLast(5) : Substring(path)
    let indexPath = base + ".index"
    let dictPath = base + ".dict"
    let index: [UInt8]
    let dict: [UInt8]
    do {
      index = try readFile(String(indexPath))
      dict = try readFile(String(dictPath))
    } catch InputError.fileNotFound(let missing) where missing != path {
      // Name the file the user gave, and what was looked for beside it.
      throw InputError.unreadable(
        path,
        reason: "not a dictd dictionary: no \(missing) beside it (give NAME.index or "
          + "NAME.dict)")
    }
    if dict.starts(with: [0x1F, 0x8B]) {
      throw InputError.unreadable(
        String(dictPath), reason: "gzip-compressed: decompress it first (gzip -dc)")
    }
    return try lexicon(index: index, dict: dict, indexPath: String(indexPath))
  }

  /// The lexicon of an index and its dictionary text.
  ///
  /// - Throws: ``InputError/malformed(_:line:reason:)`` for an index line that is not
  ///   `headword<TAB>offset<TAB>length`.
  public static func lexicon(index: [UInt8], dict: [UInt8], indexPath: String) throws
    -> Lexicon
  {
    var entries: [Lexicon.Entry] = []
    let lines = index.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    for (number, line) in lines.enumerated() where !line.isEmpty {
      let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
      guard fields.count >= 3, let offset = base64Number(fields[1]),
        let length = base64Number(fields[2])
      else {
        throw InputError.malformed(
          indexPath, line: number + 1, reason: "not headword<TAB>offset<TAB>length")
      }
      let headword = String(decoding: fields[0], as: UTF8.self)
      guard !headword.hasPrefix("00-database"),
        headword.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || $0 == "-" }),
        headword.count >= 2, offset >= 0, length > 0, offset + length <= dict.count
      else { continue }
      let article = String(decoding: dict[offset..<(offset + length)], as: UTF8.self)
      for word in translations(in: article) {
        entries.append(Lexicon.Entry(english: headword, russian: word))
      }
    }
    return Lexicon(entries: entries)
  }

  /// The first Cyrillic words of an article outside parentheses and brackets, lower case,
  /// `ё` folded to `е`.
  static func translations(in article: String) -> [String] {
    var words: [String] = []
    var depth = 0
    var current = ""
    func finish() {
      if current.count >= 3, !Lexis.stopwords.russian.contains(current), !words.contains(current) {
        words.append(current)
      }
      current = ""
    }
    let bytes = Array(article.utf8)
    WordSpans.scan(bytes, letters: .russian) { span in
      guard words.count < translationsPerWord else { return }
      if span.kind == .letters {
        // A letter with a mark outside the alphabet's range (`я́`) ends the word.
        for character in String(decoding: bytes[span.range], as: UTF8.self).lowercased() {
          if ("а"..."я").contains(character) || character == "ё" {
            if depth == 0 { current.append(character == "ё" ? "е" : character) }
          } else {
            finish()
          }
        }
      } else if "([{<".unicodeScalars.contains(where: span.isOnly) {
        finish()
        depth += 1
      } else if ")]}>".unicodeScalars.contains(where: span.isOnly) {
        finish()
        depth = max(0, depth - 1)
      } else if span.isOnly("-") && !current.isEmpty {
        // Abbreviations such as "что-л." and hyphenated words are not kept.
        current = ""
      } else {
        finish()
      }
    }
    if words.count < translationsPerWord { finish() }
    return words
  }

  /// A dictd base-64 number (`A`–`Z`, `a`–`z`, `0`–`9`, `+`, `/`; most significant first).
  static func base64Number(_ digits: ArraySlice<UInt8>) -> Int? {
    guard !digits.isEmpty, digits.count <= 10 else { return nil }
    var value = 0
    for byte in digits {
      let digit: Int
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): digit = Int(byte - UInt8(ascii: "A"))
      case UInt8(ascii: "a")...UInt8(ascii: "z"): digit = Int(byte - UInt8(ascii: "a")) + 26
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(byte - UInt8(ascii: "0")) + 52
      case UInt8(ascii: "+"): digit = 62
      case UInt8(ascii: "/"): digit = 63
      default: return nil
      }
      value = value * 64 + digit
    }
    return value
  }
}
