// The C face of Sverka's ICU shim: plain functions over <stdint.h> types only.
//
// Swift never sees an ICU header: Debian's ICU exports versioned symbols behind
// macros (ubrk_open is really ubrk_open_72), and ICU's types clash with the private
// copy of ICU inside Foundation on a clean build. Every function reports failure
// through an ICU status code (`*status > 0` is an error, `<= 0` is success).
#ifndef CSVERKA_ICU_H
#define CSVERKA_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The name ICU gives a status code, such as "U_BUFFER_OVERFLOW_ERROR".
const char *CSverkaICU_errorName(int32_t status);

/// The status ICU uses when a caller's buffer is too small.
int32_t CSverkaICU_bufferOverflowStatus(void);

// MARK: Break iteration

/// An ICU break iterator together with the UTF-8 text it walks.
typedef struct CSverkaICU_Break CSverkaICU_Break;

/// Kinds of break iterator, mirroring UBreakIteratorType.
enum {
  CSverkaICU_BreakCharacter = 0,
  CSverkaICU_BreakWord = 1,
  CSverkaICU_BreakLine = 2,
  CSverkaICU_BreakSentence = 3,
};

/// Opens a break iterator of `kind` for `locale` (such as "en@ss=standard").
CSverkaICU_Break *CSverkaICU_breakOpen(int32_t kind, const char *locale, int32_t *status);

/// Points the iterator at `length` bytes of UTF-8. The bytes are not copied:
/// the caller keeps them alive and unchanged while the iterator is used.
void CSverkaICU_breakSetText(
  CSverkaICU_Break *iterator, const uint8_t *utf8, int64_t length, int32_t *status);

/// The next boundary as a UTF-8 byte offset, or -1 after the last one.
int64_t CSverkaICU_breakNext(CSverkaICU_Break *iterator);

/// The status of the rule that produced the last boundary (UWordBreak values for words).
int32_t CSverkaICU_breakRuleStatus(CSverkaICU_Break *iterator);

/// Closes the iterator and frees everything it holds.
void CSverkaICU_breakClose(CSverkaICU_Break *iterator);

// MARK: Normalization and case

/// Normalization forms for `CSverkaICU_normalize`.
enum {
  CSverkaICU_NFC = 0,
  CSverkaICU_NFD = 1,
  CSverkaICU_NFKC = 2,
  CSverkaICU_NFKCCasefold = 3,
};

/// Normalizes UTF-16 `source` into `destination`; returns the full length needed,
/// with U_BUFFER_OVERFLOW_ERROR when `capacity` is too small.
int32_t CSverkaICU_normalize(
  int32_t form, const uint16_t *source, int32_t length, uint16_t *destination,
  int32_t capacity, int32_t *status);

/// The length of the prefix of `source` that is already normalized in `form`.
int32_t CSverkaICU_normalizedPrefixLength(
  int32_t form, const uint16_t *source, int32_t length, int32_t *status);

/// Full Unicode case folding of UTF-16 text; returns the length needed.
int32_t CSverkaICU_foldCase(
  const uint16_t *source, int32_t length, uint16_t *destination, int32_t capacity,
  int32_t *status);

// MARK: Transliteration

/// An opened ICU transliterator.
typedef struct CSverkaICU_Transliterator CSverkaICU_Transliterator;

/// Opens the transliterator with the given ID (UTF-16), such as "Russian-Latin/BGN".
CSverkaICU_Transliterator *CSverkaICU_transliteratorOpen(
  const uint16_t *identifier, int32_t length, int32_t *status);

/// Transliterates `text` in place; `*length` is updated to the new length.
/// Sets U_BUFFER_OVERFLOW_ERROR (text left unspecified) when `capacity` is too small.
void CSverkaICU_transliterate(
  CSverkaICU_Transliterator *transliterator, uint16_t *text, int32_t *length,
  int32_t capacity, int32_t *status);

/// Closes the transliterator.
void CSverkaICU_transliteratorClose(CSverkaICU_Transliterator *transliterator);

// MARK: Character sets

/// Guesses the character set of `bytes`. Writes its NUL-terminated name into `name`
/// and its confidence (0–100) into `confidence`; a name that does not fit is an error.
void CSverkaICU_detectCharset(
  const uint8_t *bytes, int32_t length, char *name, int32_t nameCapacity,
  int32_t *confidence, int32_t *status);

/// Converts `bytes` in the charset `charset` to UTF-16, stopping with an error at the
/// first byte sequence that is not valid in it; returns the number of UTF-16 units
/// written. A `capacity` too small gives U_BUFFER_OVERFLOW_ERROR: call again with more.
/// `*errorOffset` receives the byte offset of an invalid sequence, or -1.
int32_t CSverkaICU_convertToUTF16(
  const char *charset, const uint8_t *bytes, int32_t length, uint16_t *destination,
  int32_t capacity, int32_t *errorOffset, int32_t *status);

// MARK: Character properties

/// The ICU script code (UScriptCode) of a code point: 25 Latin, 8 Cyrillic, 0 Common.
int32_t CSverkaICU_script(int32_t codePoint);

/// Whether the code point is alphabetic (Unicode property Alphabetic).
int32_t CSverkaICU_isAlphabetic(int32_t codePoint);

#ifdef __cplusplus
}
#endif

#endif
