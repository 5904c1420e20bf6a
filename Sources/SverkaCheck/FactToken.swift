// The tokens translation mode reads numbers, times and dates from.

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
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "тыс": 1e3,
    "тысяч": 1e3, "тысячи": 1e3, "тысяча": 1e3, "млн": 1e6, "миллион": 1e6, "миллиона": 1e6,
    "миллионов": 1e6, "млрд": 1e9, "миллиард": 1e9, "миллиарда": 1e9, "миллиардов": 1e9,
    "трлн": 1e12,
  ]
  private static let spelled: [String: Int] = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "first": 1, "second": 2, "third": 3,
    "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "один": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
    "восемь": 8, "девять": 9, "десять": 10, "первый": 1, "второй": 2, "третий": 3,
  ]
  private static let dashes: Set<UInt32> = [0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212]

  /// The tokens of `text`.
  static func tokens(of text: String) -> [FactToken] {
    let scalars = Array(text.unicodeScalars)
    var tokens: [FactToken] = []
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if isDigit(scalar) {
        let start = index
        var digits = ""
        var fraction = ""
        while index < scalars.count {
          if isDigit(scalars[index]) {
            digits.unicodeScalars.append(scalars[index])
            index += 1
          } else if joinsGroups(scalars[index]), groupFollows(scalars, index + 1) {
            index += 1
          } else {
            break
          }
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
        let kind = number(digits, fraction)
        if glued, case .number(let value) = kind {
          tokens.append(FactToken(kind: .spelled(value)))
        } else {
          tokens.append(FactToken(kind: kind))
        }
      } else if scalar.properties.isAlphabetic {
        var word = ""
        while index < scalars.count, scalars[index].properties.isAlphabetic {
          word.unicodeScalars.append(scalars[index])
          index += 1
        }
        tokens.append(FactToken(kind: .word(word)))
      } else {
        if dashes.contains(scalar.value), let last = tokens.indices.last,
          case .number = tokens[last].kind, index + 1 < scalars.count, isDigit(scalars[index + 1])
        {
          tokens[last].rangeFollows = true
        }
        index += 1
      }
    }
    return merged(tokens)
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
        if let scale = scales[lower], let amount = Double(value) {
          token.kind = .number(String(Int64((amount * scale).rounded())))
          index += 1
        } else if lower == "a" || lower == "p", index + 2 < tokens.count,
          tokens[index + 2].kind == .word("m"), let hour = Int(value), hour <= 12
        {
          token.kind = .time("t\(lower == "p" && hour < 12 ? hour + 12 : hour):00")
          index += 2
        }
      } else if case .word(let word) = token.kind {
        if let value = spelled[word.lowercased()] {
          token.kind = .spelled(String(value))
        } else if let value = roman(word) {
          token.kind = .spelled(String(value))
        }
      }
      result.append(token)
      index += 1
    }
    return result
  }

  /// The value of an upper-case Roman numeral (`XVI` → 16), `nil` for other words.
  private static func roman(_ word: String) -> Int? {
    let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]
    let digits = word.compactMap { values[$0] }
    guard !digits.isEmpty, digits.count == word.count else { return nil }
    var total = 0
    for (index, digit) in digits.enumerated() {
      total += index + 1 < digits.count && digits[index + 1] > digit ? -digit : digit
    }
    return total
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39
  }

  /// A comma, a space, a no-break or a thin space between thousands groups.
  private static func joinsGroups(_ scalar: Unicode.Scalar) -> Bool {
    [0x2C, 0x20, 0xA0, 0x202F, 0x2009].contains(scalar.value)
  }

  /// Whether exactly three digits start at `index`.
  private static func groupFollows(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
    guard index + 3 <= scalars.count, scalars[index..<(index + 3)].allSatisfy(isDigit) else {
      return false
    }
    return index + 3 == scalars.count || !isDigit(scalars[index + 3])
  }
}
