// The acronyms of both languages and the one spelling they meet on, read from
// `Resources/acronyms.tsv`: `НАТО` and `NATO`, `США` and `US`/`USA`.

/// Acronyms of English and Russian and the shared (English) spelling of each.
package enum Acronyms {
  /// The shared spelling of a lower-case English acronym, `nil` when it is not listed.
  package static func shared(english word: String) -> String? {
    table.english[word]
  }

  /// The shared spelling of a lower-case Russian acronym, `nil` when it is not listed.
  package static func shared(russian word: String) -> String? {
    table.russian[word]
  }

  private static let table: (english: [String: String], russian: [String: String]) = {
    var english: [String: String] = [:]
    var russian: [String: String] = [:]
    for columns in LexisFile.rows(PackageResources.acronyms_tsv) {
      guard let shared = columns.first.map(String.init) else { continue }
      english[shared] = shared
      for form in columns.dropFirst().first?.split(separator: " ") ?? [] {
        russian[String(form)] = shared
      }
      for form in columns.dropFirst(2).first?.split(separator: " ") ?? [] {
        english[String(form)] = shared
      }
    }
    return (english, russian)
  }()
}
