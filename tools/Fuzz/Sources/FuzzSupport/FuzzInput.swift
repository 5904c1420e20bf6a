// Splits one fuzzer input into the two texts a pair target needs.

/// The two halves of a fuzzer input, split at the first NUL byte (none: the second is empty).
public struct FuzzInput {
  /// The bytes before the first NUL.
  public let first: [UInt8]
  /// The bytes after it.
  public let second: [UInt8]

  /// Splits `size` bytes at `data`.
  public init(_ data: UnsafePointer<UInt8>, _ size: Int) {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let split = bytes.firstIndex(of: 0) ?? size
    first = Array(bytes[..<split])
    second = split < size ? Array(bytes[(split + 1)...]) : []
  }
}
