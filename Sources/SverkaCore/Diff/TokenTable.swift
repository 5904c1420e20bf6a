// Interning of token keys and stems so that comparing tokens is comparing integers.

/// Maps the strings that tokens are compared by to small integers, shared by both editions
/// of one diff.
final class TokenTable {
  private var ids: [String: Int32] = [:]
  private(set) var strings: [String] = []

  init() {}

  /// The integer for `string`, allocating one the first time.
  func id(_ string: String) -> Int32 {
    if let known = ids[string] { return known }
    let new = Int32(strings.count)
    ids[string] = new
    strings.append(string)
    return new
  }

  /// The string an id stands for.
  func string(_ id: Int32) -> String { strings[Int(id)] }
}
