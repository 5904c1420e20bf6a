// Turns a file's bytes into text: BOMs, UTF-16, legacy charsets, line ends, and clear errors.

import SverkaText

/// Decodes the bytes of an input file into text with `\n` line ends.
///
/// UTF-8 is read with or without a byte-order mark, UTF-16 and UTF-32 with one. Any other
/// charset must be named (`encoding`) and goes through ICU's converters. Invalid UTF-8
/// is never repaired: it is an error that gives the byte offset and, when ICU's detector
/// is confident, the encoding to name instead.
public struct TextDecoder: Sendable {
  /// The decoded text and where it came from.
  public struct Decoded: Sendable, Equatable {
    /// The text, with CRLF and CR line ends made `\n` and any BOM removed.
    public let text: String
    /// The charset it was decoded from, such as `UTF-8` or `windows-1251`.
    public let encoding: String
  }

  /// The largest file Sverka reads (1 GiB): beyond that ICU's 32-bit offsets overflow.
  public static let byteLimit = 1 << 30

  /// The charset the user named, or `nil` to expect Unicode.
  public var encoding: String?

  /// The confidence (0–100) from which ICU's guess is offered as a suggestion.
  static let suggestionConfidence = 20

  /// Creates a decoder.
  ///
  /// - Parameter encoding: a charset name ICU knows (`windows-1251`, `KOI8-R`, …), or
  ///   `nil` to accept only Unicode.
  public init(encoding: String? = nil) {
    self.encoding = encoding
  }

  /// Decodes `bytes` read from `path`.
  ///
  /// - Parameters:
  ///   - bytes: the whole file.
  ///   - path: the name to give in errors.
  /// - Returns: the text and its charset.
  /// - Throws: ``InputError`` when the bytes are empty, binary, or not valid text.
  public func decode(_ bytes: [UInt8], path: String) throws(InputError) -> Decoded {
    guard !bytes.isEmpty else { throw .empty(path) }
    guard bytes.count <= Self.byteLimit else {
      throw .tooLarge(path, bytes: bytes.count, limit: Self.byteLimit)
    }
    let decoded: Decoded
    var census: ByteCensus?
    if let encoding {
      decoded = try decodeNamed(bytes, encoding: encoding, path: path)
    } else if let unicode = try decodeByteOrderMark(bytes, path: path) {
      decoded = unicode
    } else {
      let utf8 = try decodeUTF8(bytes[...], path: path)
      decoded = Decoded(text: utf8.text, encoding: "UTF-8")
      census = utf8.census
    }
    var text = decoded.text
    if text.unicodeScalars.first == "\u{FEFF}" {
      // A mark saved twice (a file that went through two BOM-adding tools) is still a mark.
      text = String(text.unicodeScalars.drop { $0 == "\u{FEFF}" })
      census = nil
    }
    var counted = census ?? text.withUTF8 { ByteCensus($0) }
    if counted.carriageReturns > 0 {
      text = Self.unifyingLineEnds(text)
      counted = text.withUTF8 { ByteCensus($0) }
    }
    try Self.checkIsText(text, census: counted, path: path)
    return Decoded(text: text, encoding: decoded.encoding)
  }

  private func decodeNamed(_ bytes: [UInt8], encoding: String, path: String) throws(InputError)
    -> Decoded
  {
    if let detected = Self.contradictingUTF8(bytes, named: encoding) {
      throw .encodingContradicted(path, encoding: encoding, detected: detected)
    }
    do {
      return Decoded(text: try ICU.decode(bytes, charset: encoding), encoding: encoding)
    } catch let invalid as ICU.InvalidSequence {
      throw .invalidInEncoding(path, encoding: encoding, offset: invalid.offset)
    } catch {
      throw .unknownEncoding(path, encoding: encoding)
    }
  }

  /// `UTF-8` when `bytes` hold non-ASCII text that is valid UTF-8 and ICU's detector calls
  /// UTF-8, while `named` is another charset: decoding them as `named` would give mojibake.
  /// Pure ASCII reads the same in every charset Sverka is given, so it passes.
  static func contradictingUTF8(_ bytes: [UInt8], named: String) -> String? {
    let folded = named.lowercased().filter { $0.isLetter || $0.isNumber }
    guard folded != "utf8", bytes.contains(where: { $0 >= 0x80 }),
      String(validating: bytes, as: UTF8.self) != nil,
      let guess = ICU.detectCharset(bytes), guess.name == "UTF-8",
      guess.confidence >= suggestionConfidence
    else { return nil }
    return "UTF-8"
  }

  private func decodeByteOrderMark(_ bytes: [UInt8], path: String) throws(InputError)
    -> Decoded?
  {
    let charset: String
    let markLength: Int
    switch bytes.prefix(4) {
    case let head where head.starts(with: [0xEF, 0xBB, 0xBF]):
      let text = try decodeUTF8(bytes.dropFirst(3), path: path, offsetBase: 3).text
      return Decoded(text: text, encoding: "UTF-8")
    case let head where head.starts(with: [0xFF, 0xFE, 0x00, 0x00]):
      (charset, markLength) = ("UTF-32LE", 4)
    case let head where head.starts(with: [0x00, 0x00, 0xFE, 0xFF]):
      (charset, markLength) = ("UTF-32BE", 4)
    case let head where head.starts(with: [0xFF, 0xFE]):
      (charset, markLength) = ("UTF-16LE", 2)
    case let head where head.starts(with: [0xFE, 0xFF]):
      (charset, markLength) = ("UTF-16BE", 2)
    default:
      return nil
    }
    let body = Array(bytes.dropFirst(markLength))
    guard !body.isEmpty else { throw .empty(path) }
    do {
      return Decoded(text: try ICU.decode(body, charset: charset), encoding: charset)
    } catch let invalid as ICU.InvalidSequence {
      throw .invalidInEncoding(path, encoding: charset, offset: invalid.offset + markLength)
    } catch {
      throw .unreadable(path, reason: "\(error)")
    }
  }

  /// The text of UTF-8 bytes and their census, which is the text's too.
  private func decodeUTF8(_ bytes: ArraySlice<UInt8>, path: String, offsetBase: Int = 0)
    throws(InputError) -> (text: String, census: ByteCensus)
  {
    let (census, valid) = bytes.withUnsafeBufferPointer { Self.survey($0) }
    if census.zeros > 0, let nul = bytes.firstIndex(of: 0) {
      throw .binary(path, offset: nul - bytes.startIndex + offsetBase)
    }
    // Validated once here, and copied as known-good UTF-8: the standard library's own check
    // is slower on Cyrillic, and would run a second time.
    if valid {
      return (String(copying: unsafe UTF8Span(unchecked: bytes.span)), census)
    }
    let offset = Self.firstInvalidUTF8Offset(bytes) + offsetBase
    let guess = ICU.detectCharset(Array(bytes))
    let suggestion = guess.flatMap { guess in
      guess.confidence >= Self.suggestionConfidence && guess.name != "UTF-8" ? guess.name : nil
    }
    throw .notUTF8(path, offset: offset, suggestion: suggestion)
  }

  /// The size from which ``survey(_:)`` looks at two halves at once.
  static let surveyHalvingSize = 1 << 20

  /// The census of `bytes` and whether they are valid UTF-8. From
  /// ``surveyHalvingSize`` on, the two halves are looked at at once, cut after a line feed:
  /// no UTF-8 sequence and no C1 control straddles an ASCII byte, so the halves' answers
  /// together are the whole's.
  static func survey(_ bytes: UnsafeBufferPointer<UInt8>) -> (census: ByteCensus, valid: Bool) {
    let middle = bytes.count / 2
    guard bytes.count >= surveyHalvingSize,
      let lineFeed = bytes[middle...].firstIndex(of: 0x0A), lineFeed + 1 < bytes.count
    else { return (ByteCensus(bytes), UTF8Validation.isValid(bytes)) }
    nonisolated(unsafe) let halves = [
      UnsafeBufferPointer(rebasing: bytes[..<(lineFeed + 1)]),
      UnsafeBufferPointer(rebasing: bytes[(lineFeed + 1)...]),
    ]
    let surveys = Concurrently.map(2) { half in
      (ByteCensus(halves[half]), UTF8Validation.isValid(halves[half]))
    }
    return (surveys[0].0.followed(by: surveys[1].0), surveys[0].1 && surveys[1].1)
  }

  /// The offset, from the slice's start, of the first byte that is not valid UTF-8.
  static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded): offset += encoded.count
      case .error: return offset
      case .emptyInput: return offset
      }
    }
  }

  /// `text` with its CRLF and CR line ends made `\n`.
  public static func unifyingLineEnds(_ text: String) -> String {
    var text = text
    guard text.withUTF8({ $0.contains(0x0D) }) else { return text }
    return text.withUTF8 { bytes in
      // Line ends are ASCII, so bytes can be rewritten without decoding scalars.
      var unified: [UInt8] = []
      unified.reserveCapacity(bytes.count)
      var previousWasCR = false
      for byte in bytes {
        if byte == 0x0D {
          unified.append(0x0A)
        } else if !(byte == 0x0A && previousWasCR) {
          unified.append(byte)
        }
        previousWasCR = byte == 0x0D
      }
      return String(decoding: unified, as: UTF8.self)
    }
  }

  /// Rejects text with NUL or with a large share of control characters (C0 but tab, line
  /// feed and form feed; DEL; C1), and text with nothing but white space.
  ///
  /// - Parameters:
  ///   - text: the decoded text, its line ends unified.
  ///   - census: the counts of its bytes.
  ///   - path: the name to give in errors.
  /// - Throws: ``InputError/binary(_:offset:)`` or ``InputError/empty(_:)``.
  static func checkIsText(_ text: String, census: ByteCensus, path: String) throws(InputError) {
    var text = text
    if census.zeros > 0 {
      throw .binary(path, offset: text.withUTF8 { $0.firstIndex(of: 0) } ?? 0)
    }
    if !census.hasVisible && census.controls == 0 { throw .empty(path) }
    if census.controls > 0 && census.controls * 20 > text.unicodeScalars.count {
      throw .binary(path, offset: text.withUTF8 { ByteCensus.firstControl($0) } ?? 0)
    }
  }
}
