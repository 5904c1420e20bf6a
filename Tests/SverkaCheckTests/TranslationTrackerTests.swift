// Tracking a revision into the other language: current, updated, stale, obsolete and untranslated.

import Foundation
import SverkaCheck
import SverkaExport
import SverkaModel
import SverkaRead
import SverkaTestSupport
import Testing

@Suite struct TranslationTrackerTests {
  static func statement(_ pair: String, _ file: String) throws -> SegmentedStatement {
    let url = Fixtures.root.appendingPathComponent("Pairs/\(pair)/\(file)")
    return try StatementReader().read(Fixtures.bytes(url), path: file)
  }

  /// Every translation paragraph exactly once, in order; every new paragraph at least once.
  static func checkCoverage(_ report: StalenessReport, newCount: Int) {
    let translated = report.entries.flatMap(\.translation)
    #expect(translated == Array(1...report.translation.paragraphs.count))
    #expect(Set(report.entries.flatMap(\.new)) == Set(1...newCount))
  }

  /// The Russian already says 23 August, which the English revision brings in: `updated`.
  @Test func correctedDateNumberAndNegationMakeTheirTranslationsStale() throws {
    let pair = "2018-08-23-lavrov-telephone-conversation-finland"
    let report = try TranslationTracker().track(
      old: Self.statement(pair, "en-GB.txt"), new: Self.statement(pair, "en-GB.rev2.txt"),
      translation: Self.statement(pair, "ru-RU.txt"))
    #expect(report.entries.map(\.status) == [.current, .updated, .stale, .stale, .current])
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

  @Test func splitsAndMergesAreStaleAndDeletionsObsolete() throws {
    let pair = "2018-06-28-statement-cwc-special-session"
    let report = try TranslationTracker().track(
      old: Self.statement(pair, "ru-RU.txt"), new: Self.statement(pair, "ru-RU.rev2.txt"),
      translation: Self.statement(pair, "en-GB.txt"))
    let stale = report.entries.filter { $0.status == .stale }
    #expect(Set(stale.flatMap { $0.changes.map(\.operation) }) == [.merged, .split, .changed])
    let obsolete = report.entries.filter { $0.status == .obsolete }
    #expect(!obsolete.isEmpty)
    #expect(obsolete.allSatisfy { $0.new.isEmpty && $0.changes.map(\.operation) == [.deleted] })
    #expect(report.needsWork)
    Self.checkCoverage(report, newCount: 13)
  }

  static let oldSource = """
    The talks were held in Minsk on 5 May.

    The sides signed 12 agreements on trade and energy.

    The next meeting will take place in Moscow.
    """
  static let translation = """
    Переговоры прошли в Минске 5 мая.

    Стороны подписали 14 соглашений о торговле и энергетике.

    Следующая встреча пройдёт в Москве.
    """

  @Test func aTranslationThatAlreadyFollowsTheRevisionIsUpdated() throws {
    let reader = StatementReader()
    // The translator worked from a later draft: the Russian already says 14.
    let report = try TranslationTracker().track(
      old: reader.read(text: Self.oldSource, path: "old"),
      new: reader.read(
        text: Self.oldSource.replacingOccurrences(of: "12", with: "14"), path: "new"),
      translation: reader.read(text: Self.translation, path: "ru"))
    #expect(report.entries.map(\.status) == [.current, .updated, .current])
    #expect(!report.needsWork)
    let text = StalenessTextReport().text(report)
    #expect(text.contains("summary: 2 current, 1 updated, 0 stale, 0 untranslated, 0 obsolete"))
  }

  /// A source paragraph that says 30 % twice, and a translation that renders its first
  /// sentence freely (no 30 there, and the agency's name in words).
  static let twiceSaid = """
    Complaints rose by 30% last year, TASS reports. The ministry confirmed a rise of 30% in \
    the region.
    """
  static let twiceSaidTranslation = """
    Как сообщает информационное агентство, жалоб в прошлом году стало заметно больше. \
    Министерство подтвердило рост на 30% в регионе.
    """

  @Test func aNumberCarriedOverIsUpdatedWhateverElseTheTranslationSaysFreely() throws {
    let reader = StatementReader()
    let translation = try reader.read(text: Self.twiceSaidTranslation, path: "ru")
    // The revision corrects the second 31 % to 30 %: the translation already says 30.
    let updated = try TranslationTracker().track(
      old: reader.read(
        text: Self.twiceSaid.replacingOccurrences(of: "a rise of 30%", with: "a rise of 31%"),
        path: "old"),
      new: reader.read(text: Self.twiceSaid, path: "new"), translation: translation)
    #expect(updated.entries.map(\.status) == [.updated])
    // The other way round the translation lags behind: stale.
    let stale = try TranslationTracker().track(
      old: reader.read(text: Self.twiceSaid, path: "old"),
      new: reader.read(
        text: Self.twiceSaid.replacingOccurrences(of: "a rise of 30%", with: "a rise of 31%"),
        path: "new"),
      translation: translation)
    #expect(stale.entries.map(\.status) == [.stale])
    // Words changed beside the number may not have been carried over: stale.
    let reworded = try TranslationTracker().track(
      old: reader.read(
        text: Self.twiceSaid.replacingOccurrences(
          of: "confirmed a rise of 30%", with: "denied a rise of 31%"), path: "old"),
      new: reader.read(text: Self.twiceSaid, path: "new"), translation: translation)
    #expect(reworded.entries.map(\.status) == [.stale])
  }

  @Test func aStaleTranslationNamesWhatItLacks() throws {
    let reader = StatementReader()
    let report = try TranslationTracker().track(
      old: reader.read(
        text: Self.oldSource.replacingOccurrences(of: "12", with: "14"), path: "old"),
      new: reader.read(
        text: Self.oldSource.replacingOccurrences(of: "12", with: "15"), path: "new"),
      translation: reader.read(text: Self.translation, path: "ru"))
    #expect(report.entries.map(\.status) == [.current, .stale, .current])
    #expect(
      report.entries[1].evidence == [
        ReasonEvidence(reason: .numberMismatch, onlyInA: ["15"], onlyInB: ["14"])
      ])
    #expect(
      StalenessTextReport().text(report).contains(
        "  number 14 in translation, 15 in new source\n"))
    #expect(
      StalenessJSON().text(report).contains(
        "\"evidence\": [{\"reason\": \"number_mismatch\", \"a\": [\"15\"], \"b\": [\"14\"]}]"))
  }

  @Test func theTranslationOfADeletedParagraphIsObsolete() throws {
    let reader = StatementReader()
    let new = Self.oldSource.components(separatedBy: "\n\n").enumerated()
      .filter { $0.offset != 1 }.map(\.element).joined(separator: "\n\n")
    let report = try TranslationTracker().track(
      old: reader.read(text: Self.oldSource, path: "old"), new: reader.read(text: new, path: "new"),
      translation: reader.read(text: Self.translation, path: "ru"))
    #expect(report.entries.map(\.status) == [.current, .obsolete, .current])
    #expect(report.entries[1].translation == [2])
    #expect(report.needsWork)
    #expect(StalenessJSON().text(report).contains("\"status\": \"obsolete\""))
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
