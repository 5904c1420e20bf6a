// The word lists of both languages, each read from its one resource file in `Resources/`:
// the single home every stage takes its lists from.

/// The word lists the stages share, one resource file a list and a language.
///
/// Files hold one entry a line; blank lines and lines starting with `#` are comments, and
/// each file's header says what belongs in it. Months live in ``Months``, numbers written
/// as words in ``NumberWords``.
package enum Lexis {
  /// The most UTF-8 bytes a word of either language has: the longest dictionary words run to
  /// about 30 letters, 60 bytes in Cyrillic. A longer run of letters (a line of one letter
  /// repeated, a base64 blob) is no word; stages that look words up give it no stem, lexicon
  /// entry or transliteration, which on a run of millions of letters would cost time
  /// quadratic in its length.
  package static let longestWord = 128

  /// Abbreviations that may end a sentence, mostly units, dates and acronyms (`U.S.`,
  /// `p.m.`, `тыс.`), with their final full stop.
  package static let abbreviations = Bilingual(
    english: PackageResources.abbreviations_en_txt, russian: PackageResources.abbreviations_ru_txt
  ).map(LexisFile.entries)

  /// Abbreviations that never end a sentence: titles and words that lead into what follows
  /// (`Mr.`, `e.g.`, `г-н`), with their final full stop.
  package static let prefixes = Bilingual(
    english: PackageResources.prefixes_en_txt, russian: PackageResources.prefixes_ru_txt
  ).map(LexisFile.entries)

  /// Abbreviations that close an enumeration (`etc.`, `и т. д.`), with their final full stop.
  package static let listEnds = Bilingual(
    english: PackageResources.list_ends_en_txt, russian: PackageResources.list_ends_ru_txt
  ).map(LexisFile.entries)

  /// Capitalised titles, institutions and places that run on after an abbreviation; an
  /// entry ending in `*` stands for every word that begins with it (`Росси*`).
  package static let names = Bilingual(
    english: PackageResources.names_en_txt, russian: PackageResources.names_ru_txt
  ).map(LexisFile.entries)

  /// Words that start a sentence written in lower case in web text (`i`, `they`; `я`).
  package static let lowercaseStarts = Bilingual(
    english: PackageResources.lowercase_starts_en_txt,
    russian: PackageResources.lowercase_starts_ru_txt
  ).map(LexisFile.entries)

  /// Function words in the segmenter's view: words that never end a sentence or a heading,
  /// lower case (`the`, `of`; `и`, `в`), read from `function-words-*.txt`.
  package static let functionWords = functionWordFiles.map { $0.segment }

  /// Function words in the aligner's view: words that say nothing about which sentence
  /// translates which, lower case, with the endings left by `72nd` or `72-й`; read from the
  /// same `function-words-*.txt` as ``functionWords``.
  package static let stopwords = functionWordFiles.map { $0.align }

  /// The negation words of each language, in each stage's view, read from `negations-*.txt`.
  package static let negations = Bilingual(
    english: Negations(PackageResources.negations_en_txt),
    russian: Negations(PackageResources.negations_ru_txt))

  /// The start every form of a weekday's name has, lower case, English names and Russian
  /// stems from Monday on (`monday`, `сред`), read from `weekdays.tsv`.
  package static let weekdayPrefixes: [String] = {
    let rows = LexisFile.rows(PackageResources.weekdays_tsv).filter { $0.count == 2 }
    return rows.map { String($0[0]) } + rows.map { String($0[1]) }
  }()

  /// The endings of Russian full adjectives and participles in every case and number
  /// (`ый`, `ого`, `ими`), lower case, read from `adjective-endings-ru.txt`.
  package static let russianAdjectiveEndings = LexisFile.entries(
    PackageResources.adjective_endings_ru_txt)

  /// The endings of English adjectives made from place names (`ian`, `ese`, `ish`), longest
  /// first, read from `place-adjective-endings-en.txt`.
  package static let englishPlaceAdjectiveEndings = LexisFile.entries(
    PackageResources.place_adjective_endings_en_txt
  ).sorted { ($0.count, $0) > ($1.count, $1) }

  /// The bilingual lexicon's text: `english<TAB>russian[, russian…]` a line.
  package static let lexiconTSV = String(
    decoding: PackageResources.lexicon_en_ru_tsv, as: UTF8.self)

  /// Names translated rather than transliterated (`britain` ↔ `великобритания`), in the
  /// lexicon's format, for the translation check's names.
  package static let translatedNamesTSV = String(
    decoding: PackageResources.translated_names_en_ru_tsv, as: UTF8.self)

  /// Both views of the function-word files: an entry is in both unless a tab and `segment`
  /// or `align` after it names its only one.
  private static let functionWordFiles = Bilingual(
    english: PackageResources.function_words_en_txt,
    russian: PackageResources.function_words_ru_txt
  ).map { bytes in
    var views: (segment: Set<String>, align: Set<String>) = ([], [])
    for line in LexisFile.lines(bytes) {
      let columns = line.split(separator: "\t")
      guard let word = columns.first.map(String.init) else { continue }
      let view = columns.count > 1 ? columns[1].trimmingWhitespace() : ""
      if view != "align" { views.segment.insert(word) }
      if view != "segment" { views.align.insert(word) }
    }
    return views
  }
}
