// Revision-mode cases: each operation, cosmetic kinds, severity, determinism, invariant.

import SverkaExport
import SverkaModel
import Testing

@testable import SverkaDiff

@Suite struct RevisionDiffTests {
  static let p1 =
    "Close foreign policy coordination within the Union State is becoming increasingly important in light of persistent global tensions."
  static let p2 =
    "We highly appreciate the fact that our Belarusian colleagues took our side during the voting on the resolutions at the 72nd session of the UN General Assembly."
  static let p3 =
    "Our Belarusian friends joined us to firmly and unambiguously condemn the missile strikes delivered at Syria in April this year."
  static let p4 =
    "Not all members of the international community chose to act independently and provide a principled response to that gross violation of international law."
  static let p5 =
    "Тесная внешнеполитическая координация в рамках Союзного государства приобретает всё большее значение."

  func diff(_ a: [String], _ b: [String], _ options: DiffOptions = .default) throws
    -> EditionDiff
  {
    let result = try RevisionDiff(options: options).diff(a, b)
    #expect(result.coversEveryParagraphOnce)
    return result
  }

  func operations(_ diff: EditionDiff) -> [String] {
    diff.paragraphs.map { op in
      "\(op.operation.rawValue) \(op.a.map(String.init).joined(separator: ","))/\(op.b.map(String.init).joined(separator: ","))"
    }
  }

  @Test func identicalEditionsAreEqual() throws {
    let result = try diff([Self.p1, Self.p2], [Self.p1, Self.p2])
    #expect(operations(result) == ["equal 1/1", "equal 2/2"])
    #expect(!result.hasDifferences(strict: true))
  }

  @Test func aChangedDayNextToAMonthIsADate() throws {
    let result = try diff(
      ["On August 22, the ministers met.", "Over 10 million crossed."],
      ["On August 23, the ministers met.", "Over 12 million crossed."])
    #expect(result.paragraphs.map(\.reasons) == [[.dateMismatch], [.numberMismatch]])
  }

  @Test func typographyIsCosmetic() throws {
    let b1 = Self.p1.replacingOccurrences(of: "foreign policy", with: "foreign\u{00A0}policy")
    let b5 = Self.p5.replacingOccurrences(of: "всё", with: "все")
    let result = try diff([Self.p1, "“Quoted” — text", Self.p5], [b1, "\"Quoted\" - text", b5])
    #expect(operations(result) == ["cosmetic 1/1", "cosmetic 2/2", "cosmetic 3/3"])
    #expect(result.paragraphs[0].cosmetic == [.spaces])
    #expect(result.paragraphs[1].cosmetic == [.quotes, .dashes])
    #expect(result.paragraphs[2].cosmetic == [.yo])
    #expect(!result.hasDifferences(strict: false))
    #expect(result.hasDifferences(strict: true))
  }

  @Test func meaningfulPunctuationIsNeverCosmetic() throws {
    let result = try diff(["Is it true, then."], ["Is it true then?"])
    #expect(operations(result) == ["changed 1/1"])
  }

  @Test func caseIsAChangeUnlessIgnored() throws {
    let lower = Self.p1.replacingOccurrences(of: "Union State", with: "union state")
    #expect(operations(try diff([Self.p1], [lower])) == ["changed 1/1"])
    let ignoring = try diff([Self.p1], [lower], DiffOptions(ignoreCase: true))
    #expect(operations(ignoring) == ["cosmetic 1/1"])
    #expect(ignoring.paragraphs[0].cosmetic == [.letterCase])
  }

  @Test func changedNumberIsHighSeverity() throws {
    let b2 = Self.p2.replacingOccurrences(of: "72nd", with: "73rd")
    let result = try diff([Self.p1, Self.p2, Self.p3], [Self.p1, b2, Self.p3])
    #expect(operations(result) == ["equal 1/1", "changed 2/2", "equal 3/3"])
    #expect(result.paragraphs[1].reasons == [.numberMismatch])
    #expect(result.paragraphs[1].severity == .high)
    let words = result.paragraphs[1].words.filter { $0.operation != .equal }
    #expect(words.map(\.text) == [" 72nd", " 73rd"])
  }

  @Test func negationNameAndDateAreHighSeverity() throws {
    let negated = Self.p3.replacingOccurrences(of: "joined us", with: "did not join us")
    let renamed = Self.p2.replacingOccurrences(of: "Belarusian", with: "Kazakh")
    let redated = Self.p3.replacingOccurrences(of: "April", with: "May")
    #expect(try diff([Self.p3], [negated]).paragraphs[0].reasons.contains(.negationChanged))
    #expect(try diff([Self.p2], [renamed]).paragraphs[0].reasons.contains(.nameMismatch))
    #expect(try diff([Self.p3], [redated]).paragraphs[0].reasons.contains(.dateMismatch))
    let plain = Self.p3.replacingOccurrences(of: "firmly", with: "resolutely")
    #expect(try diff([Self.p3], [plain]).paragraphs[0].reasons.isEmpty)
  }

  @Test func deletedInsertedAndMoved() throws {
    let result = try diff(
      [Self.p1, Self.p2, Self.p3, Self.p4], [Self.p3, Self.p2, Self.p5, Self.p1])
    #expect(result.coversEveryParagraphOnce)
    let ops = Set(operations(result))
    #expect(ops.contains("inserted /3"))
    #expect(ops.contains("deleted 4/"))
    #expect(result.paragraphs.filter { $0.operation == .moved }.count == 2)
  }

  @Test func movedAndReworded() throws {
    let reworded = Self.p1.replacingOccurrences(of: "increasingly", with: "ever more")
    let result = try diff(
      [Self.p1, Self.p2, Self.p3, Self.p4], [Self.p2, Self.p3, Self.p4, reworded])
    let moved = try #require(result.paragraphs.first { $0.operation == .moved })
    #expect(moved.a == [1] && moved.b == [4])
    #expect(moved.hasWordChanges)
  }

  @Test func splitAndMerged() throws {
    let joined = Self.p3 + " " + Self.p4
    let split = try diff([Self.p1, joined, Self.p2], [Self.p1, Self.p3, Self.p4, Self.p2])
    #expect(operations(split) == ["equal 1/1", "split 2/2,3", "equal 3/4"])
    let merged = try diff([Self.p1, Self.p3, Self.p4, Self.p2], [Self.p1, joined, Self.p2])
    #expect(operations(merged) == ["equal 1/1", "merged 2,3/2", "equal 4/3"])
  }

  @Test func ambiguousDuplicatesStayUnpaired() throws {
    let result = try diff(
      [Self.p1, Self.p2, Self.p4, Self.p4], [Self.p4, Self.p4, Self.p1, Self.p2])
    #expect(result.coversEveryParagraphOnce)
    #expect(!result.paragraphs.contains { $0.operation == .moved })
  }

  @Test func wordsRebuildBothSides() throws {
    let b2 = Self.p2.replacingOccurrences(of: "the fact that our", with: "that our")
      .replacingOccurrences(of: "General Assembly", with: "General Assembly, in New York")
    let result = try diff([Self.p2], [b2])
    let words = result.paragraphs[0].words
    #expect(words.filter { $0.operation != .deleted }.map(\.text).joined() == b2)
    #expect(
      words.filter { $0.operation != .inserted }.map { $0.old ?? $0.text }.joined() == Self.p2)
  }

  @Test func outputIsDeterministic() throws {
    let a = [Self.p1, Self.p2, Self.p3, Self.p4]
    let b = [Self.p4, Self.p2 + " Indeed.", Self.p5, Self.p1]
    let first = DiffJSON().text(try diff(a, b))
    for _ in 0..<5 { #expect(DiffJSON().text(try diff(a, b)) == first) }
  }

  @Test func hashesFollowKeysNotTypography() throws {
    let result = try diff(["“Quoted” text"], ["\"Quoted\" text"])
    #expect(result.a.hashes == result.b.hashes)
    #expect(result.a.hashes[0].count == 8)
  }
}
