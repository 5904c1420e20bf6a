// Tracking a revision into the other language: stale, current and untranslated paragraphs.

import Foundation
import SverkaCheck
import SverkaModel
import SverkaRead
import SverkaTestSupport
import Testing

@Suite struct TranslationTrackerTests {
  static func statement(_ pair: String, _ file: String) throws -> Statement {
    let url = Fixtures.root.appendingPathComponent("Pairs/\(pair)/\(file)")
    return try StatementReader().read(Fixtures.bytes(url), path: file)
  }

  /// Every translation paragraph exactly once, in order; every new paragraph at least once.
  static func checkCoverage(_ report: StalenessReport, newCount: Int) {
    let translated = report.entries.flatMap(\.translation)
    #expect(translated == Array(1...report.translation.paragraphs.count))
    #expect(Set(report.entries.flatMap(\.new)) == Set(1...newCount))
  }

  @Test func correctedDateNumberAndNegationMakeTheirTranslationsStale() throws {
    let pair = "2018-08-23-lavrov-telephone-conversation-finland"
    let report = try TranslationTracker().track(
      old: Self.statement(pair, "en-GB.txt"), new: Self.statement(pair, "en-GB.rev2.txt"),
      translation: Self.statement(pair, "ru-RU.txt"))
    #expect(report.entries.map(\.status) == [.current, .stale, .stale, .stale, .current])
    #expect(report.entries[3].changes.first?.reasons == [.negationChanged])
    #expect(report.needsWork)
    Self.checkCoverage(report, newCount: 5)
  }

  @Test func typographicRevisionKeepsTheTranslationCurrent() throws {
    let pair = "2018-06-19-lavrov-union-state-minsk"
    let report = try TranslationTracker().track(
      old: Self.statement(pair, "ru-RU.txt"), new: Self.statement(pair, "ru-RU.rev2.txt"),
      translation: Self.statement(pair, "en-GB.txt"))
    #expect(report.entries.allSatisfy { $0.status == .current })
    #expect(!report.needsWork)
    Self.checkCoverage(report, newCount: 5)
  }

  @Test func splitsMergesAndDeletionsAreStale() throws {
    let pair = "2018-06-28-statement-cwc-special-session"
    let report = try TranslationTracker().track(
      old: Self.statement(pair, "ru-RU.txt"), new: Self.statement(pair, "ru-RU.rev2.txt"),
      translation: Self.statement(pair, "en-GB.txt"))
    let stale = report.entries.filter { $0.status == .stale }
    #expect(
      Set(stale.flatMap { $0.changes.map(\.operation) }) == [.merged, .split, .changed, .deleted])
    #expect(stale.contains { $0.new.isEmpty && $0.changes.first?.operation == .deleted })
    Self.checkCoverage(report, newCount: 13)
  }

  @Test func aNewSourceParagraphIsUntranslated() throws {
    let old = try StatementReader().read(
      text: "The talks were held in Minsk.\n\nThe sides signed an agreement on trade.\n",
      path: "old")
    let new = try StatementReader().read(
      text: "The talks were held in Minsk.\n\nA joint statement on energy was adopted.\n\n"
        + "The sides signed an agreement on trade.\n",
      path: "new")
    let translation = try StatementReader().read(
      text: "Переговоры прошли в Минске.\n\nСтороны подписали соглашение о торговле.\n",
      path: "ru")
    let report = try TranslationTracker().track(old: old, new: new, translation: translation)
    #expect(report.entries.map(\.status) == [.current, .untranslated, .current])
    #expect(report.entries[1].new == [2])
    #expect(report.entries[1].translation.isEmpty)
    Self.checkCoverage(report, newCount: 3)
  }

  @Test func theNewEditionMustBeInTheSourceLanguage() throws {
    let pair = "2018-06-19-lavrov-union-state-minsk"
    #expect(throws: InputError.wrongLanguage("ru-RU.txt", expected: .english, found: .russian)) {
      try TranslationTracker().track(
        old: Self.statement(pair, "en-GB.txt"), new: Self.statement(pair, "ru-RU.txt"),
        translation: Self.statement(pair, "ru-RU.txt"))
    }
  }

  @Test func theTranslationMustBeInTheOtherLanguage() throws {
    let pair = "2018-06-19-lavrov-union-state-minsk"
    #expect(throws: InputError.self) {
      try TranslationTracker().track(
        old: Self.statement(pair, "en-GB.txt"), new: Self.statement(pair, "en-GB.txt"),
        translation: Self.statement(pair, "en-GB.txt"))
    }
  }
}
