// The exit status `batch` and `map` end with when items fail: 2 for input, 3 for internal.

import SverkaCore
import Testing

@testable import sverka

@Suite struct FailureTallyTests {
  @Test func nothingFailedIsNoStatus() {
    let tally = FailureTally()
    #expect(tally.status == nil)
    #expect(tally.count == 0)
  }

  @Test func inputErrorsExitTwo() {
    let tally = FailureTally()
    let message = tally.record(InputError.fileNotFound("x.txt"))
    #expect(message == InputError.fileNotFound("x.txt").description)
    #expect(tally.status == .usageOrInput)
    #expect(tally.count == 1)
  }

  @Test func anICUFailureExitsThreeEvenBesideInputErrors() {
    let tally = FailureTally()
    _ = tally.record(InputError.fileNotFound("x.txt"))
    let message = tally.record(ICUError(status: 1, operation: "open sentence break iterator"))
    #expect(message.hasPrefix("internal error: ICU failed to open sentence break iterator"))
    #expect(tally.status == .internalFailure)
    #expect(tally.count == 2)
  }
}
