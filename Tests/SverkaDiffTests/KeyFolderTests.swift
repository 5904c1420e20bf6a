// The fast key folder must give exactly the normalizer's key text.

import Testing

@testable import SverkaText

@Suite struct KeyFolderTests {
  static let tricky = [
    "“Quoted” — text\u{00A0}with\u{2009}spaces", "Ёлка и ЁЖИК", "inter\u{00AD}national",
    "e\u{0301}te\u{0301} cafe\u{0301}", "ﬁne ＡＢＣ …", "flag 🇷🇺 and 👩‍💻", "tab\tand\r\nlines",
    "Straße İstanbul ΣΑΣ", "zero\u{200B}width\u{2060}joiner", "  lead and trail  ",
    "ѐлка Ѐ ѓ Ѓ џ Џ ђ ҐУЛЯ ґ ӧ ѣ пер\u{0435}\u{0308}д", "abcdefgh`ijklmnop QRSTuvwx~{|}",
    "съезд\u{00A0}«Единой России» — 2018−2019 гг.",
  ]

  @Test func matchesTheNormalizer() throws {
    let normalizer = Normalizer()
    let folder = KeyFolder(normalizer: normalizer)
    var texts = Self.tricky
    for paragraph in EditScriptTests.pool { texts.append(paragraph) }
    for text in texts {
      #expect(try folder.keyText(text) == normalizer.key(text).text, "\(text)")
    }
  }

  @Test func mapsBackLikeTheNormalizer() throws {
    let normalizer = Normalizer()
    let folder = KeyFolder(normalizer: normalizer)
    for text in Self.tricky + EditScriptTests.pool {
      let fast = try folder.matchKey(text)
      let slow = try normalizer.key(text)
      #expect(fast.text == slow.text, "\(text)")
      let count = slow.text.utf8.count
      for start in 0..<count {
        #expect(
          fast.originalRange(of: start..<(start + 1))
            == slow.originalRange(of: start..<(start + 1)),
          "\(text) at \(start)")
      }
    }
  }
}
