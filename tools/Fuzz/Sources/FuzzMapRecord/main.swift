// Fuzz target: one line of `sverka map` input through the record reader and the aligner.

import Foundation
import FuzzSupport
import SverkaCore

/// Any line either fails with an ``InputError`` whose message is one line, or gives a result
/// record that parses, keeps the id, counts the sentences and lists every sentence of each
/// side in exactly one link; a second run gives the same record.
func fuzzMapRecord(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard size <= 4096 else { return 0 }
  let line = fuzzBytes(data, size)
  let result: String
  do {
    result = try RecordLine(line, lineNumber: 1).result(place: "<stdin>:1")
  } catch let error as InputError {
    Invariant.check(!error.description.contains("\n"), "message on two lines: \(error)")
    Invariant.check(Invariant.parses(RecordLine.idJSON(of: line)), "error id does not parse")
    return 0
  } catch {
    Invariant.check(false, "not an InputError: \(error)")
    return 0
  }
  guard let object = try? JSONSerialization.jsonObject(with: Data(result.utf8)) as? [String: Any],
    let english = object["en_sentences"] as? Int, let russian = object["ru_sentences"] as? Int,
    let links = object["links"] as? [[String: Any]]
  else {
    Invariant.check(false, "result record does not parse: \(result)")
    return 0
  }
  for (side, count) in [("en_ids", english), ("ru_ids", russian)] {
    let ids = links.flatMap { $0[side] as? [Int] ?? [] }
    Invariant.check(ids == Array(0..<count).map { $0 + 1 }, "\(side) \(ids) of \(count)")
  }
  let again = try? RecordLine(line, lineNumber: 1).result(place: "<stdin>:1")
  Invariant.check(again == result, "second run differs")
  return 0
}

runFuzzer(fuzzMapRecord)
