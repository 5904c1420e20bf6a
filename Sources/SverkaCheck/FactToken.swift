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

  /// The day of the month this token can be, if any.
  var day: Int? {
    guard case .number(let value) = kind, let day = Int(value), (1...31).contains(day) else {
      return nil
    }
    return day
  }

  private static let scales: [String: Double] = [
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "k": 1e3, "bn": 1e9,
    "mln": 1e6,
    "thousands": 1e3, "millions": 1e6, "billions": 1e9, "тыс": 1e3, "тысяч": 1e3,
    "тысячам": 1e3, "тысячами": 1e3, "тысячах": 1e3, "тысячу": 1e3, "миллионам": 1e6,
    "миллионах": 1e6, "миллиардах": 1e9, "триллион": 1e12, "триллиона": 1e12,
    "триллионов": 1e12,
    "тысячи": 1e3, "тысяча": 1e3, "млн": 1e6, "миллион": 1e6, "миллиона": 1e6,
    "миллионов": 1e6, "млрд": 1e9, "миллиард": 1e9, "миллиарда": 1e9, "миллиардов": 1e9,
    "трлн": 1e12,
  ]
  /// Words that make the number before them an hour of the day, with the hours to add on
  /// the 24-hour clock: 12 for the evening (`6 вечера` is 18:00), none for the morning and
  /// night and for a bare `часов`, which may be either, or a duration (a time on the hour
  /// also reads as its bare hour, so `2 часа` still matches `2 hours`). Not `дня`, which is
  /// as often `days` (`2 дня`).
  private static let hourWords: [String: Int] = [
    "утра": 0, "ночи": 0, "вечера": 12, "часов": 0, "часа": 0, "час": 0, "pm": 12, "am": 0,
  ]
  /// Numbers written as words, in every case form the checks are likely to meet; they only
  /// vouch for a number on the other side, so a form read too eagerly costs little.
  private static let spelled: [String: Int] = {
    var table: [String: Int] = [:]
    let forms: [(Int, String)] = [
      (
        1,
        "one once first один одна одно одного одной одному одним одном одну первый первая "
          + "первое первые первого первой первому первым первом первую первых"
      ),
      (
        2,
        "two twice second both два две двух двум двумя второй вторая второе вторые второго "
          + "второму вторым втором вторую вторых дважды вдвое оба обе обоих обеих"
      ),
      (
        3,
        "three thrice third три трех трёх трем трём тремя третий третья третье третьи "
          + "третьего третьей третьему третьим третьем третью третьих трижды втрое"
      ),
      (
        4,
        "four fourth четыре четырех четырёх четырем четырём четырьмя четвертый четвёртый "
          + "четвертая четвёртая четвертого четвёртого четвертой четвёртой четвертом четвёртом"
      ),
      (5, "five fifth пять пяти пятью пятый пятая пятое пятого пятой пятом пятых"),
      (6, "six sixth шесть шести шестью шестой шестая шестое шестого шестом"),
      (7, "seven seventh семь семи седьмой седьмая седьмое седьмого седьмом"),
      (8, "eight eighth восемь восьми восемью восьмой восьмая восьмое восьмого восьмом"),
      (9, "nine ninth девять девяти девятью девятый девятая девятое девятого девятом"),
      (10, "ten tenth десять десяти десятью десятый десятая десятое десятого десятом"),
      (11, "eleven eleventh одиннадцать одиннадцати одиннадцатый"),
      (12, "twelve twelfth dozen двенадцать двенадцати двенадцатый дюжина дюжины"),
      (13, "thirteen thirteenth тринадцать тринадцати"),
      (14, "fourteen fourteenth четырнадцать четырнадцати"),
      (15, "fifteen fifteenth пятнадцать пятнадцати"),
      (16, "sixteen sixteenth шестнадцать шестнадцати"),
      (17, "seventeen seventeenth семнадцать семнадцати"),
      (18, "eighteen eighteenth восемнадцать восемнадцати"),
      (19, "nineteen nineteenth девятнадцать девятнадцати"),
      (20, "twenty twentieth двадцать двадцати двадцатый двадцатого"),
      (30, "thirty thirtieth тридцать тридцати"),
      (40, "forty fortieth сорок сорока"),
      (50, "fifty fiftieth пятьдесят пятидесяти"),
      (60, "sixty шестьдесят шестидесяти"),
      (70, "seventy семьдесят семидесяти"),
      (80, "eighty восемьдесят восьмидесяти"),
      (90, "ninety девяносто девяноста"),
      (100, "hundred сто ста сотня сотни сотню"),
      (200, "двести двухсот двумстам двумястами двухстах"),
      (300, "триста трехсот трёхсот тремстам тремястами трехстах трёхстах"),
      (400, "четыреста четырехсот четырёхсот четыремстам четырьмястами четырехстах"),
      (500, "пятьсот пятисот пятистам пятьюстами пятистах"),
      (600, "шестьсот шестисот шестистам шестьюстами шестистах"),
      (700, "семьсот семисот семистам семьюстами семистах"),
      (800, "восемьсот восьмисот восьмистам восьмьюстами восемьюстами восьмистах"),
      (900, "девятьсот девятисот девятистам девятьюстами девятистах"),
      (1000, "thousand тысяча тысячи тысячу тысяч"),
      (1_000_000, "million миллион миллиона миллионов"),
      (1_000_000_000, "billion миллиард миллиарда миллиардов"),
    ]
    for (value, words) in forms {
      for word in words.split(separator: " ") { table[String(word)] = value }
    }
    return table
  }()

  /// The tokens of `text`, written in `language`.
  ///
  /// Thousands groups are joined when every group after the first has three digits and the
  /// first has one to three: by a comma in English, by a space, a no-break or a thin space
  /// in either language (`10,000` ↔ `10 000`). A comma or a point before other digits is a
  /// decimal mark, so the Russian decimal comma reads as the English point (`2,5` ↔ `2.5`);
  /// `2019, 150` stays two numbers.
  static func tokens(of text: String, language: Language) -> [FactToken] {
    let scalars = Array(text.unicodeScalars)
    var tokens: [FactToken] = []
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if isDigit(scalar) {
        let start = index
        var digits = ""
        var fraction = ""
        var leading = 0
        var separator: UInt32?
        while index < scalars.count, isDigit(scalars[index]) {
          digits.unicodeScalars.append(scalars[index])
          index += 1
          leading += 1
        }
        // Thousands groups: only after a lead of one to three digits, one separator
        // throughout.
        while leading <= 3, index < scalars.count,
          joinsGroups(scalars[index], language: language),
          separator == nil || separator == scalars[index].value,
          groupFollows(scalars, index + 1)
        {
          separator = scalars[index].value
          for offset in 1...3 { digits.unicodeScalars.append(scalars[index + offset]) }
          index += 4
        }
        if index + 1 < scalars.count, [0x2C, 0x2E, 0x3A].contains(scalars[index].value),
          isDigit(scalars[index + 1])
        {
          index += 1
          while index < scalars.count, isDigit(scalars[index]) {
            fraction.unicodeScalars.append(scalars[index])
            index += 1
          }
        }
        let glued = start > 0 && scalars[start - 1].properties.isAlphabetic
        var kind = number(digits, fraction)
        // `0500`, `0430`: a four-digit time of the 24-hour clock, as armed forces write it; a
        // leading zero says it is no count.
        if separator == nil, fraction.isEmpty, digits.count == 4, digits.hasPrefix("0"),
          let hour = Int(digits.prefix(2)), hour < 24, let minute = Int(digits.suffix(2)),
          minute < 60
        {
          kind = .time("t\(hour):\(digits.suffix(2))")
        }
        let written = String(String.UnicodeScalarView(scalars[start..<index]))
        if glued, case .number(let value) = kind {
          tokens.append(FactToken(kind: .spelled(value), text: written))
        } else {
          tokens.append(FactToken(kind: kind, text: written))
        }
      } else if isAlphabetic(scalar) {
        var word = ""
        while index < scalars.count, isAlphabetic(scalars[index]) {
          word.unicodeScalars.append(scalars[index])
          index += 1
        }
        tokens.append(FactToken(kind: .word(word), text: word))
      } else {
        if Typography.isRangeDash(scalar), let last = tokens.indices.last,
          case .number = tokens[last].kind, index + 1 < scalars.count, isDigit(scalars[index + 1])
        {
          tokens[last].rangeFollows = true
        }
        index += 1
      }
    }
    return merged(expandedYearRanges(tokens))
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

  /// Scale words applied, `a.m.`/`p.m.` read, spelled numbers and Roman numerals marked.
  private static func merged(_ tokens: [FactToken]) -> [FactToken] {
    var result: [FactToken] = []
    var index = 0
    while index < tokens.count {
      var token = tokens[index]
      let next = index + 1 < tokens.count ? tokens[index + 1].kind : nil
      if case .number(let value) = token.kind, case .word(let word)? = next {
        let lower = word.lowercased()
        if let scale = scales[lower], let amount = Double(value), amount * scale < 1e18 {
          token.kind = .number(String(Int64((amount * scale).rounded())))
          token.text += " " + word
          index += 1
        } else if lower == "a" || lower == "p", index + 2 < tokens.count,
          tokens[index + 2].kind == .word("m"), let hour = Int(value), hour <= 12
        {
          token.kind = .time("t\(lower == "p" && hour < 12 ? hour + 12 : hour):00")
          token.text += " \(lower).m."
          index += 2
        } else if let hour = Int(value), hour <= 24, let shift = hourWords[lower] {
          // `5 утра`, `6 вечера`, `6pm`, `5 часов`: an hour of the day.
          token.kind = .time("t\(shift > 0 && hour < 12 ? hour + shift : hour):00")
          token.text += " " + word
          index += 1
        }
      } else if case .word(let word) = token.kind {
        let number = spelled[word.lowercased()]
        if let value = number, case .word(let next)? = next,
          let scale = scales[next.lowercased()]
        {
          // `six million` ↔ `шести миллионов` ↔ `6 million`.
          token.kind = .spelled(String(Int64(Double(value) * scale)))
          index += 1
        } else if let value = number {
          token.kind = .spelled(String(value))
        } else if mayBeRoman(word), let value = RomanNumeral.value(of: word) {
          token.kind = .spelled(String(value))
        }
      }
      result.append(token)
      index += 1
    }
    return result
  }

  /// Whether `word` is made of the capitals a Roman numeral is written with, checked on its
  /// bytes first: nearly every word is not, and the numeral parser is the dearer test.
  private static func mayBeRoman(_ word: String) -> Bool {
    word.utf8.allSatisfy { byte in
      byte == UInt8(ascii: "I") || byte == UInt8(ascii: "V") || byte == UInt8(ascii: "X")
        || byte == UInt8(ascii: "L") || byte == UInt8(ascii: "C")
    }
  }

  /// Unicode's Alphabetic property, answered without a table look-up for ASCII and the
  /// basic Russian alphabet, the scalars most text is made of.
  @inline(__always)
  private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x41...0x5A, 0x61...0x7A, 0x410...0x44F, 0x401, 0x451: return true
    case 0..<0x80: return false
    default: return scalar.properties.isAlphabetic
    }
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39
  }

  /// A space, a no-break or a thin space between thousands groups, or a comma in English
  /// (in Russian the comma is the decimal mark).
  private static func joinsGroups(_ scalar: Unicode.Scalar, language: Language) -> Bool {
    [0x20, 0xA0, 0x202F, 0x2009].contains(scalar.value)
      || (language == .english && scalar.value == 0x2C)
  }

  /// Whether exactly three digits start at `index`.
  private static func groupFollows(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
    guard index + 3 <= scalars.count, scalars[index..<(index + 3)].allSatisfy(isDigit) else {
      return false
    }
    return index + 3 == scalars.count || !isDigit(scalars[index + 3])
  }
}
