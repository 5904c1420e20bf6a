// The normalizer's display form and matching key, each class of character, and offsets back.

import Foundation
import SverkaText
import Testing

@Suite struct NormalizerTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let id: String
    let input: String
    let key: String
    var testDescription: String { id }
  }

  static let keyCases: [Case] = [
    Case(id: "case", input: "NATO Лавров", key: "nato лавров"),
    Case(id: "curly-quotes", input: "“Yes” ‘no’ «да» „нет“", key: "\"yes\" 'no' \"да\" \"нет\""),
    Case(id: "apostrophe", input: "Russia’s", key: "russia's"),
    Case(id: "dashes", input: "a – b — c ‐ d", key: "a - b - c - d"),
    Case(id: "minus", input: "2018−2019", key: "2018-2019"),
    Case(id: "nbsp", input: "as well as\u{00A0}Georgia", key: "as well as georgia"),
    Case(id: "thin-and-narrow-spaces", input: "10\u{2009}000\u{202F}руб.", key: "10 000 руб."),
    Case(id: "whitespace-runs", input: "  a \n\t b  ", key: "a b"),
    Case(id: "soft-hyphen", input: "меж\u{00AD}дународный", key: "международный"),
    Case(id: "zero-width", input: "a\u{200B}b\u{200D}c\u{FEFF}d\u{2060}e", key: "abcde"),
    Case(id: "yo", input: "Ёлка, ещё", key: "елка, еще"),
    Case(id: "ellipsis", input: "Итак…", key: "итак..."),
    Case(id: "decomposed", input: "e\u{0301}", key: "é"),
    Case(id: "decomposed-short-i", input: "и\u{0306}", key: "й"),
    Case(id: "full-width", input: "ＮＡＴＯ", key: "nato"),
    Case(id: "sharp-s", input: "Straße", key: "strasse"),
    Case(id: "comma-kept", input: "a, b? c!", key: "a, b? c!"),
  ]

  @Test(arguments: keyCases)
  func key(_ testCase: Case) throws {
    #expect(try Normalizer().key(testCase.input).text == testCase.key)
  }

  @Test func displayForm() throws {
    let normalizer = Normalizer()
    #expect(try normalizer.display("  «Да»,\u{00A0}—\n сказал\u{00AD} он  ") == "«Да», — сказал он")
    #expect(try normalizer.display("e\u{0301}") == "é")
    #expect(try normalizer.display("2018−2019") == "2018−2019")
  }

  @Test func keyOffsetsMapBackToTheOriginal() throws {
    let original = "  «Лавров» —\u{00A0}Minister’s\u{00AD} visit, 2018−2019 "
    let key = try Normalizer().key(original)
    #expect(key.text == "\"лавров\" - minister's visit, 2018-2019")
    let bytes = Array(original.utf8)
    func source(of word: String) throws -> String {
      let range = try #require(key.text.range(of: word))
      let lower = key.text.utf8.distance(from: key.text.startIndex, to: range.lowerBound)
      let upper = key.text.utf8.distance(from: key.text.startIndex, to: range.upperBound)
      return String(decoding: bytes[key.originalRange(of: lower..<upper)], as: UTF8.self)
    }
    #expect(try source(of: "лавров") == "Лавров")
    #expect(try source(of: "\"лавров\"") == "«Лавров»")
    #expect(try source(of: "minister's") == "Minister’s")
    #expect(try source(of: "2018-2019") == "2018−2019")
    #expect(try source(of: "- minister") == "—\u{00A0}Minister")
    #expect(key.originalRange(of: 0..<0) == 2..<2)
  }

  @Test func equalKeysForTypographicVariants() throws {
    let normalizer = Normalizer()
    let a = try normalizer.key("The “new” programme for 2018–2019 is ready.")
    let b = try normalizer.key("The \"new\"  programme for 2018\u{2212}2019 is ready.")
    #expect(a == b)
    #expect(a.hashValue == b.hashValue)
  }
}
