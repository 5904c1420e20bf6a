// The word-level diff inside a matched pair (or group) of paragraphs.

import SverkaModel
import SverkaText

/// Compares the word units of one side's paragraphs with the other's.
///
/// Units are matched in order by ``SequenceAligner`` on their case-aware keys; a semantic
/// cleanup then absorbs short coincidental equalities (a comma, `the`, `и`) into the
/// changes around them, as diff-match-patch's cleanup does, but on whole units, so a word
/// is never split. Units equal but for typography become `cosmetic` runs.
struct WordDiff {
  /// The runs, in order.
  var changes: [WordChange]
  /// The typographic kinds that differ anywhere in the compared text.
  var cosmetic: Set<CosmeticKind>
  /// The high-severity reasons of the changed runs.
  var reasons: [ChangeReason] { evidence.map(\.reason) }
  /// The evidence behind `reasons`, one for each.
  var evidence: [ReasonEvidence]

  /// A unit with the paragraph it belongs to, from a side.
  struct Located {
    var paragraph: Int
    var token: WordToken
    var firstInParagraph: Bool
  }

  /// The units of some paragraphs of a side, concatenated.
  static func units(_ side: DiffSide, _ paragraphs: [Int]) throws -> [Located] {
    var result: [Located] = []
    for paragraph in paragraphs {
      for (index, token) in try side.units(paragraph).enumerated() {
        result.append(Located(paragraph: paragraph, token: token, firstInParagraph: index == 0))
      }
    }
    return result
  }

  private enum Run {
    case equal(Range<Int>, Range<Int>)
    case change(Range<Int>, Range<Int>)
  }

  /// Compares paragraphs `aParagraphs` of `a` with `bParagraphs` of `b`.
  ///
  /// - Complexity: O((n + m) · d) for `n`, `m` units and `d` anchor levels, plus the
  ///   quadratic LCS on small gaps (see ``SequenceAligner``).
  static func compare(
    _ a: DiffSide, _ aParagraphs: [Int], _ b: DiffSide, _ bParagraphs: [Int]
  ) throws -> WordDiff {
    let aUnits = try units(a, aParagraphs)
    let bUnits = try units(b, bParagraphs)
    let matches = SequenceAligner.matches(
      aUnits.map(\.token.matchID), bUnits.map(\.token.matchID))
    var runs: [Run] = []
    var i = 0
    var j = 0
    func push(_ run: Run) {
      switch (runs.last, run) {
      case (.equal(let pa, let pb)?, .equal(let na, let nb)):
        runs[runs.count - 1] = .equal(pa.lowerBound..<na.upperBound, pb.lowerBound..<nb.upperBound)
      case (.change(let pa, let pb)?, .change(let na, let nb)):
        runs[runs.count - 1] = .change(
          pa.lowerBound..<na.upperBound, pb.lowerBound..<nb.upperBound)
      default: runs.append(run)
      }
    }
    for (ma, mb) in matches + [(aUnits.count, bUnits.count)] {
      if ma > i || mb > j { push(.change(i..<ma, j..<mb)) }
      if ma < aUnits.count { push(.equal(ma..<(ma + 1), mb..<(mb + 1))) }
      i = ma + 1
      j = mb + 1
    }
    runs = cleanup(runs, aUnits, bUnits)
    return render(runs, a, aUnits, b, bUnits)
  }

  /// Absorbs an equality of at most two units into the changes on both sides when it is
  /// no longer than either of them.
  private static func cleanup(_ input: [Run], _ aUnits: [Located], _ bUnits: [Located])
    -> [Run]
  {
    func length(_ units: [Located], _ range: Range<Int>) -> Int {
      range.reduce(0) { $0 + units[$1].token.original.count }
    }
    var runs = input
    var changed = true
    while changed {
      changed = false
      var index = 1
      while index + 1 < runs.count {
        guard case .change(let ba, let bb) = runs[index - 1],
          case .equal(let ea, let eb) = runs[index],
          case .change(let aa, let ab) = runs[index + 1]
        else {
          index += 1
          continue
        }
        let equalLength = length(bUnits, eb)
        let before = max(length(aUnits, ba), length(bUnits, bb))
        let after = max(length(aUnits, aa), length(bUnits, ab))
        if ea.count <= 2, equalLength <= before, equalLength <= after {
          runs.replaceSubrange(
            (index - 1)...(index + 1),
            with: [.change(ba.lowerBound..<aa.upperBound, bb.lowerBound..<ab.upperBound)])
          changed = true
        } else {
          index += 1
        }
      }
    }
    return runs
  }

  private static func render(
    _ runs: [Run], _ a: DiffSide, _ aUnits: [Located], _ b: DiffSide, _ bUnits: [Located]
  ) -> WordDiff {
    var changes: [WordChange] = []
    var cosmetic = Set<CosmeticKind>()
    var deletedWords: [SeverityRules.Word] = []
    var insertedWords: [SeverityRules.Word] = []
    func gap(_ side: DiffSide, _ units: [Located], _ index: Int) -> String {
      if index == 0 { return "" }
      if units[index].firstInParagraph { return "\n\n" }
      return side.text(units[index].paragraph, units[index].token.gapBefore)
    }
    func text(_ side: DiffSide, _ units: [Located], _ index: Int) -> String {
      side.text(units[index].paragraph, units[index].token.original)
    }
    func append(_ change: WordChange) {
      if let last = changes.last, last.operation == change.operation,
        change.operation != .cosmetic
      {
        changes[changes.count - 1] = WordChange(last.operation, last.text + change.text)
      } else {
        changes.append(change)
      }
    }
    func startsSentence(_ units: [Located], _ side: DiffSide, _ index: Int) -> Bool {
      guard index > 0, !units[index].firstInParagraph else { return true }
      let previous = units[index - 1]
      guard previous.token.kind == .punctuation else { return false }
      let mark = side.text(previous.paragraph, previous.token.original)
      return mark == "." || mark == "!" || mark == "?" || mark == "…" || mark == ":"
        || (index > 1 && (mark == "(" || Typography.isOpeningDoubleQuote(mark))
          && startsSentence(units, side, index - 1))
    }
    func nextToMonth(_ units: [Located], _ side: DiffSide, _ index: Int) -> Bool {
      guard units[index].token.kind == .number else { return false }
      return [index - 1, index + 1].contains { neighbour in
        units.indices.contains(neighbour) && units[neighbour].token.kind == .word
          && units[neighbour].paragraph == units[index].paragraph
          && SeverityRules.isMonth(text(side, units, neighbour))
      }
    }
    for run in runs {
      switch run {
      case .equal(let ra, let rb):
        for (ia, ib) in zip(ra, rb) {
          let aText = text(a, aUnits, ia)
          let bText = text(b, bUnits, ib)
          let aGap = gap(a, aUnits, ia)
          let bGap = gap(b, bUnits, ib)
          if aGap != bGap { cosmetic.formUnion(CosmeticClassifier.kinds(aGap[...], bGap[...])) }
          if aText == bText {
            append(WordChange(.equal, bGap + bText))
          } else {
            let kinds = CosmeticClassifier.kinds(aText[...], bText[...])
            cosmetic.formUnion(kinds)
            append(WordChange(.equal, bGap))
            append(WordChange(.cosmetic, bText, old: aText, kinds: kinds.sorted()))
          }
        }
      case .change(let ra, let rb):
        if !ra.isEmpty {
          append(WordChange(.deleted, ra.map { gap(a, aUnits, $0) + text(a, aUnits, $0) }.joined()))
        }
        if !rb.isEmpty {
          append(
            WordChange(.inserted, rb.map { gap(b, bUnits, $0) + text(b, bUnits, $0) }.joined()))
        }
        deletedWords += ra.map {
          SeverityRules.Word(
            text: text(a, aUnits, $0), kind: aUnits[$0].token.kind,
            startsSentence: startsSentence(aUnits, a, $0),
            nextToMonth: nextToMonth(aUnits, a, $0))
        }
        insertedWords += rb.map {
          SeverityRules.Word(
            text: text(b, bUnits, $0), kind: bUnits[$0].token.kind,
            startsSentence: startsSentence(bUnits, b, $0),
            nextToMonth: nextToMonth(bUnits, b, $0))
        }
      }
    }
    changes.removeAll { $0.operation == .equal && $0.text.isEmpty }
    return WordDiff(
      changes: changes, cosmetic: cosmetic,
      evidence: SeverityRules.evidence(deleted: deletedWords, inserted: insertedWords))
  }
}
