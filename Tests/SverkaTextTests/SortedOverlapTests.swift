// The one merge count of sorted ids, with repeats counted as multisets.

import SverkaText
import Testing

@Suite struct SortedOverlapTests {
  @Test func sharedValues() {
    #expect(SortedOverlap.count([1, 3, 5], [2, 3, 5, 7]) == 2)
    #expect(SortedOverlap.count([1, 1, 2], [1, 1, 1]) == 2)
    #expect(SortedOverlap.count([], [1]) == 0)
  }
}
