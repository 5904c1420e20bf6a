// ICU's normalizer (unorm2) and full case folding, on Swift strings.
import CSverkaICU

extension ICU {
  /// Unicode normalization forms that ICU provides.
  package enum NormalizationForm: Int32, Sendable {
    case nfc = 0
    case nfd = 1
    case nfkc = 2
    /// NFKC, then case folding, with default-ignorable characters removed.
    case nfkcCasefold = 3
  }

  /// Normalizes `text` into `form`; text already in that form is returned unchanged
  /// without copying.
  ///
  /// - Throws: ``ICUError`` when ICU fails.
  package static func normalize(_ text: String, to form: NormalizationForm) throws
    -> String
  {
    let units = Array(text.utf16)
    var status: Int32 = 0
    let prefix = CSverkaICU_normalizedPrefixLength(
      form.rawValue, units, Int32(units.count), &status)
    try check(status, "check normalization")
    if Int(prefix) == units.count { return text }
    let output = try utf16Output(
      capacity: units.count + units.count / 2 + 8,
      operation: "normalize to \(form)"
    ) { buffer, capacity, status in
      CSverkaICU_normalize(form.rawValue, units, Int32(units.count), buffer, capacity, &status)
    }
    return String(decoding: output, as: UTF16.self)
  }

  /// Full Unicode case folding (`ß` → `ss`, `Ё` → `ё`).
  ///
  /// - Throws: ``ICUError`` when ICU fails.
  package static func foldCase(_ text: String) throws -> String {
    let units = Array(text.utf16)
    let output = try utf16Output(capacity: units.count + 8, operation: "fold case") {
      buffer, capacity, status in
      CSverkaICU_foldCase(units, Int32(units.count), buffer, capacity, &status)
    }
    return String(decoding: output, as: UTF16.self)
  }
}
