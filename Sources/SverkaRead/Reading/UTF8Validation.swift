// Checks that bytes are well-formed UTF-8, fast on the one- and two-byte letters of English
// and Russian text, so that a file's text is built without validating it a second time.

import SverkaText

/// A check of UTF-8 well-formedness (Unicode, table 3-7), the same as the standard
/// library's: no overlong forms, no surrogates, nothing past U+10FFFF, nothing cut short.
enum UTF8Validation {
  /// Whether `bytes` are well-formed UTF-8.
  ///
  /// Eight bytes are looked at once: a word of ASCII, lead bytes `C2`–`DF` and the
  /// continuation bytes that follow them (a lead in the last byte carries into the next
  /// word) is well-formed as a whole; any other word is checked scalar by scalar.
  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let count = bytes.count
    let high = ByteLanes.high
    var index = 0
    // Whether the last byte of the previous word was a two-byte lead.
    var pending = false
    while index + 8 <= count {
      let word = ByteLanes.load(base + index)
      if word & high == 0 && !pending {
        index += 8
        continue
      }
      let continuations = word & ~(word << 1) & high  // 10xxxxxx
      let leads = word & (word << 1) & high  // 11xxxxxx
      let twoByteLeads = leads & ~(word << 2)  // 110xxxxx
      let overlong = ByteLanes.equal(word & ByteLanes.spread(0xFE), 0xC0)  // C0, C1
      let expected = twoByteLeads << 8 | (pending ? 0x80 : 0)
      if leads == twoByteLeads && overlong == 0 && continuations == expected {
        pending = twoByteLeads >> 63 != 0
        index += 8
        continue
      }
      if pending { index -= 1 }
      pending = false
      let end = index + 8
      while index < end {
        guard let next = scalarEnd(base, count, at: index) else { return false }
        index = next
      }
    }
    if pending { index -= 1 }
    while index < count {
      guard let next = scalarEnd(base, count, at: index) else { return false }
      index = next
    }
    return true
  }

  /// The end of the well-formed scalar that starts at `index`, or `nil` when none does.
  private static func scalarEnd(_ base: UnsafePointer<UInt8>, _ count: Int, at index: Int) -> Int? {
    func isContinuation(_ offset: Int) -> Bool { offset < count && base[offset] & 0xC0 == 0x80 }
    let lead = base[index]
    if lead < 0x80 { return index + 1 }
    if lead &- 0xC2 < 0x1E { return isContinuation(index + 1) ? index + 2 : nil }
    let length: Int
    let low: UInt8
    let high: UInt8
    switch lead {
    case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
    case 0xED: (length, low, high) = (3, 0x80, 0x9F)
    case 0xE1...0xEF: (length, low, high) = (3, 0x80, 0xBF)
    case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
    case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
    case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
    default: return nil
    }
    guard index + 1 < count, base[index + 1] >= low, base[index + 1] <= high,
      isContinuation(index + 2), length == 3 || isContinuation(index + 3)
    else { return nil }
    return index + length
  }
}
