// The abbreviation lists of one language, read from the data files embedded in the
// library, and the part each abbreviation plays at a full stop.

/// What a known abbreviation does at the full stop that ends it.
enum AbbreviationKind: Sendable {
  /// Never ends a sentence: a title or a word that leads into what follows (`Mr.`, `т.е.`).
  case prefix
  /// May end a sentence: a capitalised word after it starts a new one (`etc.`, `т.д.`).
  case terminal
}

/// The abbreviations and continuation words of one language.
///
/// Entries are kept with their final full stop, exactly as written in the lists; the
/// rules look them up with the token before a full stop, first as written and then with
/// its first letter lowered, so that `См.` at the start of a sentence finds `см.`.
struct Abbreviations: Sendable {
  private let prefixes: Set<String>
  private let terminals: Set<String>
  /// Capitalised words that go on after an acronym such as `U.S.` (`President`, `Army`).
  let continuations: Set<String>

  /// The lists for `language`, from the embedded data files.
  init(language: Language) {
    switch language {
    case .english:
      self.init(
        prefixes: PackageResources.prefixes_en_txt,
        terminals: PackageResources.abbreviations_en_txt,
        continuations: PackageResources.continuations_en_txt)
    case .russian:
      self.init(
        prefixes: PackageResources.prefixes_ru_txt,
        terminals: PackageResources.abbreviations_ru_txt,
        continuations: PackageResources.continuations_ru_txt)
    }
  }

  /// Lists from the bytes of data files: one entry a line, `#` lines are comments.
  init(prefixes: [UInt8], terminals: [UInt8], continuations: [UInt8]) {
    self.prefixes = Self.entries(prefixes)
    self.terminals = Self.entries(terminals)
    self.continuations = Self.entries(continuations)
  }

  /// The kind of `abbreviation` (with its final full stop), or `nil` when it is unknown.
  ///
  /// An entry in both lists, such as Russian `г.` (year after a number, town before a
  /// name), is terminal after a number and a prefix elsewhere.
  /// A capitalised form is looked up lowered too, except a lone capital, which is an
  /// initial (`В. Путин`), not `в.`.
  func kind(of abbreviation: String, afterNumber: Bool) -> AbbreviationKind? {
    if let kind = exactKind(of: abbreviation, afterNumber: afterNumber) { return kind }
    guard let first = abbreviation.first, first.isUppercase, abbreviation.count > 2 else {
      return nil
    }
    let lowered = first.lowercased() + abbreviation.dropFirst()
    return exactKind(of: lowered, afterNumber: afterNumber)
  }

  private func exactKind(of abbreviation: String, afterNumber: Bool) -> AbbreviationKind? {
    let isTerminal = terminals.contains(abbreviation)
    if isTerminal && afterNumber { return .terminal }
    if prefixes.contains(abbreviation) { return .prefix }
    return isTerminal ? .terminal : nil
  }

  static func entries(_ bytes: [UInt8]) -> Set<String> {
    var result: Set<String> = []
    for line in bytes.split(separator: UInt8(ascii: "\n")) {
      let entry = String(decoding: line, as: UTF8.self).trimmingWhitespace()
      if !entry.isEmpty && !entry.hasPrefix("#") { result.insert(String(entry)) }
    }
    return result
  }
}
