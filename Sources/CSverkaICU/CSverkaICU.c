// The only code in Sverka that includes ICU's headers: thin wrappers with stable names.
#include "CSverkaICU.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utrans.h>

const char *CSverkaICU_errorName(int32_t status) { return u_errorName((UErrorCode)status); }

int32_t CSverkaICU_bufferOverflowStatus(void) { return U_BUFFER_OVERFLOW_ERROR; }

// MARK: Break iteration

struct CSverkaICU_Break {
  UBreakIterator *iterator;
  UText text;
  int hasText;
};

CSverkaICU_Break *CSverkaICU_breakOpen(int32_t kind, const char *locale, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  UBreakIterator *iterator = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, &code);
  *status = code;
  if (U_FAILURE(code)) return NULL;
  CSverkaICU_Break *result = calloc(1, sizeof(CSverkaICU_Break));
  if (result == NULL) {
    ubrk_close(iterator);
    *status = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  UText initial = UTEXT_INITIALIZER;
  result->iterator = iterator;
  result->text = initial;
  return result;
}

void CSverkaICU_breakSetText(
  CSverkaICU_Break *iterator, const uint8_t *utf8, int64_t length, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  utext_openUTF8(&iterator->text, (const char *)utf8, length, &code);
  if (U_SUCCESS(code)) {
    iterator->hasText = 1;
    ubrk_setUText(iterator->iterator, &iterator->text, &code);
  }
  *status = code;
}

int64_t CSverkaICU_breakNext(CSverkaICU_Break *iterator) {
  int32_t next = ubrk_next(iterator->iterator);
  return next == UBRK_DONE ? -1 : (int64_t)next;
}

int32_t CSverkaICU_breakRuleStatus(CSverkaICU_Break *iterator) {
  return ubrk_getRuleStatus(iterator->iterator);
}

void CSverkaICU_breakClose(CSverkaICU_Break *iterator) {
  if (iterator == NULL) return;
  ubrk_close(iterator->iterator);
  if (iterator->hasText) utext_close(&iterator->text);
  free(iterator);
}

// MARK: Normalization and case

static const UNormalizer2 *normalizerFor(int32_t form, UErrorCode *code) {
  switch (form) {
    case CSverkaICU_NFC: return unorm2_getNFCInstance(code);
    case CSverkaICU_NFD: return unorm2_getNFDInstance(code);
    case CSverkaICU_NFKC: return unorm2_getNFKCInstance(code);
    case CSverkaICU_NFKCCasefold: return unorm2_getNFKCCasefoldInstance(code);
    default: *code = U_ILLEGAL_ARGUMENT_ERROR; return NULL;
  }
}

int32_t CSverkaICU_normalize(
  int32_t form, const uint16_t *source, int32_t length, uint16_t *destination,
  int32_t capacity, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  const UNormalizer2 *normalizer = normalizerFor(form, &code);
  int32_t result = 0;
  if (U_SUCCESS(code)) {
    result = unorm2_normalize(normalizer, source, length, destination, capacity, &code);
  }
  *status = code;
  return result;
}

int32_t CSverkaICU_normalizedPrefixLength(
  int32_t form, const uint16_t *source, int32_t length, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  const UNormalizer2 *normalizer = normalizerFor(form, &code);
  int32_t result = 0;
  if (U_SUCCESS(code)) result = unorm2_spanQuickCheckYes(normalizer, source, length, &code);
  *status = code;
  return result;
}

int32_t CSverkaICU_foldCase(
  const uint16_t *source, int32_t length, uint16_t *destination, int32_t capacity,
  int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  int32_t result =
    u_strFoldCase(destination, capacity, source, length, U_FOLD_CASE_DEFAULT, &code);
  *status = code;
  return result;
}

// MARK: Transliteration

struct CSverkaICU_Transliterator {
  UTransliterator *transliterator;
};

CSverkaICU_Transliterator *CSverkaICU_transliteratorOpen(
  const uint16_t *identifier, int32_t length, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  UParseError parseError;
  UTransliterator *opened =
    utrans_openU(identifier, length, UTRANS_FORWARD, NULL, 0, &parseError, &code);
  *status = code;
  if (U_FAILURE(code)) return NULL;
  CSverkaICU_Transliterator *result = malloc(sizeof(CSverkaICU_Transliterator));
  if (result == NULL) {
    utrans_close(opened);
    *status = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  result->transliterator = opened;
  return result;
}

void CSverkaICU_transliterate(
  CSverkaICU_Transliterator *transliterator, uint16_t *text, int32_t *length,
  int32_t capacity, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  int32_t limit = *length;
  utrans_transUChars(transliterator->transliterator, text, length, capacity, 0, &limit, &code);
  *status = code;
}

void CSverkaICU_transliteratorClose(CSverkaICU_Transliterator *transliterator) {
  if (transliterator == NULL) return;
  utrans_close(transliterator->transliterator);
  free(transliterator);
}

// MARK: Character sets

void CSverkaICU_detectCharset(
  const uint8_t *bytes, int32_t length, char *name, int32_t nameCapacity,
  int32_t *confidence, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  *confidence = 0;
  UCharsetDetector *detector = ucsdet_open(&code);
  if (U_SUCCESS(code)) ucsdet_setText(detector, (const char *)bytes, length, &code);
  const UCharsetMatch *match = U_SUCCESS(code) ? ucsdet_detect(detector, &code) : NULL;
  if (U_SUCCESS(code) && match != NULL) {
    const char *found = ucsdet_getName(match, &code);
    int32_t found_confidence = ucsdet_getConfidence(match, &code);
    if (U_SUCCESS(code)) {
      if ((int32_t)strlen(found) + 1 > nameCapacity) {
        code = U_BUFFER_OVERFLOW_ERROR;
      } else {
        strcpy(name, found);
        *confidence = found_confidence;
      }
    }
  } else if (U_SUCCESS(code)) {
    code = U_INVALID_FORMAT_ERROR;
  }
  if (detector != NULL) ucsdet_close(detector);
  *status = code;
}

int32_t CSverkaICU_convertToUTF16(
  const char *charset, const uint8_t *bytes, int32_t length, uint16_t *destination,
  int32_t capacity, int32_t *errorOffset, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  *errorOffset = -1;
  UConverter *converter = ucnv_open(charset, &code);
  if (U_FAILURE(code)) {
    *status = code;
    return 0;
  }
  ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &code);
  int32_t produced = 0;
  if (U_SUCCESS(code)) {
    const char *source = (const char *)bytes;
    const char *sourceLimit = source + length;
    UChar *target = destination;
    UChar *targetLimit = destination + capacity;
    ucnv_toUnicode(converter, &target, targetLimit, &source, sourceLimit, NULL, 1, &code);
    produced = (int32_t)(target - destination);
    if (code == U_ILLEGAL_CHAR_FOUND || code == U_INVALID_CHAR_FOUND
        || code == U_TRUNCATED_CHAR_FOUND) {
      char invalid[32];
      int8_t invalidLength = sizeof(invalid);
      UErrorCode ignored = U_ZERO_ERROR;
      ucnv_getInvalidChars(converter, invalid, &invalidLength, &ignored);
      *errorOffset = (int32_t)(source - (const char *)bytes) - invalidLength;
    }
  }
  ucnv_close(converter);
  *status = code;
  return produced;
}

// MARK: Character properties

int32_t CSverkaICU_script(int32_t codePoint) {
  UErrorCode code = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(codePoint, &code);
  return U_SUCCESS(code) ? (int32_t)script : -1;
}

int32_t CSverkaICU_isAlphabetic(int32_t codePoint) { return u_isUAlphabetic(codePoint) ? 1 : 0; }
