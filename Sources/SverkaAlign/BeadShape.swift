// A bead shape of the alignment lattice: how many units of each side one link takes.

/// A bead shape: how many English and Russian units one link takes, and its prior cost.
struct BeadShape: Sendable {
  let english: Int
  let russian: Int
  /// −log of the prior probability of the shape.
  let prior: Double
}
