// The coarse pass of coarse to fine: band centres that follow the drift of a long document
// or a long paragraph, found by aligning blocks of units before the units themselves.

extension Aligner {
  /// The units one block of the coarse pass holds.
  static let blockSize = 8

  /// Up to this many units on either side, the length diagonal is centre enough: a drift
  /// from it stays within the first band or the widening allowed by the cell budget.
  static let coarseThreshold = 256

  /// For each row `0...english.count`, the column a band over these units is centred on.
  ///
  /// A band around the length diagonal cannot follow a drift of hundreds of units, as a
  /// deletion of a few percent of a long text causes. So above ``coarseThreshold`` units a
  /// side, the units are cut into blocks of ``blockSize``, the blocks are aligned (their
  /// own band centred the same way, one level coarser), and the centres are read off the
  /// block path: the fine band follows the coarse path wherever it drifts.
  ///
  /// - Complexity: O(*n* + *m*) time and memory: each level holds an eighth of the units of
  ///   the level below, and each band at most ``cellsPerUnit`` cells a unit.
  func centers(_ english: [UnitFeatures], _ russian: [UnitFeatures], model: AlignmentModel)
    -> [Int]
  {
    guard min(english.count, russian.count) > Self.coarseThreshold else {
      return Self.diagonal(english, russian)
    }
    let englishBlocks = Self.blocks(of: english)
    let russianBlocks = Self.blocks(of: russian)
    var width = paragraphBandWidth
    var known: BeadLattice.Costs? = nil
    let path = widenedPath(
      englishBlocks, russianBlocks, model: model,
      centers: centers(englishBlocks, russianBlocks, model: model), width: &width,
      posteriors: false, known: &known)
    var result = [Int](repeating: 0, count: english.count + 1)
    for bead in path.beads {
      let englishStart = min(bead.english.lowerBound * Self.blockSize, english.count)
      let englishEnd = min(bead.english.upperBound * Self.blockSize, english.count)
      let russianStart = min(bead.russian.lowerBound * Self.blockSize, russian.count)
      let russianEnd = min(bead.russian.upperBound * Self.blockSize, russian.count)
      // A bead of Russian blocks only holds no row of its own; its neighbours set the
      // row they share with it.
      guard englishEnd > englishStart else {
        result[englishStart] = russianEnd
        continue
      }
      for row in englishStart...englishEnd {
        result[row] =
          russianStart + (row - englishStart) * (russianEnd - russianStart)
          / (englishEnd - englishStart)
      }
    }
    result[english.count] = russian.count
    return result
  }

  /// The cheapest path through a band of `width` units either side of `centers`, widened
  /// (twice as wide each time) while the path runs along an inner edge of the band and the
  /// wider band fits ``cellsPerUnit`` cells a unit; `width` ends as the last width tried.
  /// Each band takes the bead costs `known` holds from a band before (a cost depends on its
  /// cell and shape only) and leaves its own there.
  func widenedPath(
    _ english: [UnitFeatures], _ russian: [UnitFeatures], model: AlignmentModel,
    centers: [Int], width: inout Int, posteriors: Bool, known: inout BeadLattice.Costs?
  ) -> LatticePath {
    let budget = Self.cellsPerUnit * (english.count + russian.count + 2)
    var band = Band(rows: english.count, columns: russian.count, centers: centers, width: width)
    while true {
      let scorer = BeadCost(english: english, russian: russian, model: model, band: band)
      let path = BeadLattice.solve(
        band: band, shapes: Self.paragraphShapes, scorer: scorer, temperature: temperature,
        posteriors: posteriors, known: &known)
      guard path.touchesEdge, width < max(english.count, russian.count) else { return path }
      let wider = Band(
        rows: english.count, columns: russian.count, centers: centers, width: width * 2)
      guard wider.cellCount <= budget else { return path }
      width *= 2
      band = wider
    }
  }

  /// The units read in blocks of ``blockSize``, the last one possibly shorter.
  static func blocks(of units: [UnitFeatures]) -> [UnitFeatures] {
    stride(from: 0, to: units.count, by: blockSize).map {
      UnitFeatures.merged(units[$0..<min($0 + blockSize, units.count)])
    }
  }
}
