// The second editions in Pairs/ (`*.rev2.txt`) diffed against the first: against the changes
// each pair's README documents, and against the expected JSON committed beside them.
// SVERKA_RECORD=1 rewrites the expected files and fails the run, so re-recording is never silent.

import Foundation
import SverkaExport
import SverkaModel
import SverkaRead
import SverkaTestSupport
import Testing

@testable import SverkaDiff

@Suite struct PairRevisionTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let folder: URL
    let language: String
    var testDescription: String { folder.lastPathComponent + " " + language }
    /// `rev2.diff.json` for the English edition, `rev2.ru-RU.diff.json` for the Russian.
    var expected: URL {
      folder.appendingPathComponent(
        language == "en-GB" ? "rev2.diff.json" : "rev2.\(language).diff.json")
    }
    /// The key of this case's documented changes in `documented`.
    var key: String { folder.lastPathComponent + "/" + language }
  }

  /// One operation a pair's README says the revision makes.
  struct Change: Sendable {
    /// The operations the README allows (a swap of two paragraphs may be reported as either
    /// one moving).
    let operations: Set<ParagraphDiff.Operation>
    let a: [Int]
    let b: [Int]
    var reasons: [ChangeReason] = []
    /// Typographic kinds that must be among the operation's.
    var cosmetic: Set<CosmeticKind> = []
    /// Words that must be in the deleted runs, and in the inserted runs.
    var deleted: [String] = []
    var inserted: [String] = []
    /// Whether the words must differ beyond typography.
    var wordChanges: Bool? = nil

    init(
      _ operations: Set<ParagraphDiff.Operation>, a: [Int], b: [Int],
      reasons: [ChangeReason] = [], cosmetic: Set<CosmeticKind> = [], deleted: [String] = [],
      inserted: [String] = [], wordChanges: Bool? = nil
    ) {
      self.operations = operations
      self.a = a
      self.b = b
      self.reasons = reasons
      self.cosmetic = cosmetic
      self.deleted = deleted
      self.inserted = inserted
      self.wordChanges = wordChanges
    }
  }

  /// What a revision changes, as its pair's README documents it; paragraphs not named here
  /// must come back `equal`.
  struct Revision: Sendable {
    let changes: [Change]
    /// Paragraph counts of the two editions.
    let paragraphs: (a: Int, b: Int)
    /// How many operations are `moved`.
    var moved = 0
    /// Whether the revision changes wording (typography-only revisions do not).
    let differsInWords: Bool
  }

  /// The revisions documented under `## Revision rev2` in each pair's README.
  static let documented: [String: Revision] = [
    "2018-06-08-joint-statement-russia-china/en-GB": Revision(
      changes: [
        Change([.cosmetic], a: [2], b: [2], cosmetic: [.spaces]),
        Change([.cosmetic], a: [7], b: [7], cosmetic: [.minus]),
        Change([.cosmetic], a: [8], b: [8], cosmetic: [.quotes, .dashes]),
        // Paragraphs 9 and 10 swap; the Korean one (10, now 9) is reworded.
        Change(
          [.moved, .changed], a: [10], b: [9], deleted: ["changes"], inserted: ["developments"],
          wordChanges: true),
        Change([.moved, .equal], a: [9], b: [10], wordChanges: false),
      ],
      paragraphs: (15, 15), moved: 1, differsInWords: true),
    "2018-06-19-lavrov-union-state-minsk/ru-RU": Revision(
      changes: [
        Change([.cosmetic], a: [2], b: [2], cosmetic: [.yo], wordChanges: false),
        Change([.cosmetic], a: [3], b: [3], cosmetic: [.spaces], wordChanges: false),
        Change([.cosmetic], a: [4], b: [4], cosmetic: [.minus], wordChanges: false),
      ],
      paragraphs: (5, 5), differsInWords: false),
    "2018-06-28-statement-cwc-special-session/ru-RU": Revision(
      changes: [
        Change([.merged], a: [2, 3], b: [2]),
        Change([.split], a: [5], b: [4, 5]),
        Change(
          [.changed], a: [9], b: [9],
          inserted: ["Тем самым создаётся опасный прецедент для других международных организаций."],
          wordChanges: true),
        Change([.deleted], a: [13], b: []),
      ],
      paragraphs: (14, 13), differsInWords: true),
    "2018-08-23-lavrov-telephone-conversation-finland/en-GB": Revision(
      changes: [
        Change(
          [.changed], a: [2], b: [2], reasons: [.dateMismatch], deleted: ["22"],
          inserted: ["23"], wordChanges: true),
        Change(
          [.changed], a: [3], b: [3], reasons: [.numberMismatch], deleted: ["10"],
          inserted: ["12"], wordChanges: true),
        Change(
          [.changed], a: [4], b: [4], reasons: [.negationChanged], deleted: ["not yet"],
          wordChanges: true),
      ],
      paragraphs: (5, 5), differsInWords: true),
  ]

  static let cases: [Case] = Fixtures.pairFolders.flatMap { folder in
    ["en-GB", "ru-RU"].compactMap { language in
      FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("\(language).rev2.txt").path)
        ? Case(folder: folder, language: language) : nil
    }
  }

  static let isRecording = ProcessInfo.processInfo.environment["SVERKA_RECORD"] == "1"

  static func diff(_ pair: Case) throws -> EditionDiff {
    let reader = StatementReader()
    let first = try reader.readParagraphs(
      Fixtures.bytes(pair.folder.appendingPathComponent("\(pair.language).txt")),
      path: "\(pair.language).txt")
    let second = try reader.readParagraphs(
      Fixtures.bytes(pair.folder.appendingPathComponent("\(pair.language).rev2.txt")),
      path: "\(pair.language).rev2.txt")
    return try RevisionDiff().diff(first, second)
  }

  @Test func everyRevisionIsDocumented() {
    #expect(!Self.cases.isEmpty)
    #expect(Set(Self.cases.map(\.key)) == Set(Self.documented.keys))
  }

  @Test(arguments: cases)
  func secondEditionMakesTheDocumentedChanges(pair: Case) throws {
    let revision = try #require(Self.documented[pair.key], "\(pair.key): not in `documented`")
    let diff = try Self.diff(pair)
    #expect(diff.coversEveryParagraphOnce)
    #expect(diff.a.paragraphs.count == revision.paragraphs.a)
    #expect(diff.b.paragraphs.count == revision.paragraphs.b)
    #expect(diff.hasDifferences(strict: true))
    #expect(diff.hasDifferences(strict: false) == revision.differsInWords)
    #expect(diff.paragraphs.filter { $0.operation == .moved }.count == revision.moved)
    for change in revision.changes {
      let label = "a \(change.a) → b \(change.b)"
      let op = try #require(
        diff.paragraphs.first { $0.a == change.a && $0.b == change.b },
        "\(label): no such operation in \(diff.paragraphs.map { ($0.operation, $0.a, $0.b) })")
      #expect(change.operations.contains(op.operation), "\(label): \(op.operation)")
      #expect(op.reasons == change.reasons, "\(label)")
      #expect(change.cosmetic.isSubset(of: op.cosmetic), "\(label): \(op.cosmetic)")
      if !change.reasons.isEmpty { #expect(op.severity == .high, "\(label)") }
      if let wordChanges = change.wordChanges {
        #expect(op.hasWordChanges == wordChanges, "\(label)")
      }
      let deleted = op.words.filter { $0.operation == .deleted }.map(\.text).joined()
      let inserted = op.words.filter { $0.operation == .inserted }.map(\.text).joined()
      for word in change.deleted { #expect(deleted.contains(word), "\(label): \(deleted)") }
      for word in change.inserted { #expect(inserted.contains(word), "\(label): \(inserted)") }
    }
    let named = Set(revision.changes.flatMap(\.a))
    for op in diff.paragraphs where op.a.allSatisfy({ !named.contains($0) }) {
      #expect(op.operation == .equal, "a \(op.a) → b \(op.b) is \(op.operation), not equal")
    }
  }

  @Test(arguments: cases)
  func secondEditionMatchesExpectedDiff(pair: Case) throws {
    let diff = try Self.diff(pair)
    let json = DiffJSON().text(diff)
    if Self.isRecording {
      try Data(json.utf8).write(to: pair.expected)
      Issue.record(
        """
        SVERKA_RECORD=1: wrote \(pair.expected.path). Read the diff (git diff Pairs/) against \
        the pair's README before committing it, then run the tests without SVERKA_RECORD.
        """)
      return
    }
    let expected = try String(contentsOf: pair.expected, encoding: .utf8)
    #expect(json == expected)
  }
}
