// Short, stable hashes of matching keys, so chains of editions can be followed.

/// FNV-1a 64 over the UTF-8 of a matching key, printed as its first 8 hex digits.
package enum KeyHash {
  /// FNV-1a 64 of some bytes.
  static func fnv1a<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01b3
    }
    return hash
  }

  /// The first 8 lower-case hex digits of a 64-bit hash.
  static func short(_ hash: UInt64) -> String {
    let hex = String(hash >> 32, radix: 16)
    return String(repeating: "0", count: 8 - hex.count) + hex
  }

  /// The short hash of `key`: 8 lower-case hex digits, the same on every machine and run.
  package static func short(_ key: String) -> String { short(fnv1a(key.utf8)) }
}
