// Chooses the pages worth scoring: an inverted index over each page's rarest concepts.

import Dispatch

/// An inverted index from concept to the pages of one side that mention it, and the search
/// for each page's likeliest counterparts on that side.
///
/// A page probes the index with its rarest concepts only (at most ``probes``, each mentioned
/// by at most ``postingLimit`` pages), so the work per page is bounded however large the
/// crawl: a name, a date or an uncommon number finds the counterpart, while `2018` or
/// "minister" would only add noise and time.
struct CandidateIndex {
  /// The concept's pages, as offsets into `pages`.
  private let start: [Int32]
  private let pages: [Int32]
  private let norms: [Double]
  private let weights: ConceptWeights
  /// The most concepts a page probes with.
  let probes: Int
  /// The most pages a concept may have to be probed.
  let postingLimit: Int

  /// Indexes `side`, whose concept frequencies are `frequency`.
  init(side: [PageProfile], frequency: [Int32], weights: ConceptWeights) {
    var start = [Int32](repeating: 0, count: frequency.count + 1)
    for (id, count) in frequency.enumerated() {
      start[id + 1] = start[id] + (weights.weight[id] > 0 ? count : 0)
    }
    var fill = start
    var pages = [Int32](repeating: 0, count: Int(start[frequency.count]))
    var norms = [Double](repeating: 0, count: side.count)
    for (index, page) in side.enumerated() {
      for list in [page.words, page.anchors] {
        for id in list where weights.weight[Int(id)] > 0 {
          pages[Int(fill[Int(id)])] = Int32(index)
          fill[Int(id)] += 1
        }
      }
      norms[index] = (weights.norm(page.words) + weights.norm(page.anchors))
    }
    self.start = start
    self.pages = pages
    self.norms = norms
    self.weights = weights
    probes = 24
    postingLimit = max(64, Int(4 * Double(side.count).squareRoot()))
  }

  /// For every page of `queries`, the indices of at most `count` pages of the indexed side
  /// that share the most weight of its rare concepts, best first.
  ///
  /// - Complexity: O(*q* × ``probes`` × ``postingLimit``) for *q* queries, in parallel.
  func candidates(for queries: [PageProfile], count: Int) -> [[Int32]] {
    let chunks = max(1, min(64, queries.count / 256))
    let size = (queries.count + chunks - 1) / max(chunks, 1)
    nonisolated(unsafe) var results = [[[Int32]]](repeating: [], count: chunks)
    results.withUnsafeMutableBufferPointer { slots in
      nonisolated(unsafe) let slots = slots
      DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        let range = chunk * size..<min(queries.count, (chunk + 1) * size)
        slots[chunk] = search(queries[range], count: count)
      }
    }
    return results.flatMap { $0 }
  }

  private func search(_ queries: ArraySlice<PageProfile>, count: Int) -> [[Int32]] {
    var score = [Double](repeating: 0, count: norms.count)
    var touched: [Int32] = []
    var result: [[Int32]] = []
    result.reserveCapacity(queries.count)
    for query in queries {
      var concepts: [(frequency: Int32, id: Int32)] = []
      for list in [query.words, query.anchors] {
        for id in list where weights.weight[Int(id)] > 0 {
          let frequency = start[Int(id) + 1] - start[Int(id)]
          if frequency <= postingLimit { concepts.append((frequency, id)) }
        }
      }
      concepts.sort {
        $0.frequency < $1.frequency || ($0.frequency == $1.frequency && $0.id < $1.id)
      }
      for (_, id) in concepts.prefix(probes) {
        let value = weights.weight[Int(id)]
        for offset in Int(start[Int(id)])..<Int(start[Int(id) + 1]) {
          let page = Int(pages[offset])
          if score[page] == 0 { touched.append(Int32(page)) }
          score[page] += value * value
        }
      }
      var best: [(score: Double, page: Int32)] = touched.map { page in
        (score[Int(page)] / max(norms[Int(page)], 1e-9), page)
      }
      best.sort { $0.score > $1.score || ($0.score == $1.score && $0.page < $1.page) }
      result.append(best.prefix(count).map(\.page))
      for page in touched { score[Int(page)] = 0 }
      touched.removeAll(keepingCapacity: true)
    }
    return result
  }
}
