// Interns paragraph and word keys by their bytes, hashing each once with FNV-1a 64.

/// Gives every distinct key (as UTF-8 bytes) a small integer, shared by both editions.
///
/// Swift's `String` hashing normalises Unicode on every call, which dominated the run
/// time on long documents; keys are already normalised, so bytes are hashed instead, with
/// the same FNV-1a 64 that makes the paragraphs' short hashes.
final class KeyInterner {
  /// The first id of each hash; the few keys whose hash another key already has are
  /// kept in `collisions`.
  private var firstIDs: [UInt64: Int32] = [:]
  private var collisions: [UInt64: [Int32]] = [:]
  private var keys: [[UInt8]] = []

  init() {}

  /// The id of `bytes` and its FNV-1a 64 hash.
  func intern(_ bytes: [UInt8]) -> (id: Int32, hash: UInt64) {
    let hash = KeyHash.fnv1a(bytes)
    return (intern(bytes, hash: hash), hash)
  }

  /// The id of `bytes`, whose FNV-1a 64 hash is `hash`.
  func intern(_ bytes: [UInt8], hash: UInt64) -> Int32 {
    guard let first = firstIDs[hash] else {
      return add(bytes) { firstIDs[hash] = $0 }
    }
    if keys[Int(first)] == bytes { return first }
    if let found = collisions[hash]?.first(where: { keys[Int($0)] == bytes }) { return found }
    return add(bytes) { collisions[hash, default: []].append($0) }
  }

  private func add(_ bytes: [UInt8], recording record: (Int32) -> Void) -> Int32 {
    let id = Int32(keys.count)
    keys.append(bytes)
    record(id)
    return id
  }
}
