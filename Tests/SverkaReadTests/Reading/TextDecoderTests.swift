// Decoding input bytes: BOMs, UTF-16, line ends, legacy Cyrillic charsets and clear errors.

import SverkaRead
import Testing

@Suite struct TextDecoderTests {
  static let russian = "Министр иностранных дел России С.В.Лавров провёл переговоры в Минске."

  /// Windows-1251 bytes of `russian`, made by ICU so the test does not trust a table of ours.
  static func windows1251(_ text: String) -> [UInt8] {
    text.unicodeScalars.map { scalar in
      switch scalar.value {
      case 0x0410...0x044F: UInt8(scalar.value - 0x0410 + 0xC0)
      case 0x0451: 0xB8  // ё
      case 0x0401: 0xA8  // Ё
      default: UInt8(scalar.value)
      }
    }
  }

  @Test func plainUTF8() throws {
    let decoded = try TextDecoder().decode(Array(Self.russian.utf8), path: "a.txt")
    #expect(decoded.text == Self.russian)
    #expect(decoded.encoding == "UTF-8")
  }

  @Test func utf8WithBOM() throws {
    let decoded = try TextDecoder().decode([0xEF, 0xBB, 0xBF] + Array("Text.".utf8), path: "b")
    #expect(decoded.text == "Text.")
    #expect(decoded.encoding == "UTF-8")
  }

  @Test func utf16LittleEndianWithBOM() throws {
    let units = Array(Self.russian.utf16)
    let bytes: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let decoded = try TextDecoder().decode(bytes, path: "c")
    #expect(decoded.text == Self.russian)
    #expect(decoded.encoding == "UTF-16LE")
  }

  @Test func utf16BigEndianWithBOM() throws {
    let units = Array("Привет, мир.\r\nВторая строка.".utf16)
    let bytes: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    let decoded = try TextDecoder().decode(bytes, path: "d")
    #expect(decoded.text == "Привет, мир.\nВторая строка.")
    #expect(decoded.encoding == "UTF-16BE")
  }

  @Test func crlfAndCRBecomeLF() throws {
    let decoded = try TextDecoder().decode(Array("a\r\nb\rc\n\r\nd".utf8), path: "e")
    #expect(decoded.text == "a\nb\nc\n\nd")
  }

  @Test func invalidUTF8NamesTheOffsetAndSuggestsTheCharset() {
    let text = String(repeating: Self.russian + " ", count: 8)
    let bytes = Array("Заголовок: ".utf8) + Self.windows1251(text)
    #expect {
      try TextDecoder().decode(bytes, path: "cp.txt")
    } throws: { error in
      guard case InputError.notUTF8("cp.txt", let offset, let suggestion) = error else {
        return false
      }
      return offset == "Заголовок: ".utf8.count && suggestion == "windows-1251"
    }
  }

  @Test func windows1251WithEncoding() throws {
    let decoded = try TextDecoder(encoding: "windows-1251").decode(
      Self.windows1251(Self.russian), path: "cp.txt")
    #expect(decoded.text == Self.russian)
    #expect(decoded.encoding == "windows-1251")
  }

  @Test func koi8rWithEncoding() throws {
    // "Мир" in KOI8-R: М = 0xED, и = 0xC9, р = 0xD2.
    let decoded = try TextDecoder(encoding: "KOI8-R").decode([0xED, 0xC9, 0xD2, 0x2E], path: "k")
    #expect(decoded.text == "Мир.")
  }

  @Test func invalidInTheNamedEncoding() {
    #expect(throws: InputError.invalidInEncoding("x", encoding: "UTF-8", offset: 3)) {
      try TextDecoder(encoding: "UTF-8").decode([0x41, 0xD0, 0x96, 0xFF, 0x42], path: "x")
    }
  }

  @Test func unknownEncoding() {
    #expect(throws: InputError.unknownEncoding("x", encoding: "no-such-charset")) {
      try TextDecoder(encoding: "no-such-charset").decode(Array("abc".utf8), path: "x")
    }
  }

  @Test func emptyFile() {
    #expect(throws: InputError.empty("e")) { try TextDecoder().decode([], path: "e") }
  }

  @Test func whitespaceOnlyIsEmpty() {
    #expect(throws: InputError.empty("w")) {
      try TextDecoder().decode(Array(" \n\t\r\n ".utf8), path: "w")
    }
  }

  @Test func bomOnlyIsEmpty() {
    #expect(throws: InputError.empty("b")) {
      try TextDecoder().decode([0xEF, 0xBB, 0xBF], path: "b")
    }
    #expect(throws: InputError.empty("b")) { try TextDecoder().decode([0xFF, 0xFE], path: "b") }
  }

  @Test func nulByteIsBinary() {
    #expect(throws: InputError.binary("n", offset: 3)) {
      try TextDecoder().decode([0x61, 0x62, 0x63, 0x00, 0x64], path: "n")
    }
  }

  @Test func controlCharactersAreBinary() {
    let bytes: [UInt8] = (0..<200).map { UInt8(1 + $0 % 8) } + Array("text".utf8)
    #expect(throws: InputError.binary("c", offset: 0)) {
      try TextDecoder().decode(bytes, path: "c")
    }
  }

  @Test func firstInvalidOffsetCountsWholeCharacters() {
    let bytes = Array("ёж".utf8) + [0xD0] + Array("x".utf8)
    #expect {
      try TextDecoder().decode(bytes, path: "t")
    } throws: { error in
      if case InputError.notUTF8(_, 4, _) = error { true } else { false }
    }
  }

  @Test func messagesAreOneLineAndNameTheFile() {
    let errors: [InputError] = [
      .empty("f.txt"), .binary("f.txt", offset: 1),
      .notUTF8("f.txt", offset: 5, suggestion: "windows-1251"),
      .notUTF8("f.txt", offset: 5, suggestion: nil), .fileNotFound("f.txt"),
      .unknownEncoding("f.txt", encoding: "x"), .noLetters("f.txt"),
      .wrongLanguage("f.txt", expected: .english, found: .russian),
      .sameLanguage("f.txt", "g.txt", .russian), .tooLarge("f.txt", bytes: 9, limit: 1),
    ]
    for error in errors {
      #expect(error.description.hasPrefix("f.txt"))
      #expect(!error.description.contains("\n"))
    }
    #expect(
      InputError.notUTF8("f.txt", offset: 5, suggestion: "windows-1251").description
        == "f.txt: not valid UTF-8 at byte offset 5; it looks like windows-1251: "
        + "try --encoding windows-1251")
  }
}
