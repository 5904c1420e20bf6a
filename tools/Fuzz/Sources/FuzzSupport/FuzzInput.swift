// Splits one fuzzer input into the two texts a pair target needs.

/// The two halves of a fuzzer input, split at the first NUL byte (none: the second is empty).
public struct FuzzInput {
  /// The bytes before the first NUL.
  public let first: [UInt8]
  /// The bytes after it.
  public let second: [UInt8]

  /// Splits `bytes`.
  public init(_ bytes: [UInt8]) {
    let split = bytes.firstIndex(of: 0) ?? bytes.count
    first = Array(bytes[..<split])
    second = split < bytes.count ? Array(bytes[(split + 1)...]) : []
  }
}
