// Translation mode over every pair in Pairs/: the deliberate differences each README
// documents are found, and faithful paragraphs are not flagged beyond a known, listed few.

import Foundation
import SverkaAlign
import SverkaModel
import SverkaRead
import SverkaTestSupport
import Testing

@testable import SverkaCheck

@Suite struct PairTranslationTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let folder: URL
    var testDescription: String { folder.lastPathComponent }
    var name: String { folder.lastPathComponent }
  }

  /// The differences each pair's README documents, as `op a b [reason]` (1-based, `-` for
  /// none, `+` joining merged paragraphs).
  static let documented: [String: Set<String>] = [
    "2018-04-05-comment-latvia-education-reform": ["inserted - 4"],
    "2018-06-19-lavrov-union-state-minsk": ["changed 4 4 name_mismatch"],
    "2018-08-23-lavrov-telephone-conversation-finland": ["changed 2 2 date_mismatch"],
    "2018-09-10-lavrov-interview-xinhua": ["merged 3+4 3", "changed 6 5 sentence_unmatched"],
  ]

  /// Paragraphs flagged although no README documents them, each with why; the
  /// false-positive rate is these over the faithful paragraph links.
  static let knownFalsePositives: [String: Set<String>] = [
    // The English title leaves out «МИД России» (a real, undocumented omission).
    "2018-04-05-comment-latvia-education-reform": ["changed 1 1 name_mismatch"],
    // The English leaves out «Национальным …» and «им. Е.М.Примакова» (real omissions).
    "2018-06-21-zakharova-briefing-moscow": ["changed 5 5 name_mismatch"],
    // «Господин Министр» for "Mr. Lavrov".
    "2018-09-10-lavrov-interview-xinhua": ["changed 2 2 name_mismatch"],
  ]

  static let cases = Fixtures.pairFolders.map(Case.init)

  static func check(_ pair: Case) throws -> EditionDiff {
    let reader = StatementReader()
    let english = try reader.read(
      Fixtures.bytes(pair.folder.appendingPathComponent("en-GB.txt")), path: "en-GB.txt")
    let russian = try reader.read(
      Fixtures.bytes(pair.folder.appendingPathComponent("ru-RU.txt")), path: "ru-RU.txt")
    return try TranslationCheck(aligner: Aligner()).check(english, russian)
  }

  /// An operation's `op a b` label.
  static func location(_ operation: ParagraphDiff) -> String {
    let a = operation.a.isEmpty ? "-" : operation.a.map(String.init).joined(separator: "+")
    let b = operation.b.isEmpty ? "-" : operation.b.map(String.init).joined(separator: "+")
    return "\(operation.operation.rawValue) \(a) \(b)"
  }

  /// Every flagged operation, one label per reason (or one without reasons).
  static func flags(_ diff: EditionDiff) -> Set<String> {
    var flags: Set<String> = []
    for operation in diff.paragraphs where operation.operation != .equal {
      let head = location(operation)
      if operation.reasons.isEmpty { flags.insert(head) }
      for reason in operation.reasons { flags.insert(head + " " + reason.rawValue) }
    }
    return flags
  }

  @Test(arguments: cases)
  func documentedDifferencesAreFoundAndNothingElse(pair: Case) throws {
    let diff = try Self.check(pair)
    #expect(diff.coversEveryParagraphOnce)
    let flags = Self.flags(diff)
    let documented = Self.documented[pair.name] ?? []
    #expect(documented.subtracting(flags).isEmpty, "documented but not found")
    let unexpected = flags.subtracting(documented).subtracting(
      Self.knownFalsePositives[pair.name] ?? [])
    #expect(unexpected.isEmpty, "flagged although faithful")
    #expect(diff.hasDifferences(strict: false) == !flags.isEmpty)
  }

  @Test(arguments: cases)
  func alignerLinksCoverEveryParagraphAndSentenceOnce(pair: Case) throws {
    let reader = StatementReader()
    let english = try reader.read(
      Fixtures.bytes(pair.folder.appendingPathComponent("en-GB.txt")), path: "en-GB.txt")
    let russian = try reader.read(
      Fixtures.bytes(pair.folder.appendingPathComponent("ru-RU.txt")), path: "ru-RU.txt")
    let links = try Aligner().paragraphLinks(english: english, russian: russian)
    #expect(links.flatMap(\.english) == Array(english.paragraphs.indices))
    #expect(links.flatMap(\.russian) == Array(russian.paragraphs.indices))
    for link in links {
      let englishCount = link.english.reduce(0) { $0 + english.paragraphs[$1].sentences.count }
      let russianCount = link.russian.reduce(0) { $0 + russian.paragraphs[$1].sentences.count }
      #expect(link.sentences.flatMap(\.english) == Array(0..<englishCount))
      #expect(link.sentences.flatMap(\.russian) == Array(0..<russianCount))
    }
  }

  /// Flagged faithful paragraph links over all faithful ones: at most 5 %.
  @Test func falsePositiveRateStaysLow() throws {
    var faithful = 0
    var flagged = 0
    for pair in Self.cases {
      let diff = try Self.check(pair)
      let documented = Set(
        (Self.documented[pair.name] ?? []).map {
          $0.split(separator: " ").prefix(3).joined(separator: " ")
        })
      for operation in diff.paragraphs where !documented.contains(Self.location(operation)) {
        faithful += 1
        if operation.operation != .equal { flagged += 1 }
      }
    }
    #expect(faithful > 100)
    #expect(Double(flagged) / Double(faithful) <= 0.05, "\(flagged) of \(faithful)")
  }
}
