// One edition prepared for the diff: keys of every paragraph, tokens on demand.

/// The paragraphs of one edition with what the diff compares them by.
///
/// Keys are computed for every paragraph; word units only for the paragraphs that the
/// diff has to look inside, which in a typical revision is a small share.
final class DiffSide {
  /// The original texts.
  let texts: [String]
  /// The interned matching key of each paragraph.
  let keyIDs: [Int32]
  /// The short hash of each paragraph's key.
  let hashes: [String]
  private var units: [[WordToken]?]
  private var stems: [[Int32]?]
  private var bytes: [[UInt8]?]
  private let tokenizer: WordTokenizer

  init(texts: [String], keyIDs: [Int32], hashes: [String], tokenizer: WordTokenizer) {
    self.texts = texts
    self.keyIDs = keyIDs
    self.hashes = hashes
    units = Array(repeating: nil, count: texts.count)
    stems = Array(repeating: nil, count: texts.count)
    bytes = Array(repeating: nil, count: texts.count)
    self.tokenizer = tokenizer
  }

  var count: Int { texts.count }

  /// The word units of paragraph `index`.
  func units(_ index: Int) throws -> [WordToken] {
    if let known = units[index] { return known }
    try load(index)
    return units[index] ?? []
  }

  /// The sorted similarity stems of paragraph `index`.
  func stems(_ index: Int) throws -> [Int32] {
    if let known = stems[index] { return known }
    try load(index)
    return stems[index] ?? []
  }

  /// The UTF-8 bytes of paragraph `index`.
  func bytes(_ index: Int) -> [UInt8] {
    if let known = bytes[index] { return known }
    let made = Array(texts[index].utf8)
    bytes[index] = made
    return made
  }

  /// The original text of a UTF-8 range of paragraph `index`.
  func text(_ index: Int, _ range: Range<Int>) -> String {
    String(decoding: bytes(index)[range], as: UTF8.self)
  }

  /// Tokenizes paragraphs of both sides before they are asked for.
  ///
  /// The analysis, most of the cost, is split between two threads, the second with its
  /// own `helper` tokenizer; the pieces are then interned on this thread in a fixed order,
  /// so the ids are the same on every run.
  ///
  /// - Parameters:
  ///   - a: one side.
  ///   - aIndices: the paragraphs of `a` to tokenize.
  ///   - b: the other side.
  ///   - bIndices: the paragraphs of `b` to tokenize.
  ///   - helper: a tokenizer with its own folder and iterator, on the same table.
  /// - Throws: ``ICUError`` when ICU fails.
  static func preload(
    _ a: DiffSide, _ aIndices: [Int], _ b: DiffSide, _ bIndices: [Int], helper: WordTokenizer
  ) throws {
    let items = aIndices.map { (a, $0) } + bIndices.map { (b, $0) }
    nonisolated(unsafe) let shared = (items: items, tokenizers: [a.tokenizer, helper])
    let analyses = try TwoThreads.map(items.count) { half, range in
      let tokenizer = shared.tokenizers[half]
      return try range.map { position in
        let (side, index) = shared.items[position]
        return try tokenizer.analyze(side.texts[index])
      }
    }
    for ((side, index), analysis) in zip(items, analyses) {
      let made = a.tokenizer.intern(analysis)
      side.units[index] = made.units
      side.stems[index] = made.stems
    }
  }

  private func load(_ index: Int) throws {
    let made = try tokenizer.tokenize(texts[index])
    units[index] = made.units
    stems[index] = made.stems
  }
}
