// Interns paragraph and word keys by their bytes, hashing each once with FNV-1a 64.

import SverkaText

/// Gives every distinct key (as UTF-8 bytes) a small integer, shared by both editions.
///
/// Swift's `String` hashing normalises Unicode on every call, which dominated the run
/// time on long documents; keys are already normalised, so bytes are hashed instead, with
/// the same FNV-1a 64 that makes the paragraphs' short hashes. The table is open
/// addressing on that hash (linear probing, at most half full), so a lookup hashes the
/// bytes once and compares them once.
final class KeyInterner {
  private var keys: [[UInt8]] = []
  /// For each slot, the hash of its key and its id, or -1 when the slot is empty.
  private var slotHashes: [UInt64]
  private var slotIDs: [Int32]

  init() {
    slotHashes = Array(repeating: 0, count: 1024)
    slotIDs = Array(repeating: -1, count: 1024)
  }

  /// The id of `bytes`.
  func intern(_ bytes: ArraySlice<UInt8>) -> Int32 {
    intern(bytes, hash: KeyHash.fnv1a(bytes))
  }

  /// The id of `bytes`, whose FNV-1a 64 hash is `hash`.
  func intern(_ bytes: ArraySlice<UInt8>, hash: UInt64) -> Int32 {
    let (slot, found) = probe(bytes, hash: hash)
    if let found { return found }
    let id = Int32(keys.count)
    keys.append(Array(bytes))
    slotHashes[slot] = hash
    slotIDs[slot] = id
    if 2 * keys.count > slotIDs.count { grow() }
    return id
  }

  /// The slot that holds `bytes` and its id, or the empty slot where it belongs.
  private func probe(_ bytes: ArraySlice<UInt8>, hash: UInt64) -> (slot: Int, id: Int32?) {
    // Local copies: one exclusivity check for the probe, not one per slot looked at;
    // they are gone before the caller writes to the table, so it is not copied.
    let ids = slotIDs
    let hashes = slotHashes
    let mask = ids.count - 1
    var slot = Self.slot(hash, mask: mask)
    while ids[slot] >= 0 {
      if hashes[slot] == hash, Self.same(keys[Int(ids[slot])], bytes) { return (slot, ids[slot]) }
      slot = (slot + 1) & mask
    }
    return (slot, nil)
  }

  /// Doubles the table and places every key again.
  private func grow() {
    let capacity = slotIDs.count * 2
    let mask = capacity - 1
    var hashes = [UInt64](repeating: 0, count: capacity)
    var ids = [Int32](repeating: -1, count: capacity)
    for (hash, id) in zip(slotHashes, slotIDs) where id >= 0 {
      var slot = Self.slot(hash, mask: mask)
      while ids[slot] >= 0 { slot = (slot + 1) & mask }
      hashes[slot] = hash
      ids[slot] = id
    }
    slotHashes = hashes
    slotIDs = ids
  }

  /// The first slot to try for `hash`: FNV's low bits are weak, so they are mixed
  /// (Fibonacci hashing) and the high bits taken.
  private static func slot(_ hash: UInt64, mask: Int) -> Int {
    let mixed = hash &* 0x9E37_79B9_7F4A_7C15
    return Int(truncatingIfNeeded: mixed >> 32) & mask
  }

  /// Byte equality with `memcmp`; `==` on arrays compares element by element.
  private static func same(_ first: [UInt8], _ second: ArraySlice<UInt8>) -> Bool {
    first.withUnsafeBytes { left in
      second.withUnsafeBytes { right in ByteSearch.equal(left, right) }
    }
  }
}
