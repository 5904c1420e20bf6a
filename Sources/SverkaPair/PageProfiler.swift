// Turns read statements into page profiles through the aligner's feature extractor.

import SverkaAlign
import SverkaModel

/// Makes ``PageProfile``s of statements, all against one table of concepts.
///
/// The concepts are those the aligner uses ( ``Lexicon`` translations through Snowball
/// stems, cognate keys through ICU's `Russian-Latin/BGN`, numbers, months and acronyms), so
/// pairing and alignment weigh the same evidence. Not safe to share between tasks: profile
/// on one task and read files on others.
public final class PageProfiler {
  private let extractor: FeatureExtractor

  /// Creates a profiler.
  ///
  /// - Parameter lexicon: the bilingual word list that links English and Russian words.
  public init(lexicon: Lexicon = .builtIn) {
    extractor = FeatureExtractor(prepared: .of(lexicon))
  }

  /// The profile of `statement`, named `path`.
  ///
  /// - Parameters:
  ///   - statement: the page as read; sentences are not needed.
  ///   - path: the name to report the page by.
  /// - Returns: the page's evidence.
  /// - Complexity: O(*n*) in the length of the page, plus the analysis of new words.
  public func profile(_ statement: Statement, path: String) -> PageProfile {
    var words: [Int32] = []
    var anchors: [Int32] = []
    var length = 0
    for paragraph in statement.paragraphs {
      let features = extractor.features(of: paragraph.text, language: statement.language)
      words += features.words
      anchors += features.anchors
      length += Int(features.length)
    }
    return PageProfile(
      path: path, language: statement.language,
      minutes: statement.dateline.map(Self.minutes(of:)),
      paragraphCount: statement.paragraphs.count, length: length,
      words: UnitFeatures.sortedUnique(words), anchors: UnitFeatures.sortedUnique(anchors))
  }

  /// The concept keys by id (`c:lavr`, `r:соглашен`, `n:2018`, `m:6`, `a:nato`), for
  /// reporting evidence.
  func conceptKeys() -> [String] {
    var keys = [String](repeating: "", count: extractor.ids.count)
    for (key, id) in extractor.ids { keys[Int(id)] = key }
    return keys
  }

  /// Minutes since 1970-01-01 00:00 of a dateline (days from the civil calendar).
  static func minutes(of dateline: Dateline) -> Int {
    let year = dateline.month <= 2 ? dateline.year - 1 : dateline.year
    let era = (year >= 0 ? year : year - 399) / 400
    let yearOfEra = year - era * 400
    let monthIndex = (dateline.month + 9) % 12
    let dayOfYear = (153 * monthIndex + 2) / 5 + dateline.day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    let days = era * 146_097 + dayOfEra - 719_468
    return (days * 24 + dateline.hour) * 60 + dateline.minute
  }
}
