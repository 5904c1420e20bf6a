// The checks translation mode runs on each pair of aligned paragraphs.

import Foundation
import SverkaModel

/// Says why two aligned paragraphs of an English and a Russian edition are inconsistent.
///
/// Numbers, dates and months are compared over the whole link (see ``TranslationFacts``),
/// names sentence link by sentence link (see ``NameMatcher``), so a name that the other
/// side uses elsewhere in the paragraph does not hide a difference. The length ratio is
/// judged against the document's median over its one-to-one paragraph links of at least
/// ``minimumLength`` characters a side, with a
/// tolerance of four median absolute deviations (at least 0.3 in log ratio), so a
/// translation that is wordier throughout is not an outlier.
final class TranslationInspector {
  private let english: Statement
  private let russian: Statement
  private let names: NameMatcher
  private let median: Double
  private let spread: Double

  /// Prepares the checks for the links of `english` and `russian`.
  init(english: Statement, russian: Statement, links: [ParagraphLink]) throws {
    self.english = english
    self.russian = russian
    names = try NameMatcher()
    let ratios = Self.oneToOneRatios(english: english, russian: russian, links: links)
    let middle = ratios.isEmpty ? 0 : ratios[ratios.count / 2]
    median = middle
    let deviations = ratios.map { abs($0 - middle) }.sorted()
    spread = max(0.3, 4 * (deviations.isEmpty ? 0 : deviations[deviations.count / 2]))
  }

  /// The sorted log length ratios of the one-to-one paragraph links.
  private static func oneToOneRatios(
    english: Statement, russian: Statement, links: [ParagraphLink]
  ) -> [Double] {
    links.compactMap { link -> Double? in
      guard link.english.count == 1, link.russian.count == 1 else { return nil }
      return logRatio(
        english.paragraphs[link.english[0]].text, russian.paragraphs[link.russian[0]].text)
    }.sorted()
  }

  /// The reasons, sorted, why `link` is inconsistent; empty when it is not.
  func reasons(_ link: ParagraphLink) throws -> [ChangeReason] {
    let enSentences = link.english.flatMap { english.paragraphs[$0].sentences.map(\.text) }
    let ruSentences = link.russian.flatMap { russian.paragraphs[$0].sentences.map(\.text) }
    let enText = link.english.map { english.paragraphs[$0].text }.joined(separator: "\n")
    let ruText = link.russian.map { russian.paragraphs[$0].text }.joined(separator: "\n")
    var reasons = Set<ChangeReason>()
    if hasUnmatchedSentence(link, enSentences, ruSentences) {
      reasons.insert(.sentenceUnmatched)
    }
    let enFacts = TranslationFacts(enText, language: .english)
    let ruFacts = TranslationFacts(ruText, language: .russian)
    if !enFacts.numbersAgree(with: ruFacts) { reasons.insert(.numberMismatch) }
    if enFacts.dates != ruFacts.dates || enFacts.months != ruFacts.months {
      reasons.insert(.dateMismatch)
    }
    let sentencePairs =
      link.sentences.isEmpty
      ? [(enSentences, ruSentences)]
      : link.sentences.map { sentence in
        (
          sentence.english.map { enSentences[$0] }, sentence.russian.map { ruSentences[$0] }
        )
      }
    for (en, ru) in sentencePairs where !en.isEmpty && !ru.isEmpty {
      if try !names.unmatched(english: en, russian: ru).isEmpty {
        reasons.insert(.nameMismatch)
        break
      }
    }
    if let ratio = Self.logRatio(enText, ruText), abs(ratio - median) > spread {
      reasons.insert(.lengthRatioOutlier)
    }
    return reasons.sorted()
  }

  /// Whether a sentence of `link` has no counterpart.
  ///
  /// A 1-0 link next to a 0-1 link is the aligner hesitating rather than a sentence left
  /// out, when the two sentences could translate each other: their length ratio is within
  /// the document's tolerance (at least 0.5 in log ratio) and their numbers and dates agree.
  private func hasUnmatchedSentence(
    _ link: ParagraphLink, _ enSentences: [String], _ ruSentences: [String]
  ) -> Bool {
    let links = link.sentences
    for (index, sentence) in links.enumerated()
    where sentence.english.isEmpty || sentence.russian.isEmpty {
      let partner = [index - 1, index + 1].first { other in
        links.indices.contains(other)
          && (sentence.english.isEmpty
            ? links[other].russian.isEmpty : links[other].english.isEmpty)
      }
      guard let partner else { return true }
      let pair = sentence.english.isEmpty ? (links[partner], sentence) : (sentence, links[partner])
      let english = pair.0.english.map { enSentences[$0] }.joined(separator: " ")
      let russian = pair.1.russian.map { ruSentences[$0] }.joined(separator: " ")
      let ratio = log(Double(max(1, russian.count)) / Double(max(1, english.count)))
      let enFacts = TranslationFacts(english, language: .english)
      let ruFacts = TranslationFacts(russian, language: .russian)
      let plausible =
        abs(ratio - median) <= max(spread, 0.5) && enFacts.numbersAgree(with: ruFacts)
        && enFacts.dates == ruFacts.dates && enFacts.months == ruFacts.months
      if !plausible { return true }
    }
    return false
  }

  /// The characters each side needs before its length ratio is judged.
  static let minimumLength = 120

  /// The log of the Russian length over the English, for texts long enough to say.
  private static func logRatio(_ english: String, _ russian: String) -> Double? {
    let en = english.unicodeScalars.count
    let ru = russian.unicodeScalars.count
    // Headings and one-line answers vary too much in length to say anything.
    return en >= minimumLength && ru >= minimumLength ? log(Double(ru) / Double(en)) : nil
  }
}
