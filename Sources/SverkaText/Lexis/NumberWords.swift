// Numbers written as words, the scale words that multiply a number, the words that make it
// an hour of the day and the units translators convert, read from `Resources/number-words.tsv`,
// `number-scales.tsv`, `hour-words.tsv` and `measure-units.tsv`.

/// The number words of both languages, lower case, as the translation check reads them.
package enum NumberWords {
  /// The value of each spelled-out number in any listed form (`three`, `трёх`, `twice`,
  /// `дважды`); a form listed under two numbers keeps the later.
  package static let values: [String: Int] = table(PackageResources.number_words_tsv) {
    Int($0)
  }

  /// The factor of each scale word or abbreviation (`thousand`, `тыс`, `bn`, `млрд`).
  package static let scales: [String: Double] = table(PackageResources.number_scales_tsv) {
    Double($0)
  }

  /// The hours each word after a number adds to it on the 24-hour clock (`вечера`, `pm`: 12;
  /// `утра`, `часов`, `am`: 0).
  package static let hourShifts: [String: Int] = table(PackageResources.hour_words_tsv) {
    Int($0)
  }

  /// The system of each unit of measure that translators convert to the other (`miles`,
  /// `ft`: `imperial`; `km`, `метров`: `metric`).
  package static let unitSystems: [String: UnitSystem] = table(
    PackageResources.measure_units_tsv
  ) { UnitSystem(rawValue: String($0)) }

  /// A system of units of measure.
  package enum UnitSystem: String, Sendable {
    /// Miles, feet, pounds, gallons: what English editions in the United States use.
    case imperial
    /// Kilometres, metres, kilograms, litres: what Russian editions convert them to.
    case metric
  }

  /// The words of a resource whose rows are a value, a tab and words separated by spaces,
  /// each mapped to its row's value; a row whose value does not parse is skipped.
  private static func table<Value>(_ resource: [UInt8], _ parse: (Substring) -> Value?)
    -> [String: Value]
  {
    var table: [String: Value] = [:]
    for columns in LexisFile.rows(resource) where columns.count == 2 {
      guard let value = parse(columns[0]) else { continue }
      for word in columns[1].split(separator: " ") { table[String(word)] = value }
    }
    return table
  }
}
