// One bead of the best path through the alignment lattice, with its posterior.

/// One bead of a path: where it starts, its shape, and its posterior probability.
struct PathBead: Sendable, Equatable {
  let english: Range<Int>
  let russian: Range<Int>
  let posterior: Double
}
