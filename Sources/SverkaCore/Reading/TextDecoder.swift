// Turns a file's bytes into text: BOMs, UTF-16, legacy charsets, line ends, and clear errors.

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
    if let encoding {
      decoded = try decodeNamed(bytes, encoding: encoding, path: path)
    } else if let unicode = try decodeByteOrderMark(bytes, path: path) {
      decoded = unicode
    } else {
      decoded = Decoded(text: try decodeUTF8(bytes[...], path: path), encoding: "UTF-8")
    }
    let text = Self.unifyingLineEnds(decoded.text)
    try Self.checkIsText(text, path: path)
    return Decoded(text: text, encoding: decoded.encoding)
  }

  private func decodeNamed(_ bytes: [UInt8], encoding: String, path: String) throws(InputError)
    -> Decoded
  {
    do {
      var text = try ICU.decode(bytes, charset: encoding)
      if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
      return Decoded(text: text, encoding: encoding)
    } catch let invalid as ICU.InvalidSequence {
      throw .invalidInEncoding(path, encoding: encoding, offset: invalid.offset)
    } catch {
      throw .unknownEncoding(path, encoding: encoding)
    }
  }

  private func decodeByteOrderMark(_ bytes: [UInt8], path: String) throws(InputError)
    -> Decoded?
  {
    let charset: String
    let markLength: Int
    switch bytes.prefix(4) {
    case let head where head.starts(with: [0xEF, 0xBB, 0xBF]):
      let text = try decodeUTF8(bytes.dropFirst(3), path: path, offsetBase: 3)
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

  private func decodeUTF8(_ bytes: ArraySlice<UInt8>, path: String, offsetBase: Int = 0)
    throws(InputError) -> String
  {
    if let nul = bytes.firstIndex(of: 0) { throw .binary(path, offset: nul) }
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    let offset = Self.firstInvalidUTF8Offset(bytes) + offsetBase
    let guess = ICU.detectCharset(Array(bytes))
    let suggestion = guess.flatMap { guess in
      guess.confidence >= Self.suggestionConfidence && guess.name != "UTF-8" ? guess.name : nil
    }
    throw .notUTF8(path, offset: offset, suggestion: suggestion)
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
    guard text.utf8.contains(13) else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      if scalar == "\r" {
        result.unicodeScalars.append("\n")
        previousWasCR = true
      } else {
        if !(scalar == "\n" && previousWasCR) { result.unicodeScalars.append(scalar) }
        previousWasCR = false
      }
    }
    return result
  }

  /// Rejects text with NUL or with a large share of control characters (C0 but tab, line
  /// feed and form feed; DEL; C1), and text with nothing but white space.
  ///
  /// Works on UTF-8 bytes: C1 controls are the two-byte sequences `C2 80` to `C2 9F`.
  static func checkIsText(_ text: String, path: String) throws(InputError) {
    var text = text
    let counts = text.withUTF8 { Self.controlCounts($0) }
    if let zero = counts.zero { throw .binary(path, offset: zero) }
    let (controls, scalars, firstControl, visible) =
      (counts.controls, counts.scalars, counts.firstControl, counts.visible)
    if !visible && controls == 0 { throw .empty(path) }
    if controls * 20 > scalars { throw .binary(path, offset: firstControl) }
  }

  /// Control characters, scalars, the first control's offset, whether anything is visible
  /// and the first NUL's offset: one pass over the bytes, no `Character` or iterator.
  private static func controlCounts(_ bytes: UnsafeBufferPointer<UInt8>) -> (
    controls: Int, scalars: Int, firstControl: Int, visible: Bool, zero: Int?
  ) {
    var controls = 0
    var scalars = 0
    var firstControl = -1
    var visible = false
    var previous: UInt8 = 0
    for offset in 0..<bytes.count {
      let byte = bytes[offset]
      if byte == 0 { return (controls, scalars, firstControl, visible, offset) }
      if byte & 0xC0 != 0x80 { scalars += 1 }
      let isControl =
        (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C) || byte == 0x7F
        || (previous == 0xC2 && byte >= 0x80 && byte <= 0x9F)
      if isControl {
        controls += 1
        if firstControl < 0 { firstControl = byte < 0x80 ? offset : offset - 1 }
      } else if byte > 0x20 {
        visible = true
      }
      previous = byte
    }
    return (controls, scalars, firstControl, visible, nil)
  }
}
