// Learns word pairs from the document: stems that keep appearing in the same links.

/// Finds English and Russian stems that co-occur in confident one-to-one links more often
/// than chance, as hunalign's realign pass does.
enum LexiconLearner {
  /// Co-occurrences a pair needs.
  static let minimumCount = 2
  /// The Dice coefficient a pair needs: 2·both / (English + Russian occurrences).
  static let minimumDice = 0.6

  /// English stem id → Russian stem ids that translate it in this document, each list in
  /// ascending order.
  ///
  /// - Complexity: O(*p* log *p*) for the *p* = *l*·*k*² stem pairs of *l* links of *k*
  ///   stems each.
  static func pairs(
    from links: [(english: Int, russian: Int)], english: [UnitFeatures],
    russian: [UnitFeatures]
  ) -> [Int32: [Int32]] {
    var englishCounts: [Int32: Int] = [:]
    var russianCounts: [Int32: Int] = [:]
    for link in links {
      let e = english[link.english].stems
      let r = russian[link.russian].stems
      for stem in e { englishCounts[stem, default: 0] += 1 }
      for stem in r { russianCounts[stem, default: 0] += 1 }
    }
    // Every co-occurrence as one number, English id high, then sorted, so that each pair's
    // count is the length of its run: a sort reads memory in order, where a table of counts
    // missed the cache on nearly every pair of a long document.
    var both: [Int64] = []
    for link in links {
      let e = english[link.english].stems.filter { (englishCounts[$0] ?? 0) >= minimumCount }
      let r = russian[link.russian].stems.filter { (russianCounts[$0] ?? 0) >= minimumCount }
      for x in e {
        for y in r { both.append(Int64(x) << 32 | Int64(y)) }
      }
    }
    both.sort()
    var result: [Int32: [Int32]] = [:]
    var start = 0
    while start < both.count {
      let key = both[start]
      var end = start + 1
      while end < both.count, both[end] == key { end += 1 }
      let count = end - start
      start = end
      guard count >= minimumCount else { continue }
      let x = Int32(truncatingIfNeeded: key >> 32)
      let y = Int32(truncatingIfNeeded: key)
      let dice = 2 * Double(count) / Double((englishCounts[x] ?? 0) + (russianCounts[y] ?? 0))
      if dice >= minimumDice { result[x, default: []].append(y) }
    }
    return result
  }
}
