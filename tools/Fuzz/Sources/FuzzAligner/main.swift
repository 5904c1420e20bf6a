// Fuzz target: small English–Russian pairs through the aligner.

import FuzzSupport
import SverkaCore

/// The input is two texts split at a NUL, read as English and Russian; inputs over 4 KiB are
/// skipped so that the fuzzer explores shapes, not sizes. Every sentence and paragraph of both
/// sides is in exactly one link, in order; a second run is identical.
func fuzzAligner(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard size <= 4096 else { return 0 }
  let input = FuzzInput(fuzzBytes(data, size))
  guard
    let english = Invariant.readOrInputError({
      try StatementReader(language: .english).read(input.first, path: "en.txt")
    }),
    let russian = Invariant.readOrInputError({
      try StatementReader(language: .russian).read(input.second, path: "ru.txt")
    }),
    let alignment = Invariant.readOrInputError({ try Aligner().align(english, russian) })
  else { return 0 }
  Invariant.alignmentKeepsEverything(alignment, english: english, russian: russian)
  let again = Invariant.readOrInputError({ try Aligner().align(english, russian) })
  Invariant.check(again == alignment, "second alignment differs")
  return 0
}

runFuzzer(fuzzAligner)
