// How the lexis resource files are read: the one parser for every word list the stages share.

/// The lines of a word-list resource file: UTF-8, one entry a line, blank lines and lines
/// starting with `#` skipped, surrounding white space trimmed.
package enum LexisFile {
  /// The entries of `bytes`, in file order.
  package static func lines(_ bytes: [UInt8]) -> [String] {
    var result: [String] = []
    for line in bytes.split(separator: UInt8(ascii: "\n")) {
      let entry = String(decoding: line, as: UTF8.self).trimmingWhitespace()
      if !entry.isEmpty && !entry.hasPrefix("#") { result.append(String(entry)) }
    }
    return result
  }

  /// The entries of `bytes` as a set.
  package static func entries(_ bytes: [UInt8]) -> Set<String> {
    Set(lines(bytes))
  }

  /// The tab-separated columns of each entry of `bytes`, in file order.
  package static func rows(_ bytes: [UInt8]) -> [[Substring]] {
    lines(bytes).map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
  }
}
