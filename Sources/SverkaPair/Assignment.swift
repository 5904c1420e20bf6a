// The global one-to-one choice of pairs: a maximum-weight matching on the sparse candidate graph.

/// A maximum-weight bipartite matching, not necessarily perfect, on a sparse graph.
///
/// Every left node may also stay single, which is modelled as a private column of weight 0,
/// so the problem becomes an assignment that the Hungarian method solves exactly. Rows are
/// added one at a time and each finds its shortest augmenting path by Dijkstra over reduced
/// costs (the successive-shortest-path form of the Hungarian method, as in Jonker and
/// Volgenant). A search touches only the part of the graph its row can reach, so the work
/// stays inside the row's connected component: the graph is solved component by component
/// without cutting it up, and a crawl's thousands of small components cost little.
struct Assignment {
  /// An edge: a left node, a right node and the weight of pairing them (positive).
  struct Edge {
    let left: Int
    let right: Int
    let weight: Double
  }

  /// The right node matched to each left node, or `nil`.
  let rightOfLeft: [Int?]

  /// Solves the matching.
  ///
  /// - Parameters:
  ///   - edges: the candidate pairs; edges of weight 0 or less are never worth taking.
  ///   - leftCount: the number of left nodes.
  ///   - rightCount: the number of right nodes.
  /// - Complexity: O(*V* · *E* log *V*) in the worst case; near O(*E* log *E*) when the
  ///   components are small, as they are in a crawl.
  init(edges: [Edge], leftCount: Int, rightCount: Int) {
    // Rows as compressed lists of (column, cost); cost = -weight, the row's own "stay
    // single" column (rightCount + row) costs 0.
    let kept = edges.filter { $0.weight > 0 }
    var start = [Int](repeating: 0, count: leftCount + 1)
    for edge in kept { start[edge.left + 1] += 1 }
    for row in 0..<leftCount { start[row + 1] += start[row] }
    var fill = start
    var columns = [Int](repeating: 0, count: kept.count)
    var costs = [Double](repeating: 0, count: kept.count)
    for edge in kept {
      columns[fill[edge.left]] = edge.right
      costs[fill[edge.left]] = -edge.weight
      fill[edge.left] += 1
    }
    let columnCount = rightCount + leftCount
    var rowOfColumn = [Int](repeating: -1, count: columnCount)
    var columnOfRow = [Int](repeating: -1, count: leftCount)
    var rowPotential = [Double](repeating: 0, count: leftCount)
    var columnPotential = [Double](repeating: 0, count: columnCount)
    var distance = [Double](repeating: .infinity, count: columnCount)
    var previousRow = [Int](repeating: -1, count: columnCount)
    var scanned = [Bool](repeating: false, count: columnCount)
    var touched: [Int] = []
    var heap = MinHeap()

    /// Calls `body` with each (column, cost) of `row`, its single column included.
    func forEachEdge(of row: Int, _ body: (Int, Double) -> Void) {
      for offset in start[row]..<start[row + 1] { body(columns[offset], costs[offset]) }
      body(rightCount + row, 0)
    }

    for row in 0..<leftCount where start[row + 1] > start[row] {
      var lowest = Double.infinity
      forEachEdge(of: row) { column, cost in
        lowest = min(lowest, cost - columnPotential[column])
      }
      rowPotential[row] = lowest
      forEachEdge(of: row) { column, cost in
        let reduced = cost - rowPotential[row] - columnPotential[column]
        if reduced < distance[column] {
          if distance[column] == .infinity { touched.append(column) }
          distance[column] = reduced
          previousRow[column] = row
          heap.push(reduced, column)
        }
      }
      var finalDistance = 0.0
      var free = -1
      var scannedColumns: [Int] = []
      while let (value, column) = heap.pop() {
        if scanned[column] || value > distance[column] { continue }
        scanned[column] = true
        scannedColumns.append(column)
        if rowOfColumn[column] < 0 {
          free = column
          finalDistance = value
          break
        }
        let next = rowOfColumn[column]
        forEachEdge(of: next) { target, cost in
          guard !scanned[target] else { return }
          let reduced = cost - rowPotential[next] - columnPotential[target]
          let candidate = value + max(reduced, 0)
          if candidate < distance[target] {
            if distance[target] == .infinity { touched.append(target) }
            distance[target] = candidate
            previousRow[target] = next
            heap.push(candidate, target)
          }
        }
      }
      // Potentials keep every reduced cost non-negative and matched edges at zero.
      for column in scannedColumns where column != free {
        let row = rowOfColumn[column]
        rowPotential[row] += finalDistance - distance[column]
        columnPotential[column] += distance[column] - finalDistance
      }
      rowPotential[row] += finalDistance
      var column = free
      while column >= 0 {
        let owner = previousRow[column]
        let displaced = columnOfRow[owner]
        rowOfColumn[column] = owner
        columnOfRow[owner] = column
        column = owner == row ? -1 : displaced
      }
      for column in touched {
        distance[column] = .infinity
        scanned[column] = false
        previousRow[column] = -1
      }
      touched.removeAll(keepingCapacity: true)
      heap.removeAll()
    }
    rightOfLeft = columnOfRow.map { $0 >= 0 && $0 < rightCount ? $0 : nil }
  }
}

/// A binary min-heap of (distance, column) for Dijkstra, with lazy deletion by the caller.
private struct MinHeap {
  private var items: [(Double, Int)] = []

  mutating func push(_ key: Double, _ value: Int) {
    items.append((key, value))
    var child = items.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard Self.less(items[child], items[parent]) else { break }
      items.swapAt(child, parent)
      child = parent
    }
  }

  mutating func pop() -> (Double, Int)? {
    guard let first = items.first else { return nil }
    let last = items.removeLast()
    if !items.isEmpty {
      items[0] = last
      var parent = 0
      while true {
        let left = 2 * parent + 1
        let right = left + 1
        var smallest = parent
        if left < items.count && Self.less(items[left], items[smallest]) { smallest = left }
        if right < items.count && Self.less(items[right], items[smallest]) { smallest = right }
        if smallest == parent { break }
        items.swapAt(parent, smallest)
        parent = smallest
      }
    }
    return first
  }

  mutating func removeAll() { items.removeAll(keepingCapacity: true) }

  /// Ties broken by column, so that the matching does not depend on the heap's history.
  private static func less(_ left: (Double, Int), _ right: (Double, Int)) -> Bool {
    left.0 < right.0 || (left.0 == right.0 && left.1 < right.1)
  }
}
