// Matches the paragraphs still unpaired after the in-order pass: moves, splits and merges.

/// Finds moved, moved-and-changed, split and merged paragraphs among the deleted and
/// inserted ones, anywhere in the document.
///
/// Identical keys unique among the unpaired paragraphs are moves. Otherwise candidates
/// come from an inverted index of stems (common stems skipped), so the pass stays near
/// linear; proposals are accepted best first, and a paragraph that is equally similar to
/// two others is ambiguous and stays unpaired.
struct MovePass {
  let options: DiffOptions
  /// Candidates scored exactly per paragraph.
  private static let candidateCount = 8

  private struct Proposal {
    var a: [Int]
    var b: [Int]
    var similarity: Double
  }

  /// Rewrites `entries`: pairs found become operations at the new paragraph's place.
  func run(_ entries: inout [DiffEntry], _ a: DiffSide, _ b: DiffSide) throws {
    var deletedAt: [Int: Int] = [:]  // A paragraph → entry
    var insertedAt: [Int: Int] = [:]  // B paragraph → entry
    for (index, entry) in entries.enumerated() {
      if entry.isDeleted { deletedAt[entry.a[0]] = index }
      if entry.isInserted { insertedAt[entry.b[0]] = index }
    }
    guard !deletedAt.isEmpty, !insertedAt.isEmpty else { return }
    var removed = Set<Int>()
    func accept(_ aParas: [Int], _ bParas: [Int], _ similarity: Double) {
      guard let place = bParas.first.flatMap({ insertedAt[$0] }) else { return }
      for paragraph in aParas {
        if let index = deletedAt.removeValue(forKey: paragraph) { removed.insert(index) }
      }
      for paragraph in bParas {
        if let index = insertedAt.removeValue(forKey: paragraph), index != place {
          removed.insert(index)
        }
      }
      entries[place] = DiffEntry(a: aParas, b: bParas, similarity: similarity, moved: true)
    }
    // Identical keys, unique among the unpaired on both sides.
    var aByKey: [Int32: [Int]] = [:]
    var bByKey: [Int32: [Int]] = [:]
    for paragraph in deletedAt.keys { aByKey[a.keyIDs[paragraph], default: []].append(paragraph) }
    for paragraph in insertedAt.keys { bByKey[b.keyIDs[paragraph], default: []].append(paragraph) }
    for paragraph in deletedAt.keys.sorted() {
      let key = a.keyIDs[paragraph]
      if aByKey[key]?.count == 1, let partners = bByKey[key], partners.count == 1 {
        accept([paragraph], partners, 1)
      }
    }
    guard !deletedAt.isEmpty, !insertedAt.isEmpty else {
      entries = entries.indices.filter { !removed.contains($0) }.map { entries[$0] }
      return
    }
    let deleted = deletedAt.keys.sorted()
    let inserted = insertedAt.keys.sorted()
    var proposals = try propose(from: deleted, a, to: inserted, b, flipped: false)
    proposals += try propose(from: inserted, b, to: deleted, a, flipped: true)
    proposals = dropAmbiguous(proposals)
    proposals.sort {
      ($0.similarity, $1.a.first ?? -1, $1.b.first ?? -1, $1.a.count + $1.b.count)
        > ($1.similarity, $0.a.first ?? -1, $0.b.first ?? -1, $0.a.count + $0.b.count)
    }
    for proposal in proposals
    where proposal.a.allSatisfy({ deletedAt[$0] != nil })
      && proposal.b.allSatisfy({ insertedAt[$0] != nil })
    {
      accept(proposal.a, proposal.b, proposal.similarity)
    }
    entries = entries.indices.filter { !removed.contains($0) }.map { entries[$0] }
  }

  /// Proposals pairing each of `sources` with one target, or with a run of two or three
  /// adjacent targets (a split, or a merge when `flipped`).
  private func propose(
    from sources: [Int], _ sourceSide: DiffSide, to targets: [Int], _ targetSide: DiffSide,
    flipped: Bool
  ) throws -> [Proposal] {
    let targetSet = Set(targets)
    var index: [Int32: [Int]] = [:]
    for target in targets {
      var previous: Int32 = -1
      for stem in try targetSide.stems(target) where stem != previous {
        index[stem, default: []].append(target)
        previous = stem
      }
    }
    let common = max(16, targets.count / 8)
    let oneToOne = GapAligner(threshold: options.moveThreshold)
    let group = GapAligner(threshold: options.threshold)
    var proposals: [Proposal] = []
    for source in sources {
      let stems = try sourceSide.stems(source)
      var counts: [Int: Int] = [:]
      var previous: Int32 = -1
      for stem in stems where stem != previous {
        previous = stem
        guard let postings = index[stem], postings.count <= common else { continue }
        for target in postings { counts[target, default: 0] += 1 }
      }
      let candidates = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        .prefix(Self.candidateCount).map(\.key)
      for candidate in candidates {
        let targetStems = try targetSide.stems(candidate)
        if !flipped, let (_, value) = oneToOne.pairScore([stems], [targetStems]) {
          proposals.append(Proposal(a: [source], b: [candidate], similarity: value))
        }
        for length in 2...3 {
          for start in (candidate - length + 1)...candidate {
            let run = Array(start..<(start + length))
            guard run.allSatisfy(targetSet.contains) else { continue }
            let parts = try run.map { try targetSide.stems($0) }
            let score = flipped ? group.pairScore(parts, [stems]) : group.pairScore([stems], parts)
            guard let (_, value) = score else { continue }
            proposals.append(
              flipped
                ? Proposal(a: run, b: [source], similarity: value)
                : Proposal(a: [source], b: run, similarity: value))
          }
        }
      }
    }
    return proposals
  }

  /// Removes one-to-one proposals where a paragraph is equally similar to two others.
  private func dropAmbiguous(_ proposals: [Proposal]) -> [Proposal] {
    var bestA: [Int: (Double, Int)] = [:]  // similarity, how many reach it
    var bestB: [Int: (Double, Int)] = [:]
    for proposal in proposals where proposal.a.count == 1 && proposal.b.count == 1 {
      for (key, table) in [(proposal.a[0], 0), (proposal.b[0], 1)] {
        var best = table == 0 ? bestA : bestB
        let current = best[key] ?? (-1, 0)
        if proposal.similarity > current.0 + 1e-12 {
          best[key] = (proposal.similarity, 1)
        } else if abs(proposal.similarity - current.0) <= 1e-12 {
          best[key] = (current.0, current.1 + 1)
        }
        if table == 0 { bestA = best } else { bestB = best }
      }
    }
    return proposals.filter { proposal in
      guard proposal.a.count == 1, proposal.b.count == 1 else { return true }
      let ambiguousA = bestA[proposal.a[0]].map { $0.1 > 1 } ?? false
      let ambiguousB = bestB[proposal.b[0]].map { $0.1 > 1 } ?? false
      return !(ambiguousA || ambiguousB)
    }
  }
}
