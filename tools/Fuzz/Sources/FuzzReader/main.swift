// Fuzz target: bytes through the decoder and the statement reader, as `sverka read` sees a file.

import FuzzSupport
import SverkaCore

/// Any bytes either fail with an ``InputError`` or give a statement whose paragraphs and
/// sentences keep every visible character once, in order, whose JSON parses, and which reads
/// the same the second time.
func fuzzReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = fuzzBytes(data, size)
  for encoding in [nil, "windows-1251"] {
    let reader = StatementReader(encoding: encoding)
    guard let statement = Invariant.readOrInputError({ try reader.read(bytes, path: "fuzz.txt") })
    else { continue }
    Invariant.sentencesCoverParagraphs(statement)
    Invariant.statementJSONParses(statement)
    let again = Invariant.readOrInputError({ try reader.read(bytes, path: "fuzz.txt") })
    Invariant.check(again?.paragraphs == statement.paragraphs, "second read differs")
  }
  return 0
}

runFuzzer(fuzzReader)
