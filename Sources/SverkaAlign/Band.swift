// The band of the dynamic programme: which cells are searched, row by row.

/// A monotone band of lattice cells: for each row `i` in `0...rows` (units of English
/// read) the columns `lower[i]...upper[i]` (units of Russian read) that are searched.
///
/// Cells are stored row after row, so memory and time are the band's area: O((*n* + *m*)·*w*)
/// for a band *w* cells wide, instead of O(*n*·*m*).
struct Band: Sendable {
  /// The number of English units.
  let rows: Int
  /// The number of Russian units.
  let columns: Int
  /// The first searched column of each row.
  let lower: [Int]
  /// The last searched column of each row.
  let upper: [Int]
  /// Where each row's cells start in storage.
  let offsets: [Int]

  /// The number of cells.
  var cellCount: Int { offsets[rows + 1] }

  /// Makes a band from per-row limits, repaired so that it is monotone, holds both corners
  /// and keeps consecutive rows overlapping.
  init(rows: Int, columns: Int, lower proposedLower: [Int], upper proposedUpper: [Int]) {
    precondition(proposedLower.count == rows + 1 && proposedUpper.count == rows + 1)
    var lower = proposedLower.map { min(max($0, 0), columns) }
    var upper = proposedUpper.map { min(max($0, 0), columns) }
    lower[0] = 0
    upper[rows] = columns
    // Lower limits never decrease (reading backwards, each takes the minimum ahead);
    // upper limits never decrease (reading forwards, each takes the maximum behind).
    for i in stride(from: rows - 1, through: 0, by: -1) { lower[i] = min(lower[i], lower[i + 1]) }
    for i in 1...max(1, rows) where i <= rows { upper[i] = max(upper[i], upper[i - 1]) }
    for i in 0...rows where upper[i] < lower[i] { upper[i] = lower[i] }
    // Consecutive rows share a column, so every cell is reachable by 1-0 and 0-1 beads.
    for i in 0..<rows where upper[i] < lower[i + 1] { upper[i] = lower[i + 1] }
    var offsets = [Int](repeating: 0, count: rows + 2)
    for i in 0...rows { offsets[i + 1] = offsets[i] + upper[i] - lower[i] + 1 }
    self.rows = rows
    self.columns = columns
    self.lower = lower
    self.upper = upper
    self.offsets = offsets
  }

  /// A band `width` columns either side of a centre line.
  init(rows: Int, columns: Int, centers: [Int], width: Int) {
    self.init(
      rows: rows, columns: columns, lower: centers.map { $0 - width },
      upper: centers.map { $0 + width })
  }

  /// A band `margin` columns either side of `path`: coarse to fine, the next search
  /// follows the path found in a narrower or coarser one.
  init(around path: LatticePath, rows: Int, columns: Int, margin: Int) {
    var lower = [Int](repeating: Int.max, count: rows + 1)
    var upper = [Int](repeating: Int.min, count: rows + 1)
    for bead in path.beads {
      for row in bead.english.lowerBound...bead.english.upperBound {
        lower[row] = min(lower[row], bead.russian.lowerBound - margin)
        upper[row] = max(upper[row], bead.russian.upperBound + margin)
      }
    }
    self.init(rows: rows, columns: columns, lower: lower, upper: upper)
  }

  /// The storage index of cell (`i`, `j`), or `nil` when it is outside the band.
  @inline(__always)
  func index(_ i: Int, _ j: Int) -> Int? {
    guard i >= 0, i <= rows, j >= lower[i], j <= upper[i] else { return nil }
    return offsets[i] + j - lower[i]
  }

  /// Whether cell (`i`, `j`) lies on an edge of the band that is not an edge of the whole
  /// lattice: a path through it might have gone further with a wider band.
  func isOnInnerEdge(_ i: Int, _ j: Int) -> Bool {
    (j == lower[i] && j > 0) || (j == upper[i] && j < columns)
  }
}
