// The dynamic programme over beads: the cheapest path through a band, and each bead's
// posterior probability by the forward–backward algorithm.
import Foundation

/// Viterbi and forward–backward over a ``Band``.
enum BeadLattice {
  /// The cheapest path from (0, 0) to (rows, columns) with the posterior of each bead.
  ///
  /// Posteriors are computed with costs divided by `temperature`: the probability, over all
  /// paths in the band weighted by exp(−cost / temperature), that a path holds that bead.
  /// With `posteriors` false only the path is found (a third of the time: no exp, no
  /// backward pass) and every bead's posterior is 1.
  ///
  /// - Complexity: O(*c*·*s*) time and memory for *c* cells in the band and *s* shapes.
  static func solve<Scorer: BeadScorer>(
    band: Band, shapes: [BeadShape], scorer: Scorer, temperature: Double,
    posteriors: Bool = true
  ) -> LatticePath {
    var known: Costs? = nil
    return solve(
      band: band, shapes: shapes, scorer: scorer, temperature: temperature,
      posteriors: posteriors, known: &known)
  }

  /// The costs of one band, kept so that the next band of the same scorer and shapes
  /// (coarse to fine: wider, or around a path found) computes only the cells it adds.
  struct Costs {
    let band: Band
    let shapeCount: Int
    let values: [Float]
  }

  /// ``solve(band:shapes:scorer:temperature:posteriors:)``, taking the costs `known` holds
  /// from an earlier band of the same scorer and shapes, and leaving this band's in it.
  ///
  /// - Complexity: O(*c*·*s*) time and memory; the scorer is asked only for cells and
  ///   shapes `known` does not hold.
  static func solve<Scorer: BeadScorer>(
    band: Band, shapes: [BeadShape], scorer: Scorer, temperature: Double,
    posteriors: Bool = true, known: inout Costs?
  ) -> LatticePath {
    let cells = band.cellCount
    let shapeCount = shapes.count
    let costs = Self.costs(
      band: band, shapes: shapes, scorer: scorer,
      known: known?.shapeCount == shapeCount ? known : nil)
    known = Costs(band: band, shapeCount: shapeCount, values: costs)
    let inverse = 1 / temperature
    let alpha: [Double]
    let back: [UInt8]
    var beta: [Double] = []
    if posteriors && cells >= Self.concurrentCells {
      // The forward pass and the backward pass read only the costs, so a band large enough
      // to repay a thread runs them at once.
      nonisolated(unsafe) var forward: (back: [UInt8], alpha: [Double])? = nil
      nonisolated(unsafe) var backward: [Double] = []
      DispatchQueue.concurrentPerform(iterations: 2) { part in
        if part == 0 {
          forward = Self.forward(band, shapes, costs, inverse: inverse, posteriors: true)
        } else {
          backward = Self.backward(band, shapes, costs, inverse: inverse)
        }
      }
      guard let forward else { preconditionFailure("the forward pass left no result") }
      (back, alpha) = forward
      beta = backward
    } else {
      (back, alpha) = Self.forward(band, shapes, costs, inverse: inverse, posteriors: posteriors)
      if posteriors { beta = Self.backward(band, shapes, costs, inverse: inverse) }
    }

    let total = alpha[cells - 1]
    var beads: [PathBead] = []
    var touches = false
    var i = band.rows
    var j = band.columns
    while i > 0 || j > 0 {
      guard let cell = band.index(i, j), back[cell] != .max else { break }
      if band.isOnInnerEdge(i, j) { touches = true }
      let s = Int(back[cell])
      let shape = shapes[s]
      let pi = i - shape.english
      let pj = j - shape.russian
      let previous = band.index(pi, pj) ?? 0
      var posterior = 1.0
      if posteriors {
        let logPosterior =
          alpha[previous] - Double(costs[cell * shapeCount + s]) * inverse + beta[cell] - total
        posterior = min(1, max(0, exp(logPosterior)))
      }
      beads.append(PathBead(english: pi..<i, russian: pj..<j, posterior: posterior))
      i = pi
      j = pj
    }
    return LatticePath(beads: beads.reversed(), touchesEdge: touches)
  }

  /// Bands of at least this many cells run the forward and backward passes at once.
  static let concurrentCells = 1 << 14

  /// The forward pass: each cell's last bead on its cheapest path from (0, 0) (`.max` for
  /// none), and, with `posteriors`, its log forward probability (alpha).
  private static func forward(
    _ band: Band, _ shapes: [BeadShape], _ costs: [Float], inverse: Double, posteriors: Bool
  ) -> (back: [UInt8], alpha: [Double]) {
    let cells = band.cellCount
    let shapeCount = shapes.count
    var best = [Double](repeating: .infinity, count: cells)
    var back = [UInt8](repeating: .max, count: cells)
    var alpha = [Double](repeating: -.infinity, count: cells)
    best[0] = 0
    alpha[0] = 0

    for i in 0...band.rows {
      let rowOffset = band.offsets[i]
      for j in band.lower[i]...band.upper[i] {
        let cell = rowOffset + j - band.lower[i]
        if cell == 0 { continue }
        var cheapest = Double.infinity
        var cheapestShape = UInt8.max
        var peak = -Double.infinity
        var sum = 0.0
        for s in 0..<shapeCount {
          let shape = shapes[s]
          let pi = i - shape.english
          let pj = j - shape.russian
          guard pi >= 0, pj >= 0, let previous = band.index(pi, pj), best[previous] < .infinity
          else { continue }
          let cost = Double(costs[cell * shapeCount + s])
          let total = best[previous] + cost
          if total < cheapest {
            cheapest = total
            cheapestShape = UInt8(s)
          }
          guard posteriors else { continue }
          let term = alpha[previous] - cost * inverse
          if term > peak {
            sum = sum * exp(peak - term) + 1
            peak = term
          } else {
            sum += exp(term - peak)
          }
        }
        best[cell] = cheapest
        back[cell] = cheapestShape
        alpha[cell] = peak > -.infinity ? peak + log(sum) : -.infinity
      }
    }
    return (back, alpha)
  }

  /// The backward pass: each cell's log backward probability (beta).
  private static func backward(
    _ band: Band, _ shapes: [BeadShape], _ costs: [Float], inverse: Double
  ) -> [Double] {
    let cells = band.cellCount
    let shapeCount = shapes.count
    var beta = [Double](repeating: -.infinity, count: cells)
    beta[cells - 1] = 0
    for i in stride(from: band.rows, through: 0, by: -1) {
      let rowOffset = band.offsets[i]
      for j in stride(from: band.upper[i], through: band.lower[i], by: -1) {
        let cell = rowOffset + j - band.lower[i]
        if cell == cells - 1 { continue }
        var peak = -Double.infinity
        var sum = 0.0
        for s in 0..<shapeCount {
          let shape = shapes[s]
          guard let next = band.index(i + shape.english, j + shape.russian) else { continue }
          let cost = Double(costs[next * shapeCount + s])
          guard cost < .infinity, beta[next] > -.infinity else { continue }
          let term = beta[next] - cost * inverse
          if term > peak {
            sum = sum * exp(peak - term) + 1
            peak = term
          } else {
            sum += exp(term - peak)
          }
        }
        beta[cell] = peak > -.infinity ? peak + log(sum) : -.infinity
      }
    }
    return beta
  }

  /// Each cell's cost for each shape, `.infinity` where the bead would start outside the
  /// band: the scorer's work, independent of the programme, so the rows are shared out over
  /// the cores (on 10,000 sentences this was a third of the time). A bead's cost depends on
  /// its cell and shape only, so one that `known` holds (finite there) is taken from it.
  static func costs<Scorer: BeadScorer>(
    band: Band, shapes: [BeadShape], scorer: Scorer, known: Costs? = nil
  ) -> [Float] {
    let shapeCount = shapes.count
    var costs = [Float](repeating: .infinity, count: band.cellCount * shapeCount)
    let rows = band.rows + 1
    let chunks = rows * shapeCount >= 4096 ? ProcessInfo.processInfo.activeProcessorCount : 1
    costs.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let out = buffer
      DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        // Chunks hold disjoint rows, so they write disjoint cells.
        for i in (rows * chunk / chunks)..<(rows * (chunk + 1) / chunks) {
          for j in band.lower[i]...band.upper[i] {
            guard let cell = band.index(i, j) else { continue }
            for s in 0..<shapeCount {
              let shape = shapes[s]
              let pi = i - shape.english
              let pj = j - shape.russian
              guard pi >= 0, pj >= 0, band.index(pi, pj) != nil else { continue }
              if let known, let old = known.band.index(i, j),
                known.values[old * shapeCount + s] < .infinity
              {
                out[cell * shapeCount + s] = known.values[old * shapeCount + s]
                continue
              }
              out[cell * shapeCount + s] = Float(
                shape.prior
                  + scorer.cost(
                    english: i, russian: j, englishCount: shape.english,
                    russianCount: shape.russian))
            }
          }
        }
      }
    }
    return costs
  }
}
