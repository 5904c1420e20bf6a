// Fuzz target: a dictd index and dictionary text through the reader behind --dictionary.

import FuzzSupport
import SverkaCore

/// The input is an index and a .dict text split at a NUL. The reader either reports an
/// ``InputError`` naming the index or gives a lexicon of lower-case Latin headwords with
/// Cyrillic translations, the same on a second read.
func fuzzDictd(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let input = FuzzInput(fuzzBytes(data, size))
  let read = {
    try DictdReader.lexicon(index: input.first, dict: input.second, indexPath: "fuzz.index")
  }
  do {
    let lexicon = try read()
    for entry in lexicon.entries {
      Invariant.check(
        entry.english.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || $0 == "-" },
        "headword \(entry.english) is not lower-case Latin")
      Invariant.check(!entry.russian.isEmpty, "empty translation of \(entry.english)")
    }
    Invariant.check((try? read())?.entries == lexicon.entries, "second read differs")
  } catch let error as InputError {
    Invariant.check(error.description.hasPrefix("fuzz.index"), "error names \(error)")
    Invariant.check(!error.description.contains("\n"), "error on two lines")
  } catch {
    Invariant.check(false, "not an InputError: \(error)")
  }
  return 0
}

runFuzzer(fuzzDictd)
