// The one tokenizer's spans under each letter rule, on text of both languages.

import SverkaText
import Testing

@Suite struct WordSpansTests {
  /// Each span as its text and a kind letter: `L` letters, `D` digits, `O` other.
  private func spans(_ text: String, _ letters: WordSpans.Letters) -> [String] {
    let (bytes, spans) = WordSpans.spans(of: text, letters: letters)
    return spans.map { span in
      let kind = span.kind == .letters ? "L" : span.kind == .digits ? "D" : "O"
      return kind + String(decoding: bytes[span.range], as: UTF8.self)
    }
  }

  @Test func lettersAndDigitsNeverShareASpan() {
    #expect(spans("the 72nd", .foldable) == ["Lthe", "O ", "D72", "Lnd"])
    #expect(spans("72-й съезд", .alphabetic) == ["D72", "O-", "Lй", "O ", "Lсъезд"])
  }

  @Test(arguments: [WordSpans.Letters.foldable, .alphabetic, .characters, .russian])
  func spansCoverEveryByte(_ letters: WordSpans.Letters) {
    let text = "С.В.Лавров: «Ещё 10 000 км» — and 5% of NATO’s café, α-beta 😀."
    #expect(spans(text, letters).map { String($0.dropFirst()) }.joined() == text)
    let (bytes, spans) = WordSpans.spans(of: text, letters: letters)
    #expect(spans.first?.range.lowerBound == 0)
    #expect(spans.last?.range.upperBound == bytes.count)
    for (left, right) in zip(spans, spans.dropFirst()) {
      #expect(left.range.upperBound == right.range.lowerBound)
    }
  }

  @Test func theRulesTellLettersApart() {
    // Greek is a letter to Unicode, not to the key fold the aligner compares on.
    #expect(spans("αβ", .foldable) == ["Oα", "Oβ"])
    #expect(spans("αβ", .alphabetic) == ["Lαβ"])
    // Only the Russian alphabet makes words for a dictionary's translations.
    #expect(spans("Ёж hedgehog", .russian).first == "LЁж")
    #expect(spans("Ёж hedgehog", .russian).dropFirst(2).first == "Oh")
  }

  @Test func characterRulesKeepAStressMarkInItsWord() {
    #expect(spans("Во́дская", .characters) == ["LВо́дская"])
    #expect(spans("Во́дская", .russian) == ["LВо́дская"])
    // The scalar rules split there, as they always have.
    #expect(spans("Во́дская", .alphabetic) == ["LВо", "O\u{301}", "Lдская"])
    // Nothing extends a line feed: the mark is a character of its own.
    #expect(spans("a\n\u{301}", .characters) == ["La", "O\n", "O\u{301}"])
  }

  @Test func aSpanIsOnlyItsScalarWithoutMarks() {
    let (_, plain) = WordSpans.spans(of: "'", letters: .characters)
    let (_, marked) = WordSpans.spans(of: "'\u{301}", letters: .characters)
    #expect(plain.first?.isOnly("'") == true)
    #expect(marked.first?.isOnly("'") == false)
  }
}
