// The aligner on every paragraph shape and size: nothing lost, no trap, a clear limit.

import Foundation
import SverkaModel
import SverkaRead
import SverkaTestSupport
import Testing

@testable import SverkaAlign

@Suite struct AlignerScaleTests {
  /// How a generated document lays out its paragraphs.
  enum Layout: String, Sendable, CaseIterable, CustomTestStringConvertible {
    /// Everything in one paragraph.
    case oneParagraph
    /// Paragraphs of one to six sentences a line, separated by single line breaks: read
    /// as one paragraph.
    case lineBreaks
    /// Paragraphs between blank lines.
    case blankLines
    var testDescription: String { rawValue }
  }

  /// `count` sentence pairs drawn (seeded) from the pairs' gold-aligned paragraphs, each
  /// side with every tenth sentence pair left out on one side, as plain text in `layout`.
  static func document(_ count: Int, layout: Layout, seed: UInt64) throws -> (
    english: String, russian: String
  ) {
    var pool: [(String, String)] = []
    for folder in Fixtures.pairFolders {
      let (english, russian) = try AlignerInvariantTests.read(folder)
      for (e, r) in zip(english.paragraphs, russian.paragraphs)
      where e.sentences.count == r.sentences.count {
        pool += zip(e.sentences.map(\.singleLine), r.sentences.map(\.singleLine))
      }
    }
    var generator = SeededGenerator(seed: seed)
    var english: [[String]] = [[]]
    var russian: [[String]] = [[]]
    for index in 0..<count {
      let (e, r) = pool[Int.random(in: 0..<pool.count, using: &generator)]
      if index % 10 == 3 {
        if Bool.random(using: &generator) {
          english[english.count - 1].append(e)
        } else {
          russian[russian.count - 1].append(r)
        }
      } else {
        english[english.count - 1].append(e)
        russian[russian.count - 1].append(r)
      }
      if Int.random(in: 0..<4, using: &generator) == 0 {
        english.append([])
        russian.append([])
      }
    }
    func text(_ paragraphs: [[String]]) -> String {
      let filled = paragraphs.filter { !$0.isEmpty }.map { $0.joined(separator: " ") }
      switch layout {
      case .oneParagraph: return filled.joined(separator: " ")
      case .lineBreaks: return filled.joined(separator: "\n")
      case .blankLines: return filled.joined(separator: "\n\n")
      }
    }
    return (text(english), text(russian))
  }

  @Test(arguments: Layout.allCases)
  func nothingLostOnEveryLayout(_ layout: Layout) throws {
    let (englishText, russianText) = try Self.document(1_500, layout: layout, seed: 5)
    let english = try StatementReader().read(text: englishText, path: "en.txt")
    let russian = try StatementReader().read(text: russianText, path: "ru.txt")
    if layout != .blankLines {
      #expect(english.paragraphs.count == 1 && russian.paragraphs.count == 1)
    }
    let alignment = try Aligner().align(english, russian)
    AlignerInvariantTests.expectCover(
      alignment.sentences, english.sentenceCount, russian.sentenceCount)
    AlignerInvariantTests.expectCover(
      alignment.paragraphs, english.paragraphs.count, russian.paragraphs.count)
    // A band that followed the diagonal blindly would lose the thread after the first
    // deletions; most links must still be one-to-one and confident. A tenth of the
    // sentences lack a counterpart, and the calibration scores the links beside one with
    // caution, so about a fifth of the links fall below 0.8 even where all are right.
    let confident = alignment.sentences.filter {
      $0.english.count == 1 && $0.russian.count == 1 && $0.score >= 0.8
    }
    #expect(Double(confident.count) >= 0.75 * Double(alignment.sentences.count))
  }

  /// One long paragraph whose Russian side lost a few blocks of sentences early on: the
  /// band must follow a drift of dozens of sentences from the length diagonal, more than
  /// the widest band the cell budget allows around it (the coarse pass finds it).
  @Test func blockDeletionsInOneLongParagraph() throws {
    // The pairs' hand-checked one-to-one links, so the gold of the document is exact.
    var pool: [(String, String)] = []
    for folder in Fixtures.pairFolders {
      pool += try GoldAlignmentTests.readGold(folder.appendingPathComponent("gold.tsv"))
        .filter { $0.english.count == 1 && $0.russian.count == 1 }
        .map { ($0.englishText, $0.russianText) }
    }
    var generator = SeededGenerator(seed: 11)
    let count = 1_600
    var deleted = Set<Int>()
    for start in [90, 200, 330] {
      let length = Int.random(in: 25...40, using: &generator)
      deleted.formUnion(start..<(start + length))
    }
    var english: [String] = []
    var russian: [String] = []
    var gold: [String] = []
    for index in 0..<count {
      let (e, r) = pool[Int.random(in: 0..<pool.count, using: &generator)]
      english.append(e)
      if deleted.contains(index) {
        gold.append("\(index)-")
      } else {
        gold.append("\(index)-\(russian.count)")
        russian.append(r)
      }
    }
    let alignment = try Aligner().align(
      try SegmentedReader(language: .english).read(
        text: english.joined(separator: "\n"), path: "en.txt"),
      try SegmentedReader(language: .russian).read(
        text: russian.joined(separator: "\n"), path: "ru.txt"))
    AlignerInvariantTests.expectCover(alignment.sentences, english.count, russian.count)
    let found = alignment.sentences.map { link in
      link.english.map(String.init).joined(separator: ",") + "-"
        + link.russian.map(String.init).joined(separator: ",")
    }
    let right = Set(found).intersection(gold).count
    let f1 = 2 * Double(right) / Double(found.count + gold.count)
    #expect(f1 >= 0.95, "strict F1 \(f1)")
  }

  /// Many short sentences in one paragraph: the band stays linear (a quadratic lattice of
  /// 6,000 × 6,000 cells would need gigabytes), and every sentence is kept in order.
  @Test func oneParagraphOfManyShortSentences() throws {
    let count = 6_000
    let english = try SegmentedReader(language: .english).read(
      text: (1...count).map { "Item \($0) was approved." }.joined(separator: "\n"), path: nil)
    let russian = try SegmentedReader(language: .russian).read(
      text: (1...count).map { "Пункт \($0) одобрен." }.joined(separator: "\n"), path: nil)
    let alignment = try Aligner().align(english, russian)
    AlignerInvariantTests.expectCover(alignment.sentences, count, count)
    #expect(alignment.sentences.allSatisfy { $0.english.count == 1 && $0.russian.count == 1 })
  }

  @Test func emptySides() throws {
    let english = try SegmentedReader(language: .english).read(text: "One.\nTwo.\n", path: nil)
    func empty(_ language: Language) -> SegmentedStatement {
      SegmentedStatement(
        sentencesOf: Statement(
          path: nil, language: language, cyrillicShare: 0, encoding: "UTF-8", dateline: nil,
          languageSwitch: nil, chrome: [], paragraphs: []))
    }
    let alignment = try Aligner().align(english, empty(.russian))
    AlignerInvariantTests.expectCover(alignment.sentences, 2, 0)
    AlignerInvariantTests.expectCover(alignment.paragraphs, 1, 0)
    let none = try Aligner().align(empty(.english), empty(.russian))
    #expect(none.sentences.isEmpty && none.paragraphs.isEmpty)
  }

  @Test func pastTheLimitIsAnInputErrorNamingTheFile() throws {
    let english = try SegmentedReader(language: .english).read(
      text: (1...30).map { "Sentence \($0)." }.joined(separator: "\n"), path: "big-en.txt")
    let russian = try SegmentedReader(language: .russian).read(
      text: "Одно предложение.", path: "ru.txt")
    var aligner = Aligner()
    aligner.sentenceLimit = 20
    #expect(throws: InputError.tooManySentences("big-en.txt", count: 30, limit: 20)) {
      try aligner.align(english, russian)
    }
    aligner.sentenceLimit = 30
    AlignerInvariantTests.expectCover(try aligner.align(english, russian).sentences, 30, 1)
  }

  /// A faithful translation in short sentences, every one with exactly one counterpart:
  /// Gale–Church's priors made some of these pairs one 2-2 link.
  @Test func cleanOneToOneDocumentHasNoMerges() throws {
    let english = """
      Is that true? Yes. The talks ended on Monday. Both sides signed the protocol. \
      What comes next? A second round in May. Who will attend? The foreign ministers. \
      Where? In Minsk. Thank you. You are welcome. The meeting was constructive. \
      We discussed trade. Prices rose by 5%. Exports fell. The ministers met the press. \
      Questions followed. One concerned sanctions. Another concerned energy.
      """
    let russian = """
      Это правда? Да. Переговоры завершились в понедельник. Обе стороны подписали протокол. \
      Что дальше? Второй раунд в мае. Кто будет участвовать? Министры иностранных дел. \
      Где? В Минске. Спасибо. Пожалуйста. Встреча была конструктивной. \
      Мы обсудили торговлю. Цены выросли на 5%. Экспорт сократился. Министры встретились с \
      прессой. Последовали вопросы. Один касался санкций. Другой касался энергетики.
      """
    let e = try StatementReader().read(text: english, path: "en.txt")
    let r = try StatementReader().read(text: russian, path: "ru.txt")
    #expect(e.sentenceCount == 20 && r.sentenceCount == 20)
    let alignment = try Aligner().align(e, r)
    #expect(alignment.sentences.map(\.shape) == Array(repeating: "1-1", count: 20))
  }

  /// Making an aligner costs nothing once the built-in lexicon is prepared, and aligners
  /// made on many threads at once share it and agree.
  @Test func alignersShareOnePreparedModel() async throws {
    let (english, russian) = try AlignerInvariantTests.read(
      try #require(Fixtures.pairFolders.first))
    let expected = try Aligner().align(english, russian)
    let results = try await withThrowingTaskGroup(of: Alignment.self) { group in
      for _ in 0..<8 { group.addTask { try Aligner().align(english, russian) } }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(results.allSatisfy { $0 == expected })
  }
}
