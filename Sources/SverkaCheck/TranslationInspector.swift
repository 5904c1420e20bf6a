// The checks translation mode runs on each pair of aligned paragraphs.

import Foundation
import SverkaModel
import SverkaText

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
  private let english: SegmentedStatement
  private let russian: SegmentedStatement
  private let names: NameMatcher
  /// The words of every sentence of both editions, read once for every inspector.
  private let words: DocumentWords
  /// The facts of every paragraph of both editions, read before the links were known.
  private let facts: DocumentFacts
  private let vocabulary = FactVocabulary()
  private let median: Double
  private let spread: Double
  private let checksNegation: Bool

  /// Prepares the checks for the links of `english` and `russian`, whose length ratio is
  /// `ratio` (``lengthRatio(english:russian:links:)``, worked out once for every inspector).
  init(
    english: SegmentedStatement, russian: SegmentedStatement,
    ratio: (median: Double, spread: Double), checksNegation: Bool, words: DocumentWords,
    facts: DocumentFacts
  )
    throws
  {
    self.english = english
    self.russian = russian
    self.checksNegation = checksNegation
    self.words = words
    self.facts = facts
    names = try NameMatcher()
    (median, spread) = ratio
  }

  /// The median log length ratio of the document's one-to-one paragraph links, and the
  /// tolerance around it: four median absolute deviations, at least 0.3.
  static func lengthRatio(
    english: SegmentedStatement, russian: SegmentedStatement, links: [ParagraphLink]
  ) -> (median: Double, spread: Double) {
    let ratios = oneToOneRatios(english: english, russian: russian, links: links)
    let middle = ratios.isEmpty ? 0 : ratios[ratios.count / 2]
    let deviations = ratios.map { abs($0 - middle) }.sorted()
    return (middle, max(0.3, 4 * (deviations.isEmpty ? 0 : deviations[deviations.count / 2])))
  }

  /// The sorted log length ratios of the one-to-one paragraph links.
  private static func oneToOneRatios(
    english: SegmentedStatement, russian: SegmentedStatement, links: [ParagraphLink]
  ) -> [Double] {
    links.compactMap { link -> Double? in
      guard link.english.count == 1, link.russian.count == 1 else { return nil }
      return logRatio(
        english.paragraphs[link.english[0]].text, russian.paragraphs[link.russian[0]].text)
    }.sorted()
  }

  /// The reasons, sorted, why `link` is inconsistent, each with its evidence (English as
  /// `onlyInA`, Russian as `onlyInB`); empty when the link is consistent.
  func evidence(_ link: ParagraphLink) throws -> [ReasonEvidence] {
    let enSentences = link.english.flatMap { english.paragraphs[$0].sentences.map(\.text) }
    let ruSentences = link.russian.flatMap { russian.paragraphs[$0].sentences.map(\.text) }
    let enText = link.english.map { english.paragraphs[$0].text }.joined(separator: "\n")
    let ruText = link.russian.map { russian.paragraphs[$0].text }.joined(separator: "\n")
    var found: [ReasonEvidence] = []
    let unmatched = unmatchedSentences(link, enSentences, ruSentences)
    if !unmatched.english.isEmpty || !unmatched.russian.isEmpty {
      found.append(
        ReasonEvidence(
          reason: .sentenceUnmatched, onlyInA: unmatched.english.map { $0.joinedLines() },
          onlyInB: unmatched.russian.map { $0.joinedLines() }))
    }
    // A side of one paragraph has that paragraph's facts, already read.
    let enFacts =
      link.english.count == 1
      ? facts.english[link.english[0]]
      : TranslationFacts(enText, language: .english, vocabulary: vocabulary)
    let ruFacts =
      link.russian.count == 1
      ? facts.russian[link.russian[0]]
      : TranslationFacts(ruText, language: .russian, vocabulary: vocabulary)
    var numbers = enFacts.unmatchedNumbers(against: ruFacts)
    if !numbers.mine.isEmpty || !numbers.theirs.isEmpty {
      let restated = restatedNumbers(link, enSentences, ruSentences)
      numbers.mine.removeAll { restated.english.contains($0) }
      numbers.theirs.removeAll { restated.russian.contains($0) }
    }
    if !numbers.mine.isEmpty || !numbers.theirs.isEmpty {
      found.append(
        ReasonEvidence(reason: .numberMismatch, onlyInA: numbers.mine, onlyInB: numbers.theirs))
    }
    let dates = enFacts.unmatchedDates(against: ruFacts)
    if !dates.mine.isEmpty || !dates.theirs.isEmpty {
      found.append(
        ReasonEvidence(reason: .dateMismatch, onlyInA: dates.mine, onlyInB: dates.theirs))
    }
    if let names = nameEvidence(link) { found.append(names) }
    if checksNegation, let negation = negationEvidence(link, enSentences, ruSentences) {
      found.append(negation)
    }
    if let ratio = Self.logRatio(enText, ruText), abs(ratio - median) > spread {
      found.append(
        ReasonEvidence(
          reason: .lengthRatioOutlier, onlyInA: ["\(enText.count) characters"],
          onlyInB: ["\(ruText.count) characters"]))
    }
    return found.sorted { $0.reason < $1.reason }
  }

  /// The numbers, as written, that a sentence `link` pairs one to one has on one side only,
  /// with no other number in their place on the other side.
  ///
  /// Such a number is a change only where the sentences do not pair: where they do, the
  /// sentence was translated, and its number restated in words, rounded, converted
  /// or left out as a figure of speech (`after 4 months` ↔ `после четырёх месяцев`, `not
  /// 100% of course` ↔ `не всегда, конечно`, `4000ft` ↔ `больше километра`). It is judged
  /// sentence pair by sentence pair, so a number put for another in its sentence (`Chapter 1`
  /// ↔ `Глава 2`) is a change even when the other number stands elsewhere in the paragraph,
  /// and a number restated in one sentence does not hide one added in another. Sentence
  /// links may be a sentence off, so a number on the other side in a neighbouring sentence
  /// link is in its place too. Sentences pair one to one, or unevenly (a sentence translated
  /// as two, `… (not 100% of course) @user yeah, …` ↔ `… (не всегда, конечно). @user Да, …`)
  /// with a length ratio within the document's tolerance; a sentence dropped or added takes
  /// its numbers into a one-sided link, or into an uneven one off the ratio.
  private func restatedNumbers(
    _ link: ParagraphLink, _ enSentences: [String], _ ruSentences: [String]
  ) -> (english: Set<String>, russian: Set<String>) {
    // The numbers each sentence link that pairs has on one side only.
    let unmatched = link.sentences.map { sentence -> (mine: [String], theirs: [String])? in
      guard !sentence.english.isEmpty, !sentence.russian.isEmpty else { return nil }
      let enText = sentence.english.map { enSentences[$0] }.joined(separator: " ")
      let ruText = sentence.russian.map { ruSentences[$0] }.joined(separator: " ")
      if sentence.english.count != 1 || sentence.russian.count != 1 {
        guard offMedian(english: enText.count, russian: ruText.count) <= sentenceTolerance else {
          return nil
        }
      }
      let en = TranslationFacts(enText, language: .english, vocabulary: vocabulary)
      let ru = TranslationFacts(ruText, language: .russian, vocabulary: vocabulary)
      return en.unmatchedNumbers(against: ru)
    }
    var english: Set<String> = []
    var russian: Set<String> = []
    for (index, numbers) in unmatched.enumerated() {
      guard let numbers else { continue }
      // The place of a number is its sentence and, as sentence links may be off by one,
      // the sentences next to it.
      let place = unmatched[max(0, index - 1)...min(unmatched.count - 1, index + 1)]
      if place.allSatisfy({ $0?.theirs.isEmpty ?? true }) { english.formUnion(numbers.mine) }
      if place.allSatisfy({ $0?.mine.isEmpty ?? true }) { russian.formUnion(numbers.theirs) }
    }
    return (english, russian)
  }

  /// The names of `link` put one for another, judged sentence link by sentence link.
  ///
  /// A name is evidence when its sentence link has, on the other side, a name without
  /// counterpart that does not look like it (``NameMatcher/substitutions(english:russian:)``).
  /// A name on one side only is not, with one exception: translators add a country or a
  /// first name and drop a title freely, and a name left out is left out with its sentence
  /// or its clause, which the other checks see. The exception is a Russian name beyond doubt
  /// that nothing in the whole English paragraph can be the counterpart of
  /// (``NameMatcher/loneRussianNames(_:english:)``): a name put in for an ordinary word.
  private func nameEvidence(_ link: ParagraphLink) -> ReasonEvidence? {
    // The words of each sentence of the link, in the order of its sentences.
    let enSentences = link.english.flatMap { words.english[$0] }
    let ruSentences = link.russian.flatMap { words.russian[$0] }
    let sentencePairs =
      link.sentences.isEmpty
      ? [(enSentences, ruSentences)]
      : link.sentences.map { sentence in
        (sentence.english.map { enSentences[$0] }, sentence.russian.map { ruSentences[$0] })
      }
    var english: [String] = []
    var russian: [String] = []
    var paragraphWords: [NameMatcher.Word]?
    for (en, ru) in sentencePairs where !en.isEmpty && !ru.isEmpty {
      let missing = names.substitutions(english: Self.joined(en), russian: Self.joined(ru))
      if !missing.english.isEmpty && !missing.russian.isEmpty {
        english += missing.english
        russian += missing.russian
      } else if !missing.russian.isEmpty {
        let whole = paragraphWords ?? enSentences.flatMap { $0 }
        paragraphWords = whole
        russian += names.loneRussianNames(ru, english: whole)
      }
    }
    guard !english.isEmpty || !russian.isEmpty else { return nil }
    return ReasonEvidence(
      reason: .nameMismatch, onlyInA: Self.unique(english), onlyInB: Self.unique(russian))
  }

  /// The words of `sentences` in a row; one sentence's own list, not copied word by word.
  private static func joined(_ sentences: [[NameMatcher.Word]]) -> [NameMatcher.Word] {
    sentences.count == 1 ? sentences[0] : sentences.flatMap { $0 }
  }

  /// A one-to-one sentence link whose one side denies what the other affirms, by
  /// ``TranslationNegations``.
  private func negationEvidence(
    _ link: ParagraphLink, _ enSentences: [String], _ ruSentences: [String]
  ) -> ReasonEvidence? {
    var english: [String] = []
    var russian: [String] = []
    for sentence in link.sentences where sentence.english.count == 1 && sentence.russian.count == 1
    {
      guard let enNegations = TranslationNegations.english(enSentences[sentence.english[0]]),
        let ruNegations = TranslationNegations.russian(ruSentences[sentence.russian[0]])
      else { continue }
      if enNegations.isEmpty != ruNegations.isEmpty {
        english += enNegations
        russian += ruNegations
      }
    }
    guard !english.isEmpty || !russian.isEmpty else { return nil }
    return ReasonEvidence(
      reason: .negationChanged, onlyInA: Self.unique(english), onlyInB: Self.unique(russian))
  }

  private static func unique(_ items: [String]) -> [String] {
    var seen = Set<String>()
    return items.filter { seen.insert($0).inserted }
  }

  /// The sentences of `link` without counterpart, English and Russian.
  ///
  /// A 1-0 link near a 0-1 link (up to ``partnerReach`` links away) is the aligner
  /// hesitating rather than a sentence left out, when the two sentences could translate each
  /// other (``couldTranslate(_:_:)``). A sentence alone is reported only when it says
  /// something (``isSubstantive(_:_:_:)``) and is not the rest of a neighbour's translation
  /// (``isCovered(_:by:_:_:_:)``).
  private func unmatchedSentences(
    _ link: ParagraphLink, _ enSentences: [String], _ ruSentences: [String]
  ) -> (english: [String], russian: [String]) {
    var english: [String] = []
    var russian: [String] = []
    let links = link.sentences
    // A sentence the aligner folded into an uneven link (2-1, 1-2 …) whose lengths are far
    // from the document's ratio: the longer side's sentence whose removal brings the ratio
    // back is taken to have no counterpart.
    for sentence in links
    where !sentence.english.isEmpty && !sentence.russian.isEmpty
      && sentence.english.count != sentence.russian.count
    {
      let en = sentence.english.map { enSentences[$0] }
      let ru = sentence.russian.map { ruSentences[$0] }
      let enLength = en.reduce(0) { $0 + $1.count }
      let ruLength = ru.reduce(0) { $0 + $1.count }
      let ratio = LengthRatio.of(english: enLength, russian: ruLength)
      guard abs(ratio - median) > sentenceTolerance else { continue }
      if ratio < median, en.count > 1 {
        let best = en.min {
          offMedian(english: enLength - $0.count, russian: ruLength)
            < offMedian(english: enLength - $1.count, russian: ruLength)
        }
        if let best { english.append(best) }
      } else if ratio > median, ru.count > 1 {
        let best = ru.min {
          offMedian(english: enLength, russian: ruLength - $0.count)
            < offMedian(english: enLength, russian: ruLength - $1.count)
        }
        if let best { russian.append(best) }
      }
    }
    // A one-to-one link one side of which is several times the length the document's ratio
    // expects: the aligner paired a sentence with one that lost, or gained, a sentence's
    // worth of text. The longer side is taken to have no counterpart when it says something
    // and no sentence alone next to the link makes up the shorter side.
    for (index, sentence) in links.enumerated()
    where sentence.english.count == 1 && sentence.russian.count == 1 {
      let en = enSentences[sentence.english[0]]
      let ru = ruSentences[sentence.russian[0]]
      let ratio = LengthRatio.of(english: en.count, russian: ru.count)
      guard abs(ratio - median) > Self.lopsidedRatio else { continue }
      let englishLonger = ratio < median
      let longer = ParagraphLink.SentenceLink(
        english: englishLonger ? sentence.english : [],
        russian: englishLonger ? [] : sentence.russian, score: sentence.score)
      let madeUp = [index - 1, index + 1].contains { other in
        links.indices.contains(other)
          && (englishLonger
            ? links[other].english.isEmpty && !links[other].russian.isEmpty
            : links[other].russian.isEmpty && !links[other].english.isEmpty)
      }
      guard !madeUp, isSubstantive(longer, enSentences, ruSentences) else { continue }
      if englishLonger { english.append(en) } else { russian.append(ru) }
    }
    for (index, sentence) in links.enumerated()
    where sentence.english.isEmpty || sentence.russian.isEmpty {
      // The other side's sentences alone near this one, nearest first.
      let partners = (1...Self.partnerReach).flatMap { [index - $0, index + $0] }.filter {
        other in
        links.indices.contains(other)
          && (sentence.english.isEmpty
            ? links[other].russian.isEmpty : links[other].english.isEmpty)
      }
      let paired = partners.contains { partner in
        let pair =
          sentence.english.isEmpty ? (links[partner], sentence) : (sentence, links[partner])
        return couldTranslate(
          pair.0.english.map { enSentences[$0] }.joined(separator: " "),
          pair.1.russian.map { ruSentences[$0] }.joined(separator: " "))
      }
      if !paired, isSubstantive(sentence, enSentences, ruSentences),
        !isCovered(sentence, by: [index - 1, index + 1], links, enSentences, ruSentences)
      {
        english += sentence.english.map { enSentences[$0] }
        russian += sentence.russian.map { ruSentences[$0] }
      }
    }
    return (english, russian)
  }

  /// How far, in log length ratio, a one-to-one sentence link may be from the document's
  /// ratio before its longer side is taken to hold a sentence the other lacks: one side more
  /// than about 3.3 times the length the ratio expects.
  private static let lopsidedRatio = log(3.3)

  /// How many sentence links away a sentence alone on the other side may be and still be
  /// taken for its counterpart: translators move a sentence a place or two.
  private static let partnerReach = 3

  /// How far a sentence link's length ratio may be from the document's: the document's
  /// spread, at least 0.5 in log ratio, as sentences vary more than paragraphs.
  private var sentenceTolerance: Double { max(spread, 0.5) }

  /// How far the length ratio of `english` and `russian` characters is from the document's.
  private func offMedian(english: Int, russian: Int) -> Double {
    abs(LengthRatio.of(english: english, russian: russian) - median)
  }

  /// Whether two sentences could translate each other: their length ratio within the
  /// document's tolerance (at least 0.5 in log ratio), their numbers and dates the same.
  private func couldTranslate(_ english: String, _ russian: String) -> Bool {
    guard offMedian(english: english.count, russian: russian.count) <= sentenceTolerance else {
      return false
    }
    let enFacts = TranslationFacts(english, language: .english, vocabulary: vocabulary)
    let ruFacts = TranslationFacts(russian, language: .russian, vocabulary: vocabulary)
    return enFacts.numbersAgree(with: ruFacts) && enFacts.datesAgree(with: ruFacts)
  }

  /// The text of a sentence link that has one side only, and whether that side is English.
  private static func loneText(
    _ sentence: ParagraphLink.SentenceLink, _ enSentences: [String], _ ruSentences: [String]
  ) -> (text: String, english: Bool) {
    sentence.english.isEmpty
      ? (sentence.russian.map { ruSentences[$0] }.joined(separator: " "), false)
      : (sentence.english.map { enSentences[$0] }.joined(separator: " "), true)
  }

  /// Whether a sentence without counterpart says enough to be missed: a number, or three
  /// words that are not function words. A greeting, an interjection or a two-word reply
  /// (`Привет, ребята!`, `Ну ладно.`, `Uh... thanks...`) is left out or folded into the next
  /// sentence by translators as a matter of course.
  private func isSubstantive(
    _ sentence: ParagraphLink.SentenceLink, _ enSentences: [String], _ ruSentences: [String]
  ) -> Bool {
    let (text, english) = Self.loneText(sentence, enSentences, ruSentences)
    if text.unicodeScalars.contains(where: { $0.properties.numericType != nil }) { return true }
    let stopwords = english ? Lexis.stopwords.english : Lexis.stopwords.russian
    var content = 0
    for word in text.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }) {
      let lower = word.lowercased()
      if lower.count >= 2, !stopwords.contains(lower) { content += 1 }
      if content >= 3 { return true }
    }
    return false
  }

  /// Whether a sentence without counterpart is the rest of a neighbouring sentence link's
  /// translation: the aligner linked the other side's sentence to only part of what
  /// translates it (`Hi guys, let's start.` ↔ `Привет, ребята!` + `Итак, начнём.`). It is
  /// when adding it to a neighbour, or to both neighbours taken together, brings that link's
  /// length ratio nearer the document's and within its tolerance, and its numbers are on the
  /// neighbour's other side. Both together count only when the sentence is at most half as
  /// long as their side: a translator's aside spreads the rest of two sentences' sense over
  /// a short one (`This is one of the uncomfortable truths we confronted as …` ↔ `Этот факт
  /// неприятно осознавать.` + `Мы столкнулись с ним …`), while a sentence added whole is
  /// about as long as its neighbours.
  private func isCovered(
    _ sentence: ParagraphLink.SentenceLink, by neighbours: [Int],
    _ links: [ParagraphLink.SentenceLink], _ enSentences: [String], _ ruSentences: [String]
  ) -> Bool {
    let (lone, english) = Self.loneText(sentence, enSentences, ruSentences)
    let loneFacts = TranslationFacts(
      lone, language: english ? .english : .russian, vocabulary: vocabulary)
    let paired = neighbours.filter {
      links.indices.contains($0) && !links[$0].english.isEmpty && !links[$0].russian.isEmpty
    }
    for group in paired.map({ [$0] }) + (paired.count > 1 ? [paired] : []) {
      let en = group.flatMap { links[$0].english.map { enSentences[$0] } }.joined(separator: " ")
      let ru = group.flatMap { links[$0].russian.map { ruSentences[$0] } }.joined(separator: " ")
      let without = offMedian(english: en.count, russian: ru.count)
      let with =
        english
        ? offMedian(english: en.count + lone.count, russian: ru.count)
        : offMedian(english: en.count, russian: ru.count + lone.count)
      guard with < without, with <= sentenceTolerance else { continue }
      if group.count > 1, lone.count * 2 > (english ? en.count : ru.count) { continue }
      let otherFacts = TranslationFacts(
        english ? ru : en, language: english ? .russian : .english, vocabulary: vocabulary)
      if loneFacts.unmatchedNumbers(against: otherFacts).mine.isEmpty { return true }
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
    return en >= minimumLength && ru >= minimumLength
      ? LengthRatio.of(english: en, russian: ru) : nil
  }
}
