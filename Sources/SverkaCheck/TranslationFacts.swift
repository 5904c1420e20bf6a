// The numbers, dates and months of a text, written the same way in English and Russian.

import SverkaModel

/// What a translation must keep: numbers, days of the month, times and month names,
/// normalised so that both languages write them alike.
///
/// - Numbers: thousands groups joined (`1,600` ↔ `1 600`), decimal commas read as points
///   (`20.8` ↔ `20,8`), scale words applied (`10 million` ↔ `10 млн`, `50,000` ↔
///   `50 тыс.`); ranges (`2018−2019` ↔ `2018-2019`) and ordinals (`72nd` ↔ `72-й`) become
///   their digit runs.
/// - Times: `6 p.m.` ↔ `18.00`.
/// - Two numbers joined by a dash also read run together, as a code or a time (`04-30` ↔
///   `0430` ↔ `04:30`).
/// - Dates: a day (1–31), or a range of days, next to a month name (`August 22` ↔
///   `22 августа`, `June 9−10` ↔ `9−10 июня`); those days are not counted again as
///   numbers, so a wrong day is a date mismatch, not a number mismatch.
/// - Months: the month names, with or without a day.
///
/// Numbers written as words (`eleven`, `fourth`, `двух`, `трижды`), Roman numerals (`XVI
/// в.`) and the digits of a code (`K1100`) are *optional*: they vouch for the same number on
/// the other side but are not required there. A code, which a translation copies as it is,
/// counts when the other side has a code of the same letters with other digits and neither
/// has the other's (`ESP32` ↔ `ESP33`, `@user10` ↔ `@user13`). Each fact keeps the text it
/// was read from, for the evidence of a mismatch.
struct TranslationFacts: Equatable {
  /// Canonical numbers and times, each with its text as first written.
  var numbers: [String: String] = [:]
  var optionalNumbers: Set<String> = []
  /// Dates as `m:8-22`, each with its text as written.
  var dates: [String: String] = [:]
  /// Months as `m:8`, each with its text as written.
  var months: [String: String] = [:]
  /// The numbers given in imperial units (`50 miles`, `4000 ft`).
  var imperialNumbers: Set<String> = []
  /// The numbers given in metric units (`92 км`).
  var metricNumbers: Set<String> = []
  /// Whether a metric unit is named, with a number or without (`на высоте в километр`).
  var namesMetricUnit = false
  /// Two numbers joined by a dash read as one (`04-30`), which the other side may write run
  /// together or on the clock (`0430`, `04:30`).
  var joinedNumbers: [JoinedNumber] = []
  /// Codes of Latin letters and digits (`K1100`), keyed in lower case, as first written.
  var codes: [String: String] = [:]

  /// Two numbers joined by a dash and what they read as run together.
  struct JoinedNumber: Equatable {
    /// The keys of the two numbers.
    var parts: [String]
    /// The number their digits make run together and, when they can be one, the time of
    /// day (`04-30`: `430` and `t4:30`).
    var readings: Set<String>
  }

  /// The numbers of `self` and of `other` that the other side lacks, as written.
  ///
  /// A number vouched for by a number word, or standing as the day of a date, on the other
  /// side is not lacking (`on the 4th of January` ↔ `4 января`).
  ///
  /// A measure the other side may have converted is not lacking either: a number in imperial
  /// units when the other side names a metric unit, and a number in metric units when the
  /// other side gives one in imperial units (`50 nautical miles` ↔ `92 км`, `4000 ft` ↔ `на
  /// высоте в километр`).
  ///
  /// A code put for another of the same letters is lacking on both sides (`K1100` ↔ `K1107`).
  func unmatchedNumbers(against other: TranslationFacts) -> (mine: [String], theirs: [String]) {
    (
      Self.lacking(self, in: other) + Self.substitutedCodes(self, other),
      Self.lacking(other, in: self) + Self.substitutedCodes(other, self)
    )
  }

  /// The codes of `side` that `other` lacks while it has a code of the same letters that
  /// `side` lacks in turn, as written.
  private static func substitutedCodes(_ side: TranslationFacts, _ other: TranslationFacts)
    -> [String]
  {
    func letters(_ key: String) -> Substring { key.prefix { !$0.isNumber } }
    let otherLetters = Set(other.codes.keys.filter { side.codes[$0] == nil }.map(letters))
    guard !otherLetters.isEmpty else { return [] }
    return side.codes.filter { key, _ in
      other.codes[key] == nil && otherLetters.contains(letters(key))
    }.sorted { $0.key < $1.key }.map(\.value)
  }

  private static func lacking(_ side: TranslationFacts, in other: TranslationFacts) -> [String] {
    let days = Set(other.dates.keys.compactMap { $0.split(separator: "-").last.map(String.init) })
    let hours = other.hourReadings
    // A dash-joined pair stands for a number or time the other side writes in one piece
    // (`04-30` ↔ `0430`), and the other way.
    let readings = Set(other.joinedNumbers.flatMap(\.readings))
    let joined = Set(
      side.joinedNumbers.filter { pair in
        pair.readings.contains { other.numbers[$0] != nil || hours.contains($0) }
      }.flatMap(\.parts))
    return side.numbers.filter { key, _ in
      other.numbers[key] == nil && !other.optionalNumbers.contains(key) && !days.contains(key)
        && !hours.contains(key) && !side.mayBeConverted(key, for: other)
        && !readings.contains(key) && !joined.contains(key)
    }.sorted { $0.key < $1.key }.map(\.value)
  }

  /// Whether the number `key` of `self` is a measure that `other` may give converted.
  private func mayBeConverted(_ key: String, for other: TranslationFacts) -> Bool {
    (imperialNumbers.contains(key) && other.namesMetricUnit)
      || (metricNumbers.contains(key) && !other.imperialNumbers.isEmpty)
  }

  /// What the times and hours of `self` can stand for on the other side: a time on the
  /// 12-hour clock or the 24-hour one (`6 p.m.` ↔ `18:00`, `6 вечера`), and a time on the
  /// hour as the bare hour (`at 18.00` ↔ `at 6 pm`, `с 18 до 20 часов`), and the other way;
  /// a time also stands for its digits run together, as speech transcripts write it (`603` ↔
  /// `6:03`).
  private var hourReadings: Set<String> {
    var readings: Set<String> = []
    for key in numbers.keys {
      if key.hasPrefix("t") {
        let parts = key.dropFirst().split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]) else { continue }
        let minutes = String(parts[1])
        for reading in [hour % 24, (hour + 12) % 24] {
          readings.insert("t\(reading):\(minutes)")
          if minutes == "00" { readings.insert(String(reading)) }
        }
        if hour == 24 || hour == 12 { readings.insert(String(hour)) }
        // A time as a transcript writes it, its digits run together (`603` for 6:03).
        if hour > 0, hour <= 24 { readings.insert("\(hour)\(minutes)") }
      } else if let hour = Int(key), (0...24).contains(hour) {
        for reading in [hour % 24, (hour + 12) % 24] { readings.insert("t\(reading):00") }
      } else if key.count == 3 || key.count == 4, let value = Int(key), value % 100 < 60,
        (1...24).contains(value / 100)
      {
        // `603 right now on this Wednesday morning` ↔ `Сейчас 6:03 утра`.
        let minutes = value % 100 < 10 ? "0\(value % 100)" : "\(value % 100)"
        for reading in [value / 100 % 24, (value / 100 + 12) % 24] {
          readings.insert("t\(reading):\(minutes)")
        }
      }
    }
    return readings
  }

  /// Whether the numbers of `self` and `other` agree, optional ones vouching on either side.
  func numbersAgree(with other: TranslationFacts) -> Bool {
    let (mine, theirs) = unmatchedNumbers(against: other)
    return mine.isEmpty && theirs.isEmpty
  }

  /// The dates and months of `self` and of `other` that the other side lacks, as written.
  ///
  /// A date on one side matches the same month on the other with that day written as a
  /// plain number or a number word anywhere in the text (`the 4th of January` ↔ `4 января`,
  /// `February 2` ↔ `второе февраля`).
  func unmatchedDates(against other: TranslationFacts) -> (mine: [String], theirs: [String]) {
    (Self.lackingDates(self, other), Self.lackingDates(other, self))
  }

  private static func lackingDates(_ side: TranslationFacts, _ other: TranslationFacts)
    -> [String]
  {
    var lacking: [String] = []
    for (key, text) in side.dates.sorted(by: { $0.key < $1.key }) where other.dates[key] == nil {
      let parts = key.split(separator: "-")
      let month = parts.first.map(String.init) ?? ""
      let day = parts.last.map(String.init) ?? ""
      let dayElsewhere =
        other.months[month] != nil
        && (other.numbers[day] != nil || other.optionalNumbers.contains(day))
      if !dayElsewhere { lacking.append(text) }
    }
    for (key, text) in side.months.sorted(by: { $0.key < $1.key }) where other.months[key] == nil {
      if !side.dates.keys.contains(where: { $0.hasPrefix(key + "-") }) { lacking.append(text) }
    }
    return lacking
  }

  /// Whether the dates and months of `self` and `other` agree.
  func datesAgree(with other: TranslationFacts) -> Bool {
    let (mine, theirs) = unmatchedDates(against: other)
    return mine.isEmpty && theirs.isEmpty
  }

  /// The facts of `text`, in `language`, with the month names `vocabulary` finds.
  init(_ text: String, language: Language, vocabulary: FactVocabulary) {
    let tokens = FactToken.tokens(of: text, language: language, vocabulary: vocabulary)
    var days: Set<Int> = []
    for (position, token) in tokens.enumerated() {
      guard case .word(let word) = token.kind, let month = token.word?.month else { continue }
      // English "May" before a pronoun or an article is the verb (`May I ask`, `May the
      // talks succeed`), not the month; the next word is judged as written, since `I` also
      // reads as a Roman numeral.
      if language == .english, word.lowercased() == "may", tokens.indices.contains(position + 1),
        Self.afterVerbMay.contains(tokens[position + 1].text.lowercased())
      {
        continue
      }
      if months[month] == nil { months[month] = token.text }
      let before = position - 1
      let after = position + 1
      var found: [Int] = []
      if tokens.indices.contains(after), tokens[after].day != nil {
        found = [after]
        if tokens[after].rangeFollows, tokens.indices.contains(after + 1) {
          found.append(after + 1)
        }
      } else if tokens.indices.contains(before), tokens[before].day != nil {
        found = [before]
        if before > 0, tokens[before - 1].rangeFollows { found.append(before - 1) }
      }
      for index in found {
        if let day = tokens[index].day {
          let written =
            index < position
            ? "\(tokens[index].text) \(token.text)" : "\(token.text) \(tokens[index].text)"
          if dates["\(month)-\(day)"] == nil { dates["\(month)-\(day)"] = written }
          days.insert(index)
        }
      }
    }
    for (position, token) in tokens.enumerated().dropLast()
    where token.rangeFollows && !days.contains(position) && !days.contains(position + 1) {
      if let pair = Self.joined(token, tokens[position + 1]) { joinedNumbers.append(pair) }
    }
    for (position, token) in tokens.enumerated() where !days.contains(position) {
      switch token.kind {
      case .number(let value), .time(let value):
        if numbers[value] == nil { numbers[value] = token.text }
        switch token.unit {
        case .imperial?: imperialNumbers.insert(value)
        case .metric?: metricNumbers.insert(value)
        case nil: break
        }
      case .spelled(let value):
        optionalNumbers.insert(value)
        if let code = token.code {
          let key = code.lowercased()
          if codes[key] == nil { codes[key] = code }
        }
      case .word:
        if token.word?.values.unit == .metric { namesMetricUnit = true }
      }
    }
  }

  /// Two numbers joined by a dash as one: their digits run together, and the time they
  /// make when the first has two digits at most and reads as an hour and the second has two
  /// and reads as minutes (`04-30`).
  private static func joined(_ first: FactToken, _ second: FactToken) -> JoinedNumber? {
    guard case .number(let firstKey) = first.kind, case .number(let secondKey) = second.kind,
      (first.text + second.text).allSatisfy({ $0.isASCII && $0.isNumber })
    else { return nil }
    let digits = (first.text + second.text).drop { $0 == "0" }
    var readings: Set<String> = [digits.isEmpty ? "0" : String(digits)]
    if first.text.count <= 2, second.text.count == 2, let hour = Int(first.text), hour <= 24,
      let minute = Int(second.text), minute < 60
    {
      readings.insert("t\(hour):\(second.text)")
    }
    return JoinedNumber(parts: [firstKey, secondKey], readings: readings)
  }

  private static let afterVerbMay: Set<String> = [
    "i", "you", "we", "they", "he", "she", "it", "god", "the", "this", "that", "these", "those",
    "all", "your", "our", "their", "his", "her", "my", "each", "every", "no",
    // The verb's own company: `may be`, `may not`, `may have`, `may well`.
    "be", "not", "have", "well", "never", "also",
  ]
}
