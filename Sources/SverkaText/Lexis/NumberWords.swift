// Numbers written as words and the scale words that multiply a number, read from
// `Resources/number-words.tsv` and `Resources/number-scales.tsv`.

/// The number words of both languages, lower case, as the translation check reads them.
package enum NumberWords {
  /// The value of each spelled-out number in any listed form (`three`, `трёх`, `twice`,
  /// `дважды`); a form listed under two numbers keeps the later.
  package static let values: [String: Int] = {
    var table: [String: Int] = [:]
    for columns in LexisFile.rows(PackageResources.number_words_tsv) where columns.count == 2 {
      guard let value = Int(columns[0]) else { continue }
      for word in columns[1].split(separator: " ") { table[String(word)] = value }
    }
    return table
  }()

  /// The factor of each scale word or abbreviation (`thousand`, `тыс`, `bn`, `млрд`).
  package static let scales: [String: Double] = {
    var table: [String: Double] = [:]
    for columns in LexisFile.rows(PackageResources.number_scales_tsv) where columns.count == 2 {
      guard let value = Double(columns[0]) else { continue }
      for word in columns[1].split(separator: " ") { table[String(word)] = value }
    }
    return table
  }()
}
