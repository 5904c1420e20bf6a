// What the aligner knows of one sentence or paragraph: its length and what it mentions.

/// The features of one alignment unit (a sentence, a paragraph, or several of either).
///
/// Concepts are interned ids that mean the same on both sides: Russian stems (which English
/// stems reach through the lexicon), cognate keys, numbers, months and acronyms. They are
/// kept sorted and unique so that two units are compared by one merge.
package struct UnitFeatures: Sendable {
  /// The length in Unicode scalars, spaces included (Gale–Church count characters).
  package var length: Double
  /// Word concepts (lexicon translations and cognate keys), sorted, unique.
  package var words: [Int32]
  /// Anchor concepts (numbers, months, acronyms), sorted, unique.
  package var anchors: [Int32]
  /// The unit's own stems (English `e:` or Russian `r:` ids), sorted, unique: its content
  /// words, counted as evidence and used to learn a lexicon from the document.
  var stems: [Int32]
  /// The question mark or colon the unit closes with (``Anchors/closingMark(of:)``), or `nil`.
  package var closing: Unicode.Scalar? = nil

  static let empty = UnitFeatures(length: 0, words: [], anchors: [], stems: [])

  /// The features of units read one after the other; they close as the last one does.
  static func merged(_ units: some Collection<UnitFeatures>) -> UnitFeatures {
    guard let first = units.first else { return .empty }
    if units.count == 1 { return first }
    var result = UnitFeatures.empty
    for unit in units {
      result.length += unit.length + 1
      result.words += unit.words
      result.anchors += unit.anchors
      result.stems += unit.stems
      result.closing = unit.closing
    }
    result.length -= 1
    result.words = sortedUnique(result.words)
    result.anchors = sortedUnique(result.anchors)
    result.stems = sortedUnique(result.stems)
    return result
  }

  package static func sortedUnique(_ values: [Int32]) -> [Int32] {
    guard values.count > 1 else { return values }
    let sorted = values.sorted()
    var result: [Int32] = [sorted[0]]
    result.reserveCapacity(sorted.count)
    for value in sorted.dropFirst() where value != result[result.count - 1] {
      result.append(value)
    }
    return result
  }
}
