// The best path through the alignment lattice, and whether a wider band might beat it.

/// The best path through a band.
struct LatticePath: Sendable {
  /// The beads in order; together they cover both sides exactly once.
  let beads: [PathBead]
  /// The path runs along an edge of the band that is not an edge of the lattice, so a wider
  /// band might find a better one.
  let touchesEdge: Bool
}
