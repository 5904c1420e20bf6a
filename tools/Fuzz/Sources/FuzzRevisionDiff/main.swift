// Fuzz target: two editions in one language through the revision diff and its renderers.

import FuzzSupport
import SverkaCore

/// The input is two texts split at a NUL, read as one language. Every paragraph of both is in
/// exactly one op, in the model and in the JSON; the JSON parses; a second run is identical.
func fuzzRevisionDiff(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard size <= 4096 else { return 0 }
  let input = FuzzInput(fuzzBytes(data, size))
  let reader = StatementReader(language: .english)
  guard
    let a = Invariant.readOrInputError({ try reader.readParagraphs(input.first, path: "a.txt") }),
    let b = Invariant.readOrInputError({ try reader.readParagraphs(input.second, path: "b.txt") }),
    let diff = Invariant.readOrInputError({ try RevisionDiff().diff(a, b) })
  else { return 0 }
  let json = DiffJSON().text(diff)
  Invariant.diffKeepsEverything(diff, json: json)
  _ = DiffTextReport(showCosmetic: true, color: false).text(diff)
  Invariant.check(UnifiedDiff().text(diff).hasSuffix("\n") || diff.paragraphs.isEmpty, "unified")
  let again = Invariant.readOrInputError({ try RevisionDiff().diff(a, b) })
  Invariant.check(again.map { DiffJSON().text($0) } == json, "second diff differs")
  return 0
}

runFuzzer(fuzzRevisionDiff)
