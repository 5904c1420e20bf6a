// The tokens translation mode reads numbers, times and dates from.

import SverkaModel
import SverkaText

/// A number, a time, a spelled-out number or a word of a text, with what follows it.
struct FactToken {
  enum Kind: Equatable {
    /// A number in canonical form: digits, a point for decimals, scale words applied.
    case number(String)
    /// A time of day as `t18:00`.
    case time(String)
    /// A number written as a word, a Roman numeral or inside a name (`G20`).
    case spelled(String)
    /// Any other word, as written.
    case word(String)
  }

  var kind: Kind
  /// The text the token was read from, as written (`10 тыс`, `1,600`), for evidence.
  var text: String
  /// Whether a dash joins this number to the next token (`9−10`).
  var rangeFollows = false
  /// The system of the unit of measure right after this number (`50 miles`, `92 км`), if any.
  var unit: NumberWords.UnitSystem?
  /// The code this number ends, when Latin letters are glued before it (`K1100`, `ESP32`,
  /// the `user10` of `@user10`): letters and digits as written.
  var code: String?
  /// What the vocabulary knows of a `.word` token's word, looked up as it is read; `nil` for
  /// the other tokens.
  var word: FactVocabulary.Word?

  /// The day of the month this token can be, if any.
  var day: Int? {
    guard case .number(let value) = kind, let day = Int(value), (1...31).contains(day) else {
      return nil
    }
    return day
  }

  /// The tokens of `text`, written in `language`; `vocabulary` knows its words.
  ///
  /// Thousands groups are joined when every group after the first has three digits and the
  /// first has one to three: by a comma in English, by a space, a no-break or a thin space
  /// in either language (`10,000` ↔ `10 000`). A comma or a point before other digits is a
  /// decimal mark, so the Russian decimal comma reads as the English point (`2,5` ↔ `2.5`);
  /// `2019, 150` stays two numbers.
  static func tokens(of text: String, language: Language, vocabulary: FactVocabulary)
    -> [FactToken]
  {
    let (bytes, spans) = WordSpans.spans(of: text, letters: .alphabetic)
    func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
    var tokens: [FactToken] = []
    var index = 0
    while index < spans.count {
      let position = index
      let span = spans[position]
      index += 1
      switch span.kind {
      case .digits:
        var digits = string(span.range)
        var fraction = ""
        var end = span.range.upperBound
        var separator: Unicode.Scalar?
        // Thousands groups: only after a lead of one to three digits, one separator
        // throughout.
        while span.range.count <= 3, index + 1 < spans.count, spans[index].kind == .other,
          joinsGroups(spans[index].first, language: language),
          separator == nil || separator == spans[index].first,
          spans[index + 1].kind == .digits, spans[index + 1].range.count == 3
        {
          separator = spans[index].first
          digits += string(spans[index + 1].range)
          end = spans[index + 1].range.upperBound
          index += 2
        }
        if index + 1 < spans.count, spans[index].kind == .other,
          [0x2C, 0x2E, 0x3A].contains(spans[index].first.value), spans[index + 1].kind == .digits
        {
          fraction = string(spans[index + 1].range)
          end = spans[index + 1].range.upperBound
          index += 2
        }
        let glued = position > 0 && spans[position - 1].kind == .letters
        var kind = number(digits, fraction)
        // `0500`, `0430`: a four-digit time of the 24-hour clock, as armed forces write it; a
        // leading zero says it is no count.
        if separator == nil, fraction.isEmpty, digits.count == 4, digits.hasPrefix("0"),
          let hour = Int(digits.prefix(2)), hour < 24, let minute = Int(digits.suffix(2)),
          minute < 60
        {
          kind = .time("t\(hour):\(digits.suffix(2))")
        }
        let written = string(span.range.lowerBound..<end)
        if glued, case .number(let value) = kind {
          let letters = string(spans[position - 1].range)
          let code = letters.allSatisfy(\.isASCII) ? letters + string(span.range) : nil
          tokens.append(FactToken(kind: .spelled(value), text: written, code: code))
        } else {
          tokens.append(FactToken(kind: kind, text: written))
        }
      case .letters:
        let word = string(span.range)
        tokens.append(
          FactToken(
            kind: .word(word), text: word, word: vocabulary.word(word, language: language)))
      case .other:
        if Typography.isRangeDash(span.first), let last = tokens.indices.last,
          case .number = tokens[last].kind, index < spans.count, spans[index].kind == .digits
        {
          tokens[last].rangeFollows = true
        }
      }
    }
    return clockRanges(merged(expandedYearRanges(tokens)))
  }

  /// The start of a range of hours read on the clock of its end, which alone carries the
  /// `a.m.`, `p.m.` or hour word (`6-8 p.m.` ↔ `с 18 до 20`, `9–11 a.m.` ↔ `с 9 до 11
  /// утра`): the start takes the end's 12 hours when that keeps it before the end.
  private static func clockRanges(_ tokens: [FactToken]) -> [FactToken] {
    var tokens = tokens
    for index in tokens.indices.dropLast() where tokens[index].rangeFollows {
      guard case .number(let first) = tokens[index].kind, let start = Int(first), start <= 12,
        case .time(let time) = tokens[index + 1].kind, time.hasSuffix(":00"),
        let end = Int(time.dropFirst().dropLast(3))
      else { continue }
      let shifted = end >= 12 && start < 12 && start + 12 <= end ? start + 12 : start
      if shifted <= end { tokens[index].kind = .time("t\(shifted):00") }
    }
    return tokens
  }

  /// The two-digit end of a year range read in its start's century when that falls after
  /// the start, as the other edition may write it in full (`1981-87` ↔ `1981–1987`,
  /// `2019-20` ↔ `2019–2020`).
  private static func expandedYearRanges(_ tokens: [FactToken]) -> [FactToken] {
    var tokens = tokens
    for index in tokens.indices.dropLast() where tokens[index].rangeFollows {
      guard case .number(let first) = tokens[index].kind, tokens[index].text.count == 4,
        let start = Int(first), (1000...2999).contains(start),
        case .number(let second) = tokens[index + 1].kind, tokens[index + 1].text.count == 2,
        let end = Int(second)
      else { continue }
      let year = start / 100 * 100 + end
      if year > start { tokens[index + 1].kind = .number(String(year)) }
    }
    return tokens
  }

  /// A whole number, a decimal or a time from the digits before and after a separator.
  private static func number(_ digits: String, _ fraction: String) -> Kind {
    if fraction.count == 2, let hour = Int(digits), hour <= 24, let minute = Int(fraction),
      minute < 60
    {
      return .time("t\(hour):\(fraction)")
    }
    return .number(fraction.isEmpty ? trimmed(digits) : trimmed(digits) + "." + fraction)
  }

  private static func trimmed(_ digits: String) -> String {
    let kept = digits.drop { $0 == "0" }
    return kept.isEmpty ? "0" : String(kept)
  }

  /// Scale words applied, `a.m.`/`p.m.` read, spelled numbers and Roman numerals marked, units
  /// of measure noted.
  private static func merged(_ tokens: [FactToken]) -> [FactToken] {
    var result: [FactToken] = []
    var index = 0
    while index < tokens.count {
      var token = tokens[index]
      let next = index + 1 < tokens.count ? tokens[index + 1].kind : nil
      if case .number(let value) = token.kind, case .word(let word)? = next {
        let lower = word.lowercased()
        if let scale = NumberWords.scales[lower], let amount = Double(value), amount * scale < 1e18
        {
          token.kind = .number(String(Int64((amount * scale).rounded())))
          token.text += " " + word
          index += 1
        } else if lower == "a" || lower == "p", index + 2 < tokens.count,
          tokens[index + 2].kind == .word("m"), let hour = Int(value), hour <= 12
        {
          token.kind = .time("t\(lower == "p" && hour < 12 ? hour + 12 : hour):00")
          token.text += " \(lower).m."
          index += 2
        } else if let hour = Int(value), hour <= 24, let shift = NumberWords.hourShifts[lower] {
          // `5 утра`, `6 вечера`, `6pm`, `5 часов`: an hour of the day.
          token.kind = .time("t\(shift > 0 && hour < 12 ? hour + shift : hour):00")
          token.text += " " + word
          index += 1
        }
      } else if case .word = token.kind, let spelled = token.word?.values {
        if let value = spelled.number, case .word(let next)? = next,
          let scale = NumberWords.scales[next.lowercased()]
        {
          // `six million` ↔ `шести миллионов` ↔ `6 million`.
          token.kind = .spelled(String(Int64(Double(value) * scale)))
          index += 1
        } else if let value = spelled.number {
          token.kind = .spelled(String(value))
        } else if let value = spelled.roman {
          token.kind = .spelled(String(value))
        }
      }
      if case .number = token.kind, index + 1 < tokens.count,
        case .word = tokens[index + 1].kind
      {
        token.unit = tokens[index + 1].word?.values.unit
      }
      result.append(token)
      index += 1
    }
    return result
  }

  /// A space, a no-break or a thin space between thousands groups, or a comma in English
  /// (in Russian the comma is the decimal mark).
  private static func joinsGroups(_ scalar: Unicode.Scalar, language: Language) -> Bool {
    [0x20, 0xA0, 0x202F, 0x2009].contains(scalar.value)
      || (language == .english && scalar.value == 0x2C)
  }
}
