// Revision mode: two editions of one text in one language, paragraph operations with words.

import SverkaModel
import SverkaText

/// Compares two editions of a statement in one language.
///
/// 1. Paragraphs are compared by matching key (see ``Normalizer``), so typography never
///    hides a match; output shows the original texts.
/// 2. Paragraphs whose keys are identical and unique on both sides anchor the in-order
///    skeleton (patience diff), extended by LCS between anchors.
/// 3. Between anchors, leftover paragraphs are paired by word-token similarity (Dice over
///    stems, punctuation included) at or above ``DiffOptions/threshold``, with one to two
///    or three splits and merges.
/// 4. The paragraphs still unpaired are matched across the document: equal keys are
///    moved, similar ones moved and changed, one against two or three adjacent ones split
///    or merged; ambiguous duplicates stay deleted and inserted.
/// 5. Every matched pair gets a word diff (see ``WordDiff``); a pair that differs only in
///    typography is `cosmetic`.
///
/// The result holds every paragraph of each side exactly once, and is the same for the
/// same input on every run.
public struct RevisionDiff: Sendable {
  /// The thresholds and case handling.
  public var options: DiffOptions

  /// Creates a revision diff.
  public init(options: DiffOptions = .default) {
    self.options = options
  }

  /// Compares two statements paragraph by paragraph.
  ///
  /// - Parameters:
  ///   - a: the old edition.
  ///   - b: the new edition.
  /// - Returns: the operations in the new edition's order.
  /// - Throws: ``ICUError`` when ICU fails.
  /// - Complexity: O(N) hashing and anchoring for `N` paragraphs, plus word tokenizing
  ///   and similarity only for the paragraphs that are not equal, O(k²) in the `k`
  ///   paragraphs of a gap between anchors (up to a cap) and about O(k · c) for the `k`
  ///   unpaired paragraphs of the move pass, `c` a small candidate count.
  public func diff(_ a: Statement, _ b: Statement) throws -> EditionDiff {
    try diff(
      a.paragraphs.map(\.text), b.paragraphs.map(\.text), aInfo: (a.path, a.language),
      bInfo: (b.path, b.language))
  }

  /// Compares two lists of paragraph texts.
  ///
  /// - Parameters:
  ///   - a: the old edition's paragraphs.
  ///   - b: the new edition's paragraphs.
  ///   - aInfo: the old edition's path and language, for the result's metadata.
  ///   - bInfo: the new edition's.
  /// - Returns: the operations in the new edition's order.
  /// - Throws: ``ICUError`` when ICU fails.
  /// - Complexity: as ``diff(_:_:)``.
  public func diff(
    _ a: [String], _ b: [String], aInfo: (String?, Language) = (nil, .english),
    bInfo: (String?, Language) = (nil, .english)
  ) throws -> EditionDiff {
    let table = KeyInterner()
    let normalizer = Normalizer()
    let folder = KeyFolder(normalizer: normalizer)
    let tokenizer = try WordTokenizer(table: table, folder: folder, ignoreCase: options.ignoreCase)
    let keys = try ParagraphKeys(a, b, interner: KeyInterner())
    let sideA = DiffSide(
      texts: a, keyIDs: keys.ids.a, hashes: keys.hashes.a, tokenizer: tokenizer)
    let sideB = DiffSide(
      texts: b, keyIDs: keys.ids.b, hashes: keys.hashes.b, tokenizer: tokenizer)
    let helper = try WordTokenizer(
      table: table, folder: KeyFolder(normalizer: Normalizer()), ignoreCase: options.ignoreCase)
    var entries = try skeleton(sideA, sideB, helper: helper)
    try MovePass(options: options).run(&entries, sideA, sideB)
    let operations = try entries.map { try finish($0, sideA, sideB) }
    return EditionDiff(
      mode: .revision,
      a: EditionDiff.Side(
        path: aInfo.0, language: aInfo.1, paragraphs: a, hashes: sideA.hashes),
      b: EditionDiff.Side(
        path: bInfo.0, language: bInfo.1, paragraphs: b, hashes: sideB.hashes),
      paragraphs: operations)
  }

  /// The in-order operations: anchors and the pairs found in the gaps between them.
  ///
  /// The paragraphs it and the later passes will look inside, those between anchors and
  /// the anchored ones whose bytes differ, are tokenized first, on two threads (`helper`
  /// is the second thread's tokenizer).
  private func skeleton(_ a: DiffSide, _ b: DiffSide, helper: WordTokenizer) throws
    -> [DiffEntry]
  {
    let matches = SequenceAligner.matches(a.keyIDs, b.keyIDs)
    var inGapA = [Bool](repeating: true, count: a.count)
    var inGapB = [Bool](repeating: true, count: b.count)
    for (ma, mb) in matches where a.texts[ma].hasSameBytes(as: b.texts[mb]) {
      inGapA[ma] = false
      inGapB[mb] = false
    }
    try DiffSide.preload(
      a, a.texts.indices.filter { inGapA[$0] }, b, b.texts.indices.filter { inGapB[$0] },
      helper: helper)
    let gaps = GapAligner(threshold: options.threshold)
    var entries: [DiffEntry] = []
    entries.reserveCapacity(max(a.count, b.count))
    var i = 0
    var j = 0
    for (ma, mb) in matches + [(a.count, b.count)] {
      if ma > i || mb > j {
        var ia = i
        var jb = j
        for (step, similarity) in try gaps.align(a, i..<ma, b, j..<mb) {
          entries.append(
            DiffEntry(
              a: Array(ia..<(ia + step.a)), b: Array(jb..<(jb + step.b)), similarity: similarity))
          ia += step.a
          jb += step.b
        }
      }
      if ma < a.count { entries.append(DiffEntry(a: [ma], b: [mb], similarity: 1)) }
      i = ma + 1
      j = mb + 1
    }
    return entries
  }

  /// The operation for an entry, with its word diff.
  private func finish(_ entry: DiffEntry, _ a: DiffSide, _ b: DiffSide) throws -> ParagraphDiff {
    var result = ParagraphDiff(
      .equal, a: entry.a.map { $0 + 1 }, b: entry.b.map { $0 + 1 },
      similarity: entry.similarity.map { ($0 * 1000).rounded() / 1000 },
      aHashes: entry.a.map { a.hashes[$0] }, bHashes: entry.b.map { b.hashes[$0] })
    switch (entry.a.count, entry.b.count) {
    case (_, 0):
      result.operation = .deleted
      result.similarity = nil
      return result
    case (0, _):
      result.operation = .inserted
      result.similarity = nil
      return result
    case (1, 1)
    where a.texts[entry.a[0]].hasSameBytes(as: b.texts[entry.b[0]])
      || a.texts[entry.a[0]] == b.texts[entry.b[0]]:
      result.operation = entry.moved ? .moved : .equal
      return result
    default: break
    }
    let words = try WordDiff.compare(a, entry.a, b, entry.b)
    result.words = words.changes
    result.cosmetic = words.cosmetic.sorted()
    result.reasons = words.reasons
    result.evidence = words.evidence
    if entry.a.count > 1 {
      result.operation = .merged
    } else if entry.b.count > 1 {
      result.operation = .split
    } else if entry.moved {
      result.operation = .moved
    } else {
      result.operation = result.hasWordChanges ? .changed : .cosmetic
    }
    return result
  }
}
