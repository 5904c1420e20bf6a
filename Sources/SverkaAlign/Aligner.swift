// Aligns the English and Russian editions: paragraphs first, then sentences inside them.
import Foundation
import SverkaModel
import SverkaRead

/// Aligns two editions of a statement, paragraph by paragraph and then sentence by sentence,
/// giving each link a calibrated confidence.
///
/// The method:
/// 1. Features: each sentence's length, its content words (Snowball stems matched through
///    the ``Lexicon`` and through cognate keys of ICU's Russian-Latin/BGN transliteration),
///    and its anchors (numbers, months, acronyms).
/// 2. Paragraphs: a dynamic programme over beads 1-1, 1-0, 0-1, 1-2, 2-1, 2-2, 1-3, 3-1 of
///    paragraphs, in a band of ``paragraphBandWidth`` paragraphs either side of the line
///    where the two documents' character counts agree.
/// 3. Sentences: the same over sentences, in a band that follows the aligned paragraph
///    groups: inside each group, ``sentenceBandWidth`` sentences either side of the line
///    through the group's corners, never more than ``sentenceMargin`` sentences beyond the
///    group. A sentence link that crosses a group boundary pays a penalty rather than being
///    forbidden, so editions that split or merge paragraphs differently still align, and
///    one paragraph of any length costs linear time and memory.
/// 4. Second pass: the length ratio and variance, the match rates and a lexicon of word
///    pairs that co-occur in the first pass's confident one-to-one links are estimated from
///    the document itself (as hunalign's realign does), and steps 2–3 run again.
/// 5. Merges checked by their words: a 2-1 or 1-2 link whose end sentence holds words or
///    anchors of which none meets the other side, while its partner's do and its partner
///    alone fits the length as well, is split into a 1-1 link and a sentence without
///    counterpart (the length cost alone lets a merge swallow a sentence whose counterpart
///    is missing).
///
/// When the best path runs along an inner edge of its band, the programme runs again in a
/// band twice as wide around that path (coarse to fine), until the path stays inside or the
/// next band would pass 40 cells per unit of both sides: memory stays linear.
///
/// A paragraph link's score is its posterior probability under the cost model, computed by
/// the forward–backward algorithm over the band; a sentence link's score is that posterior
/// combined with the link's evidence by ``ScoreCalibration``.
///
/// The aligner works on sentences, so it takes ``SegmentedStatement``s: sentence indices
/// count their sentences, and the exporters, given the same statements, read the sentences
/// by those indices.
public struct Aligner: Sendable {
  /// The bilingual word list.
  public var lexicon: Lexicon {
    didSet { prepared = .of(lexicon) }
  }
  /// The lexicon made ready, shared by every alignment of this aligner and, for
  /// ``Lexicon/builtIn``, by every aligner of the process.
  private var prepared: PreparedLexicon
  /// Whether to learn word pairs from the document in a second pass.
  public var learnsFromDocument: Bool
  /// The first paragraph band: this many paragraphs either side of the diagonal.
  public var paragraphBandWidth: Int
  /// The first sentence corridor: this many sentences beyond the aligned paragraph group.
  public var sentenceMargin: Int
  /// Inside a paragraph group, the first sentence band: this many sentences either side of
  /// the line through the group's corners. It keeps one long paragraph linear.
  public var sentenceBandWidth: Int
  /// The cost of a sentence link that crosses aligned paragraph groups.
  public var groupPenalty: Double
  /// Costs are divided by this before posteriors are computed; above 1 makes posteriors
  /// more cautious.
  public var temperature: Double
  /// Turns each sentence link's evidence into its score.
  public var calibration: ScoreCalibration
  /// The most sentences a side the aligner takes; past it ``align(_:_:)`` throws
  /// ``InputError/tooManySentences(_:count:limit:)`` rather than run out of memory.
  public var sentenceLimit: Int

  /// Creates an aligner.
  ///
  /// - Parameters:
  ///   - lexicon: the word list; ``Lexicon/builtIn`` by default.
  ///   - learnsFromDocument: whether to run the second pass with a learnt lexicon.
  ///
  /// Making an aligner is cheap for ``Lexicon/builtIn``, whose prepared form (stems, the
  /// transliterator, word caches) the process builds once and shares; another lexicon is
  /// prepared here, once for all the alignments of this aligner.
  public init(lexicon: Lexicon = .builtIn, learnsFromDocument: Bool = true) {
    self.lexicon = lexicon
    prepared = .of(lexicon)
    self.learnsFromDocument = learnsFromDocument
    paragraphBandWidth = 16
    sentenceMargin = 6
    sentenceBandWidth = 12
    groupPenalty = 3
    temperature = 1.6
    calibration = .fitted
    sentenceLimit = Self.defaultSentenceLimit
  }

  /// The default of ``sentenceLimit``.
  ///
  /// Time and memory grow linearly with the sentences, about 0.4 KB a sentence pair on top
  /// of the statements themselves, so this bounds an alignment's memory to about 2 GB.
  public static let defaultSentenceLimit = 2_000_000

  /// Paragraphs either side of the first pass's paragraph path that the second searches.
  static let corridorMargin = 4

  /// The lattice cells a band may hold per unit of both sides. Widening stops there, so
  /// memory stays linear whatever the paragraph structure; an edition that strays further
  /// from its band than this allows is aligned within the widest band allowed.
  static let cellsPerUnit = 40

  /// Sentence bead priors. 1-1, 1-0 and 0-1 are Gale and Church's. 2-1 and 1-2 are half
  /// theirs (0.02, not 0.04): they counted merges in hand-split text, while today's editions
  /// are split by the same kind of segmenter on both sides, and a merge prior as high as
  /// theirs made the aligner join two short faithful pairs (measured on the dev half of
  /// WMT24 English–Russian, `tools/eval-align.py --wmt`). A 2-2 or 3-1 bead needs two
  /// boundaries that find no counterpart, so its prior, 0.0018, is far below Gale and
  /// Church's 0.011: two faithful one-to-one pairs stay split unless the merge wins clearly.
  static let sentenceShapes: [BeadShape] = shapes([
    (1, 1, 0.89), (1, 0, 0.01), (0, 1, 0.01), (2, 1, 0.02), (1, 2, 0.02), (2, 2, 0.0018),
    (3, 1, 0.0018), (1, 3, 0.0018),
  ])
  static let paragraphShapes: [BeadShape] = shapes([
    (1, 1, 0.85), (1, 0, 0.02), (0, 1, 0.02), (2, 1, 0.04), (1, 2, 0.04), (2, 2, 0.01),
    (3, 1, 0.01), (1, 3, 0.01),
  ])

  private static func shapes(_ table: [(Int, Int, Double)]) -> [BeadShape] {
    table.map { BeadShape(english: $0.0, russian: $0.1, prior: -log($0.2)) }
  }

  /// Aligns `english` with `russian`.
  ///
  /// - Parameters:
  ///   - english: the English edition.
  ///   - russian: the Russian edition.
  /// - Returns: sentence links over sentence indices of the whole documents (title
  ///   included) and paragraph links over paragraph indices, each covering both sides
  ///   exactly once in order.
  /// - Throws: ``InputError/tooManySentences(_:count:limit:)`` past ``sentenceLimit``.
  /// - Complexity: O(*n* + *m*) time and memory for *n* and *m* sentences, whatever the
  ///   paragraphs: every band, first or widened, holds at most 40 cells per sentence (or
  ///   paragraph) of both sides.
  public func align(_ english: SegmentedStatement, _ russian: SegmentedStatement) throws
    -> Alignment
  {
    try aligned(english, russian).alignment
  }

  /// Aligns `english` with `russian` and returns the evidence behind each sentence link,
  /// for studying and refitting ``ScoreCalibration``.
  ///
  /// - Parameters:
  ///   - english: the English edition.
  ///   - russian: the Russian edition.
  /// - Returns: one ``LinkEvidence`` a sentence link of ``align(_:_:)``, in the same order.
  /// - Throws: as ``align(_:_:)``.
  /// - Complexity: that of ``align(_:_:)``.
  package func evidence(_ english: SegmentedStatement, _ russian: SegmentedStatement) throws
    -> [LinkEvidence]
  {
    try aligned(english, russian).evidence
  }

  private func aligned(_ english: SegmentedStatement, _ russian: SegmentedStatement) throws
    -> Pass
  {
    for (statement, name) in [(english, "<english>"), (russian, "<russian>")]
    where statement.sentenceCount > sentenceLimit {
      throw InputError.tooManySentences(
        statement.path ?? name, count: statement.sentenceCount, limit: sentenceLimit)
    }
    return prepared.withExtractor { extractor in
      aligned(english, russian, extractor: extractor)
    }
  }

  private func aligned(
    _ english: SegmentedStatement, _ russian: SegmentedStatement, extractor: FeatureExtractor
  ) -> Pass {
    let englishLayout = Layout(english)
    let russianLayout = Layout(russian)
    var (englishUnits, russianUnits) = extractor.features(
      english: english.paragraphs.flatMap { $0.sentences.map(\.text) },
      russian: russian.paragraphs.flatMap { $0.sentences.map(\.text) })
    var model = AlignmentModel.initial(english: englishUnits, russian: russianUnits)
    var widths = (paragraphs: paragraphBandWidth, sentences: sentenceMargin)
    var previous: LatticePath? = nil
    var result = pass(
      englishUnits, russianUnits, englishLayout, russianLayout, model, &widths, &previous,
      isLast: !learnsFromDocument)
    guard learnsFromDocument else { return result }

    let confident = result.evidence.filter {
      $0.english.count == 1 && $0.russian.count == 1 && $0.posterior >= 0.9
    }.map { (english: $0.english.lowerBound, russian: $0.russian.lowerBound) }
    guard confident.count >= 3 else { return result }
    model = model.estimated(from: confident, english: englishUnits, russian: russianUnits)
    extractor.learn(
      LexiconLearner.pairs(from: confident, english: englishUnits, russian: russianUnits))
    englishUnits = englishUnits.map(extractor.refreshed)
    // The second pass starts from the bands the first one needed.
    result = pass(
      englishUnits, russianUnits, englishLayout, russianLayout, model, &widths, &previous,
      isLast: true)
    return result
  }

  /// One pass's alignment and the evidence behind its sentence links.
  private struct Pass {
    let alignment: Alignment
    let evidence: [LinkEvidence]
  }

  /// Which sentences each paragraph holds.
  struct Layout {
    /// For each paragraph, the range of its sentences in the document.
    let paragraphs: [Range<Int>]

    init(_ statement: SegmentedStatement) {
      var start = 0
      paragraphs = statement.paragraphs.map { paragraph in
        defer { start += paragraph.sentences.count }
        return start..<(start + paragraph.sentences.count)
      }
    }
  }

  private func pass(
    _ english: [UnitFeatures], _ russian: [UnitFeatures], _ englishLayout: Layout,
    _ russianLayout: Layout, _ model: AlignmentModel,
    _ widths: inout (paragraphs: Int, sentences: Int), _ previous: inout LatticePath?,
    isLast: Bool
  ) -> Pass {
    let englishParagraphs = englishLayout.paragraphs.map { UnitFeatures.merged(english[$0]) }
    let russianParagraphs = russianLayout.paragraphs.map { UnitFeatures.merged(russian[$0]) }
    let paragraphPath = alignParagraphs(
      englishParagraphs, russianParagraphs, model, &widths.paragraphs, around: previous,
      posteriors: isLast)
    previous = paragraphPath

    // Sentence band and groups from the paragraph beads: inside each group, the line
    // through its corners (by length) with `sentenceBandWidth` either side, never beyond
    // the group plus the margin, so one long paragraph costs linear time, not quadratic.
    let rows = english.count
    let columns = russian.count
    var englishGroups = [Int](repeating: 0, count: rows)
    var russianGroups = [Int](repeating: 0, count: columns)
    var groups: [(english: Range<Int>, russian: Range<Int>)] = []
    groups.reserveCapacity(paragraphPath.beads.count)
    for (group, bead) in paragraphPath.beads.enumerated() {
      let e = sentences(of: bead.english, in: englishLayout, count: rows)
      let r = sentences(of: bead.russian, in: russianLayout, count: columns)
      for index in e { englishGroups[index] = group }
      for index in r { russianGroups[index] = group }
      groups.append((e, r))
    }
    // A long group gets its centres from the coarse pass, so its band follows the drift
    // that deletions inside one long paragraph cause.
    var guide: [Int] = []
    for group in groups
    where min(group.english.count, group.russian.count) > Self.coarseThreshold {
      if guide.isEmpty { guide = [Int](repeating: -1, count: rows + 1) }
      let local = centers(
        Array(english[group.english]), Array(russian[group.russian]), model: model)
      for (offset, column) in local.enumerated() {
        guide[group.english.lowerBound + offset] = group.russian.lowerBound + column
      }
    }
    let englishPrefix = Self.prefixLengths(english)
    let russianPrefix = Self.prefixLengths(russian)
    let budget = Self.cellsPerUnit * (rows + columns + 2)
    var margin = widths.sentences
    var band = Self.groupBand(
      groups, rows: rows, columns: columns, margin: margin,
      width: max(sentenceBandWidth, margin), englishPrefix: englishPrefix,
      russianPrefix: russianPrefix, guide: guide)
    var sentencePath: LatticePath
    var scorer: BeadCost
    // Each wider band reuses the costs of the cells the last one held.
    var known: BeadLattice.Costs? = nil
    while true {
      widths.sentences = margin
      scorer = BeadCost(
        english: english, russian: russian, model: model, band: band,
        englishGroups: englishGroups, russianGroups: russianGroups, groupPenalty: groupPenalty)
      sentencePath = BeadLattice.solve(
        band: band, shapes: Self.sentenceShapes, scorer: scorer, temperature: temperature,
        known: &known)
      guard sentencePath.touchesEdge, margin < max(rows, columns) else { break }
      // Coarse to fine: the next band follows the path just found, twice as wide, and is
      // only taken while it fits the budget.
      let wider = Band(around: sentencePath, rows: rows, columns: columns, margin: margin * 2)
      guard wider.cellCount <= budget else { break }
      margin *= 2
      band = wider
    }

    let beads = LinkRepair(english: english, russian: russian, length: model.length)
      .repaired(sentencePath.beads)
    let evidence = LinkEvidence.of(beads, scorer: scorer)
    let alignment = Alignment(
      sentences: evidence.map {
        Alignment.Link(english: $0.english, russian: $0.russian, score: calibration.score($0))
      },
      paragraphs: paragraphPath.beads.map {
        Alignment.Link(english: $0.english, russian: $0.russian, score: $0.posterior)
      })
    return Pass(alignment: alignment, evidence: evidence)
  }

  /// The sentence range of a range of paragraphs.
  private func sentences(of paragraphs: Range<Int>, in layout: Layout, count: Int) -> Range<Int> {
    if paragraphs.isEmpty {
      let start =
        paragraphs.lowerBound < layout.paragraphs.count
        ? layout.paragraphs[paragraphs.lowerBound].lowerBound : count
      return start..<start
    }
    return layout.paragraphs[paragraphs.lowerBound]
      .lowerBound..<layout.paragraphs[paragraphs.upperBound - 1].upperBound
  }

  private func alignParagraphs(
    _ english: [UnitFeatures], _ russian: [UnitFeatures], _ model: AlignmentModel,
    _ initialWidth: inout Int, around previous: LatticePath?, posteriors: Bool
  ) -> LatticePath {
    // Coarse to fine: a second pass searches a few paragraphs around the first pass's path,
    // and falls back to the diagonal band when its path touches that corridor's edge. The
    // model is the same throughout, so each band reuses the costs of the cells the last held.
    var known: BeadLattice.Costs? = nil
    if let previous {
      let band = Band(
        around: previous, rows: english.count, columns: russian.count,
        margin: Self.corridorMargin)
      let scorer = BeadCost(english: english, russian: russian, model: model, band: band)
      let path = BeadLattice.solve(
        band: band, shapes: Self.paragraphShapes, scorer: scorer, temperature: temperature,
        posteriors: posteriors, known: &known)
      if !path.touchesEdge { return path }
    }
    return widenedPath(
      english, russian, model: model, centers: centers(english, russian, model: model),
      width: &initialWidth, posteriors: posteriors, known: &known)
  }

  /// The lengths of the first *k* units, for every *k*.
  static func prefixLengths(_ units: [UnitFeatures]) -> [Double] {
    var prefix = [Double](repeating: 0, count: units.count + 1)
    for (index, unit) in units.enumerated() { prefix[index + 1] = prefix[index] + unit.length }
    return prefix
  }

  /// The first sentence band: in each paragraph group, `width` sentences either side of
  /// the line through the group's corners, where the lengths read on both sides agree in
  /// proportion, and no further than `margin` sentences beyond the group. Where `guide`
  /// (empty, or one entry a row) holds a column, the row is centred there instead.
  ///
  /// - Complexity: O(*n* + *m*) time; the band holds O((*n* + *m*)·`width`) cells.
  static func groupBand(
    _ groups: [(english: Range<Int>, russian: Range<Int>)], rows: Int, columns: Int,
    margin: Int, width: Int, englishPrefix: [Double], russianPrefix: [Double],
    guide: [Int] = []
  ) -> Band {
    var lower = [Int](repeating: Int.max, count: rows + 1)
    var upper = [Int](repeating: Int.min, count: rows + 1)
    for group in groups {
      let e = group.english
      let r = group.russian
      let englishSpan = englishPrefix[e.upperBound] - englishPrefix[e.lowerBound]
      let russianSpan = russianPrefix[r.upperBound] - russianPrefix[r.lowerBound]
      var column = r.lowerBound
      for row in e.lowerBound...e.upperBound {
        var center = column
        if row == e.upperBound {
          center = r.upperBound
        } else if row > e.lowerBound {
          let share = (englishPrefix[row] - englishPrefix[e.lowerBound]) / max(englishSpan, 1)
          let target = russianPrefix[r.lowerBound] + share * russianSpan
          while column < r.upperBound
            && russianPrefix[column] + (russianPrefix[column + 1] - russianPrefix[column]) / 2
              < target
          {
            column += 1
          }
          center = column
        }
        if !guide.isEmpty && guide[row] >= 0 { center = guide[row] }
        // A row with no English of its own (a group of Russian only) spans the group.
        let from = e.isEmpty ? r.lowerBound : center
        let to = e.isEmpty ? r.upperBound : center
        lower[row] = min(lower[row], max(r.lowerBound - margin, from - width))
        upper[row] = max(upper[row], min(r.upperBound + margin, to + width))
      }
    }
    for row in 0...rows where lower[row] == Int.max {
      lower[row] = 0
      upper[row] = columns
    }
    return Band(rows: rows, columns: columns, lower: lower, upper: upper)
  }

  /// For each row, the column where the cumulative lengths of both sides agree.
  static func diagonal(_ english: [UnitFeatures], _ russian: [UnitFeatures]) -> [Int] {
    let englishTotal = max(1, english.reduce(0) { $0 + $1.length })
    let russianTotal = max(1, russian.reduce(0) { $0 + $1.length })
    var centers = [Int](repeating: 0, count: english.count + 1)
    var englishSoFar = 0.0
    var russianSoFar = 0.0
    var column = 0
    for row in 0...english.count {
      if row > 0 { englishSoFar += english[row - 1].length }
      let target = englishSoFar / englishTotal * russianTotal
      while column < russian.count && russianSoFar + russian[column].length / 2 < target {
        russianSoFar += russian[column].length
        column += 1
      }
      centers[row] = column
    }
    return centers
  }
}
