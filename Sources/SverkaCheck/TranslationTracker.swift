// Follows a revision of one edition into the other language: which translated paragraphs are stale.

import SverkaAlign
import SverkaDiff
import SverkaModel
import SverkaRead

/// Finds the paragraphs of a translation whose source a revision changed.
///
/// The old source is aligned with the translation (``Aligner``), the old source is diffed
/// against the new one (``RevisionDiff``), and each aligned group is judged by what the
/// revision did to its source paragraphs: untouched, typographic or pure moves keep the
/// translation `current`; deletion makes it `obsolete`; rewording, splitting or merging
/// make it `stale`, unless the translation already follows the new source: then it is
/// `updated`. New source paragraphs are `untranslated`.
///
/// "Already follows" (``RevisionCarryOver``): when the revision changed numbers only, the
/// translation has the new numbers and not the old; when it changed facts only (numbers,
/// capitalised words, months), what the translation check (``TranslationCheck``) finds
/// between the new source and the translation it finds against the old source too, and
/// more there. Any other revision, a rewording above all, cannot be told from an untouched
/// translation, and stays `stale`.
public struct TranslationTracker: Sendable {
  /// The options of the revision diff.
  public var options: DiffOptions
  /// The aligner for the old source and the translation.
  public var aligner: Aligner

  /// Creates a tracker.
  public init(options: DiffOptions = .default, aligner: Aligner = Aligner()) {
    self.options = options
    self.aligner = aligner
  }

  /// The staleness of `translation` after `old` was revised into `new`.
  ///
  /// - Parameters:
  ///   - old: the source edition the translation was made from.
  ///   - new: the revised source edition, in the same language.
  ///   - translation: the translation, in the other language.
  /// - Returns: every paragraph of the translation and of the new source in one entry.
  /// - Throws: ``InputError`` when `new` is not in the language of `old` or the
  ///   translation is; ``ICUError`` when ICU fails.
  /// - Complexity: that of the revision diff plus that of the alignment, linear in the
  ///   paragraphs and sentences for typical editions.
  public func track(
    old: SegmentedStatement, new: SegmentedStatement, translation: SegmentedStatement
  ) throws -> StalenessReport {
    guard new.language == old.language else {
      throw InputError.wrongLanguage(
        new.path ?? "<new>", expected: old.language, found: new.language)
    }
    guard translation.language != old.language else {
      throw InputError.wrongLanguage(
        translation.path ?? "<translation>",
        expected: old.language == .english ? .russian : .english,
        found: translation.language)
    }
    let (english, russian) = try Aligner.editions(old, translation)
    let revision = try RevisionDiff(options: options).diff(old.statement, new.statement)
    let alignment = try aligner.align(english, russian)
    let sourceIsEnglish = old.language == .english
    var operationOfOld: [Int: Int] = [:]
    for (index, operation) in revision.paragraphs.enumerated() {
      for number in operation.a { operationOfOld[number] = index }
    }
    var entries: [(key: Double, entry: StalenessReport.Entry)] = []
    var covered = Set<Int>()
    var lastPlace = 0.0
    for link in alignment.paragraphs {
      let oldRange = sourceIsEnglish ? link.english : link.russian
      let translated = (sourceIsEnglish ? link.russian : link.english).map { $0 + 1 }
      let oldNumbers = oldRange.map { $0 + 1 }
      let indices = Array(Set(oldNumbers.compactMap { operationOfOld[$0] })).sorted()
      let changes = indices.map { revision.paragraphs[$0] }
      covered.formUnion(indices)
      let newNumbers = Array(Set(changes.flatMap(\.b))).sorted()
      var status: StalenessReport.Status
      var evidence: [ReasonEvidence] = []
      if oldNumbers.isEmpty {
        status = .unmatched
      } else if translated.isEmpty {
        status = .untranslated
      } else if changes.allSatisfy(Self.keepsTranslation) {
        status = .current
      } else if newNumbers.isEmpty {
        status = .obsolete
      } else {
        let sourceNow = try check(new, newNumbers, translation, translated)
        let carried = try carriesRevision(
          changes, old: (old, oldNumbers), new: (new, newNumbers),
          translation: (translation, translated), sourceNow: sourceNow)
        status = carried ? .updated : .stale
        evidence = sourceNow
      }
      let entry = StalenessReport.Entry(
        status: status, old: oldNumbers, new: newNumbers, translation: translated,
        changes: status == .current ? [] : changes, evidence: evidence)
      // A translation paragraph without source stays after the entry before it.
      let place = oldNumbers.isEmpty ? lastPlace : Self.place(of: entry, in: revision)
      lastPlace = place
      entries.append((place, entry))
    }
    for (index, operation) in revision.paragraphs.enumerated()
    where operation.operation == .inserted && !covered.contains(index) {
      let entry = StalenessReport.Entry(
        status: .untranslated, old: [], new: operation.b, translation: [], changes: [])
      entries.append((Self.place(of: entry, in: revision), entry))
    }
    // A stable sort keeps the translation's order among entries at one place.
    let ordered = entries.enumerated().sorted {
      ($0.element.key, $0.offset) < ($1.element.key, $1.offset)
    }
    return StalenessReport(
      revision: revision,
      translation: EditionDiff.Side(
        path: translation.path, language: translation.language,
        paragraphs: translation.paragraphs.map(\.text),
        hashes: []),
      entries: ordered.map(\.element.entry))
  }

  /// What the translation check finds between `source` paragraphs `numbers` and
  /// `translation` paragraphs `translated` (1-based): the source's side as `onlyInA`.
  func check(
    _ source: SegmentedStatement, _ numbers: [Int], _ translation: SegmentedStatement,
    _ translated: [Int]
  ) throws -> [ReasonEvidence] {
    let diff = try TranslationCheck(aligner: aligner).check(
      source.part(numbers.map { $0 - 1 }), translation.part(translated.map { $0 - 1 }))
    return diff.paragraphs.flatMap { operation in
      operation.operation == .deleted || operation.operation == .inserted
        ? [
          ReasonEvidence(
            reason: .sentenceUnmatched,
            onlyInA: operation.a.map { diff.a.paragraphs[$0 - 1].joinedLines() },
            onlyInB: operation.b.map { diff.b.paragraphs[$0 - 1].joinedLines() })
        ]
        : operation.evidence
    }
  }

  /// Whether the translation paragraphs already carry the revision `changes` made: by the
  /// numbers alone when only numbers changed, by the facts when only facts changed
  /// (``RevisionCarryOver``). Paragraphs are given with their 1-based numbers.
  private func carriesRevision(
    _ changes: [ParagraphDiff], old: (SegmentedStatement, [Int]),
    new: (SegmentedStatement, [Int]), translation: (SegmentedStatement, [Int]),
    sourceNow: [ReasonEvidence]
  ) throws -> Bool {
    guard let words = RevisionCarryOver.changedWords(changes) else { return false }
    func text(_ part: (SegmentedStatement, [Int])) -> String {
      part.1.map { part.0.paragraphs[$0 - 1].text }.joined(separator: "\n\n")
    }
    if RevisionCarryOver.isNumbersOnly(words) {
      return RevisionCarryOver.carriesNumbers(
        old: text(old), new: text(new), translation: text(translation),
        source: old.0.language)
    }
    guard RevisionCarryOver.isFactsOnly(words) else { return false }
    let sourceBefore = try check(old.0, old.1, translation.0, translation.1)
    return RevisionCarryOver.carriesFacts(now: sourceNow, before: sourceBefore)
  }

  /// Whether a revision operation leaves the translation of its old paragraphs valid.
  static func keepsTranslation(_ operation: ParagraphDiff) -> Bool {
    switch operation.operation {
    case .equal, .cosmetic: true
    case .moved: !operation.hasWordChanges
    default: false
    }
  }

  /// Where an entry stands in the new source's order: its first new paragraph, or, for a
  /// deleted or untranslated one, just before the new place of the next old paragraph.
  static func place(of entry: StalenessReport.Entry, in revision: EditionDiff) -> Double {
    if let first = entry.new.first { return Double(first) }
    guard let old = entry.old.first else { return 0 }
    let following = revision.paragraphs.filter { ($0.a.first ?? 0) > old }.compactMap(\.b.first)
    return Double(following.min() ?? (revision.b.paragraphs.count + 1)) - 0.5
  }
}
