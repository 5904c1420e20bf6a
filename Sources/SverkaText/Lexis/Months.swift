// The month names of both languages, read from `Resources/months.tsv`: the one list behind
// datelines, alignment anchors, translation facts and the diff's severity rules.

/// The twelve months in English and Russian, and the views each stage needs of them.
///
/// Every view takes a lower-case word and answers with the month's number, 1 to 12:
/// - ``number(english:)``: an English name or abbreviation as a whole word (`june`, `sept`);
/// - ``number(russian:)``: a Russian word in any case form (`июня`, `июне`, `мае`);
/// - ``number(dateline:)``: a word as a page's dateline prints it, English or Russian
///   (`june`, `июня`, `июнь`), matched whole;
/// - ``startsWithMonth(_:)``: a loose prefix test on either language, for a word that may be
///   a month in any form or spelling (`Junes`, `сентябрьский`).
package enum Months {
  /// The month of an English name or abbreviation, matched whole.
  package static func number(english word: some StringProtocol) -> Int? {
    table.english[String(word)]
  }

  /// The month of a Russian word in any case form: one of the listed forms, or a word
  /// that starts with a month's stem.
  package static func number(russian word: String) -> Int? {
    if let month = table.russian[word] { return month }
    for (index, stem) in table.stems.enumerated() where word.hasPrefix(stem) {
      return index + 1
    }
    return nil
  }

  /// The month of a dateline's word: an English or a listed Russian form, matched whole.
  package static func number(dateline word: String) -> Int? {
    table.english[word] ?? table.russian[word]
  }

  /// Whether `word` starts like a month of either language, with at most six letters more:
  /// an English month's first three letters, a Russian stem or a Russian form that does not
  /// start with its stem (`май`, `мае`).
  package static func startsWithMonth(_ word: String) -> Bool {
    table.prefixes.contains { word.hasPrefix($0) && word.count <= $0.count + 6 }
  }

  private struct Table {
    var english: [String: Int] = [:]
    var russian: [String: Int] = [:]
    var stems: [String] = []
    var prefixes: [String] = []
  }

  private static let table: Table = {
    var table = Table()
    for (index, columns) in LexisFile.rows(PackageResources.months_tsv).enumerated() {
      guard columns.count == 3 else { continue }
      let english = columns[0].split(separator: " ").map(String.init)
      let russian = columns[1].split(separator: " ").map(String.init)
      let stem = String(columns[2])
      for form in english { table.english[form] = index + 1 }
      for form in russian { table.russian[form] = index + 1 }
      table.stems.append(stem)
      if let full = english.first { table.prefixes.append(String(full.prefix(3))) }
      table.prefixes.append(stem)
      table.prefixes += russian.filter { !$0.hasPrefix(stem) }
    }
    return table
  }()
}
