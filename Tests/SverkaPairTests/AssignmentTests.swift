// The global choice of pairs: optimal against exhaustive search, one-to-one, and not greedy.

import SverkaTestSupport
import Testing

@testable import SverkaPair

@Suite struct AssignmentTests {
  /// The best total weight of a one-to-one choice among `edges`, by trying every choice.
  static func bruteForce(_ edges: [Assignment.Edge], left: Int, right: Int) -> Double {
    func best(_ row: Int, _ used: Set<Int>) -> Double {
      guard row < left else { return 0 }
      var result = best(row + 1, used)
      for edge in edges where edge.left == row && edge.weight > 0 && !used.contains(edge.right) {
        result = max(result, edge.weight + best(row + 1, used.union([edge.right])))
      }
      return result
    }
    return best(0, [])
  }

  static func total(_ assignment: Assignment, _ edges: [Assignment.Edge]) -> Double {
    var weight: [Int64: Double] = [:]
    for edge in edges { weight[Int64(edge.left) << 32 | Int64(edge.right)] = edge.weight }
    return assignment.rightOfLeft.enumerated().reduce(0) { sum, item in
      guard let right = item.element else { return sum }
      return sum + (weight[Int64(item.offset) << 32 | Int64(right)] ?? -.infinity)
    }
  }

  @Test func takesTheBestTotalWhereGreedyTakesTheBestEdge() {
    // Greedy takes a–x (0.9) and leaves b and y single (0.9 in all); a–y and b–x give 1.5.
    let edges = [
      Assignment.Edge(left: 0, right: 0, weight: 0.9),
      Assignment.Edge(left: 0, right: 1, weight: 0.8),
      Assignment.Edge(left: 1, right: 0, weight: 0.7),
    ]
    let assignment = Assignment(edges: edges, leftCount: 2, rightCount: 2)
    #expect(assignment.rightOfLeft == [1, 0])
  }

  @Test func leavesANodeSingleRatherThanTakeANonPositiveEdge() {
    let edges = [
      Assignment.Edge(left: 0, right: 0, weight: 2),
      Assignment.Edge(left: 1, right: 1, weight: -0.5),
      Assignment.Edge(left: 1, right: 0, weight: 1),
    ]
    let assignment = Assignment(edges: edges, leftCount: 3, rightCount: 2)
    #expect(assignment.rightOfLeft == [0, nil, nil])
  }

  @Test(arguments: 0..<40)
  func matchesExhaustiveSearchOnRandomGraphs(seed: Int) {
    var random = SeededGenerator(seed: UInt64(seed) &* 7919 &+ 1)
    let left = Int.random(in: 1...7, using: &random)
    let right = Int.random(in: 1...7, using: &random)
    var edges: [Assignment.Edge] = []
    for row in 0..<left {
      for column in 0..<right where Double.random(in: 0..<1, using: &random) < 0.45 {
        let weight = Double(Int.random(in: -3...20, using: &random)) / 4
        edges.append(Assignment.Edge(left: row, right: column, weight: weight))
      }
    }
    let assignment = Assignment(edges: edges, leftCount: left, rightCount: right)
    let chosen = assignment.rightOfLeft.compactMap { $0 }
    #expect(Set(chosen).count == chosen.count, "a right node taken twice")
    #expect(
      abs(Self.total(assignment, edges) - Self.bruteForce(edges, left: left, right: right)) < 1e-9)
  }
}
