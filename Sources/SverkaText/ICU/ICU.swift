// The namespace for Sverka's Swift wrappers over ICU, and the error they all throw.
import CSverkaICU

/// Swift wrappers over the parts of ICU that Sverka uses.
///
/// Every wrapper calls ICU through the `CSverkaICU` shim, owns the ICU objects it opens
/// and closes them in `deinit`, and turns every failing status into an ``ICUError``.
package enum ICU {}

/// A failure reported by ICU, with the operation that failed.
public struct ICUError: Error, Sendable, Equatable, CustomStringConvertible {
  /// ICU's status code (a `UErrorCode` greater than zero).
  public let status: Int32
  /// What Sverka asked ICU to do, such as `"open sentence break iterator"`.
  public let operation: String

  /// Creates an error for a failed ICU call.
  public init(status: Int32, operation: String) {
    self.status = status
    self.operation = operation
  }

  /// ICU's name for the status, such as `U_ILLEGAL_ARGUMENT_ERROR`.
  public var name: String { String(cString: CSverkaICU_errorName(status)) }

  public var description: String { "ICU failed to \(operation): \(name)" }
}

extension ICU {
  /// Throws when `status` is an error; ICU's warnings (negative codes) count as success.
  static func check(_ status: Int32, _ operation: @autoclosure () -> String) throws {
    if status > 0 { throw ICUError(status: status, operation: operation()) }
  }

  /// Whether the status says that an output buffer was too small.
  static func isBufferOverflow(_ status: Int32) -> Bool {
    status == CSverkaICU_bufferOverflowStatus()
  }

  /// Runs an ICU function that writes UTF-16 into a caller's buffer, growing the buffer
  /// once to the size ICU reports when the first guess is too small.
  static func utf16Output(
    capacity guess: Int,
    operation: @autoclosure () -> String,
    _ call: (UnsafeMutablePointer<UInt16>, Int32, inout Int32) -> Int32
  ) throws -> [UInt16] {
    var capacity = max(guess, 16)
    for _ in 0..<2 {
      var status: Int32 = 0
      var needed: Int32 = 0
      let buffer = [UInt16](unsafeUninitializedCapacity: capacity) { storage, count in
        needed = call(storage.baseAddress.unsafelyUnwrapped, Int32(capacity), &status)
        count = status > 0 ? 0 : Int(needed)
      }
      if isBufferOverflow(status) {
        capacity = Int(needed) + 1
        continue
      }
      try check(status, operation())
      return buffer
    }
    throw ICUError(status: CSverkaICU_bufferOverflowStatus(), operation: operation())
  }
}
