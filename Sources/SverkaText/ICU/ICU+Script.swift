// ICU's character properties that Sverka needs: the script of a letter, and alphabeticity.
import CSverkaICU

extension ICU {
  /// The writing systems Sverka tells apart.
  package enum Script: Sendable, Equatable {
    case latin
    case cyrillic
    /// Digits, punctuation, spaces and symbols shared by all scripts.
    case common
    case other
  }

  /// The script of `scalar` (ICU's `uscript_getScript`).
  package static func script(of scalar: Unicode.Scalar) -> Script {
    // ICU's UScriptCode values: USCRIPT_COMMON 0, USCRIPT_INHERITED 1, CYRILLIC 8, LATIN 25.
    switch CSverkaICU_script(Int32(bitPattern: scalar.value)) {
    case 25: return .latin
    case 8: return .cyrillic
    case 0, 1: return .common
    default: return .other
    }
  }

  /// Whether `scalar` has the Unicode property Alphabetic.
  package static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
    CSverkaICU_isAlphabetic(Int32(bitPattern: scalar.value)) != 0
  }
}
