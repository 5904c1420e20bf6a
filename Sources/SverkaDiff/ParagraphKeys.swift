// The matching keys of both editions' paragraphs, each distinct text folded once, on two threads.

import SverkaText

/// The interned matching key and short hash of every paragraph of two editions.
///
/// Folding is the one pass over all of both texts, so it is done once per distinct
/// paragraph: the new edition's paragraphs that are byte for byte the old edition's
/// (most of them, in a revision) take the old one's key. The work is split between two
/// threads, each with its own ``KeyFolder``; the keys are then interned in order, which
/// keeps the ids the same on every run.
struct ParagraphKeys {
  /// For each edition, the interned key of each paragraph.
  let ids: (a: [Int32], b: [Int32])
  /// For each edition, the short hash of each paragraph's key.
  let hashes: (a: [String], b: [String])

  private typealias Key = (bytes: [UInt8], hash: UInt64)

  /// Folds and interns the keys of `a` and `b`.
  ///
  /// - Throws: ``ICUError`` when ICU's normalizer fails.
  init(_ a: [String], _ b: [String], interner: KeyInterner) throws {
    // Pass 1: the old edition's keys and both editions' text hashes, in two halves.
    let texts = a + b
    let textHashes = try TwoThreads.map(texts.count) { _, range in
      range.map { Self.textHash(texts[$0]) }
    }
    let keysA = try TwoThreads.map(a.count) { _, range in
      let folder = KeyFolder(normalizer: Normalizer())
      return try range.map { try Self.key(a[$0], folder) }
    }
    // Pass 2: the new edition's paragraphs that the old one has, byte for byte.
    var firstInA: [UInt64: Int] = [:]
    firstInA.reserveCapacity(a.count)
    for index in a.indices where firstInA[textHashes[index]] == nil {
      firstInA[textHashes[index]] = index
    }
    let known = b.indices.map { index -> Int? in
      guard let match = firstInA[textHashes[a.count + index]], a[match].hasSameBytes(as: b[index])
      else {
        return nil
      }
      return match
    }
    let unknown = b.indices.filter { known[$0] == nil }
    // Pass 3: the rest of the new edition, in two halves.
    let folded = try TwoThreads.map(unknown.count) { _, range in
      let folder = KeyFolder(normalizer: Normalizer())
      return try range.map { try Self.key(b[unknown[$0]], folder) }
    }
    var keysB = [Key](repeating: ([], 0), count: b.count)
    for (index, match) in known.enumerated() {
      if let match { keysB[index] = keysA[match] }
    }
    for (position, index) in unknown.enumerated() { keysB[index] = folded[position] }
    let idsA = keysA.map { interner.intern($0.bytes[...], hash: $0.hash) }
    ids = (
      idsA,
      b.indices.map {
        known[$0].map { idsA[$0] } ?? interner.intern(keysB[$0].bytes[...], hash: keysB[$0].hash)
      }
    )
    hashes = (keysA.map { KeyHash.short($0.hash) }, keysB.map { KeyHash.short($0.hash) })
  }

  private static func key(_ text: String, _ folder: KeyFolder) throws -> Key {
    let bytes = try folder.keyBytes(text)
    return (bytes, KeyHash.fnv1a(bytes))
  }

  /// A quick hash of a paragraph's text, eight bytes at a time, to find equal texts; it
  /// is never shown.
  private static func textHash(_ text: String) -> UInt64 {
    var text = text
    return text.withUTF8 { bytes in
      var hash = UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
      guard let base = bytes.baseAddress else { return hash }
      var offset = 0
      while offset < bytes.count {
        var word: UInt64 = 0
        let length = min(8, bytes.count - offset)
        if length == 8 {
          word = ByteLanes.load(base + offset)
        } else {
          for index in 0..<length { word |= UInt64(base[offset + index]) << (8 * index) }
        }
        hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 31
        offset += 8
      }
      return hash
    }
  }
}
