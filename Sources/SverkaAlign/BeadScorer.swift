// What the alignment lattice asks of a cost model: the cost of one bead.

/// Scores beads for ``BeadLattice``; `Sendable` because the costs are computed on all cores.
protocol BeadScorer: Sendable {
  /// The cost, without the shape's prior, of the bead that ends after `english` English and
  /// `russian` Russian units and takes `englishCount` and `russianCount` of them.
  func cost(english: Int, russian: Int, englishCount: Int, russianCount: Int) -> Double
}
