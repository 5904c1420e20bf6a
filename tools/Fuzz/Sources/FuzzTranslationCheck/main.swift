// Fuzz target: an English and a Russian text through the translation check.

import FuzzSupport
import SverkaCore

/// The input is two texts split at a NUL, read as English and Russian. Every paragraph of both
/// is in exactly one op, in the model and in the JSON; the JSON parses; a second run is
/// identical.
func fuzzTranslationCheck(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard size <= 4096 else { return 0 }
  let input = FuzzInput(fuzzBytes(data, size))
  guard
    let english = Invariant.readOrInputError({
      try StatementReader(language: .english).read(input.first, path: "en.txt")
    }),
    let russian = Invariant.readOrInputError({
      try StatementReader(language: .russian).read(input.second, path: "ru.txt")
    }),
    let diff = Invariant.readOrInputError({ try TranslationCheck().check(english, russian) })
  else { return 0 }
  let json = DiffJSON().text(diff)
  Invariant.diffKeepsEverything(diff, json: json)
  let again = Invariant.readOrInputError({ try TranslationCheck().check(english, russian) })
  Invariant.check(again.map { DiffJSON().text($0) } == json, "second check differs")
  return 0
}

runFuzzer(fuzzTranslationCheck)
