// The one verb every Sverka writer shares, so a command writes any format the same way.

/// A writer of one output format: TSV, JSON, HTML, text reports.
///
/// Every writer appends its whole document to a `TextOutputStream` with
/// ``write(_:to:)``; ``text(_:)`` collects it in a string.
public protocol OutputWriter {
  /// What the writer writes: an alignment, a diff, a statement, a report.
  associatedtype Value
  /// What writing can fail with; `Never` for a writer that cannot fail.
  associatedtype Failure: Error = Never

  /// Appends the document for `value` to `target`.
  ///
  /// - Parameters:
  ///   - value: what to write.
  ///   - target: where the text goes.
  /// - Throws: ``Failure`` when the value cannot be written in this format.
  func write<Target: TextOutputStream>(_ value: Value, to target: inout Target) throws(Failure)
}

extension OutputWriter {
  /// The document for `value` as one string.
  ///
  /// - Parameter value: what to write.
  /// - Returns: the whole document.
  /// - Throws: as ``write(_:to:)``.
  public func text(_ value: Value) throws(Failure) -> String {
    var text = ""
    try write(value, to: &text)
    return text
  }
}
