// The one transliteration of Russian into Latin letters that names and cognates meet on.

/// Which ICU transform makes Russian words comparable with English ones.
///
/// ICU's `Russian-Latin/BGN` (the BGN/PCGN romanization, shipped in Debian's ICU data) writes
/// `Лавров` as `Lavrov` and `Сирии` as `Sirii`; the aligner's cognate keys and the
/// translation check's names both read Russian through it.
package enum Transliteration {
  /// The ICU transform ID.
  package static let russianToLatin = "Russian-Latin/BGN"

  /// Opens a transliterator from Russian to Latin letters; one a task, as ICU's are not
  /// safe to share.
  ///
  /// - Throws: ``ICUError`` when ICU's data lacks the transform.
  package static func russianToLatinTransliterator() throws -> ICU.Transliterator {
    try ICU.Transliterator(russianToLatin)
  }
}
