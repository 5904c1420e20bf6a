// Interns paragraph keys by their bytes, hashing each once with FNV-1a 64.

/// Gives every distinct key (as UTF-8 bytes) a small integer, shared by both editions.
///
/// Swift's `String` hashing normalises Unicode on every call, which dominated the run
/// time on long documents; keys are already normalised, so bytes are hashed instead, with
/// the same FNV-1a 64 that makes the paragraphs' short hashes.
final class KeyInterner {
  private var buckets: [UInt64: [(bytes: [UInt8], id: Int32)]] = [:]
  private var count: Int32 = 0

  init() {}

  /// The id of `bytes` and its FNV-1a 64 hash.
  func intern(_ bytes: [UInt8]) -> (id: Int32, hash: UInt64) {
    let hash = KeyHash.fnv1a(bytes)
    if let bucket = buckets[hash], let found = bucket.first(where: { $0.bytes == bytes }) {
      return (found.id, hash)
    }
    let id = count
    count += 1
    buckets[hash, default: []].append((bytes, id))
    return (id, hash)
  }
}
