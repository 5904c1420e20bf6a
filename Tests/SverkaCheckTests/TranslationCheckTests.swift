// Translation mode's checks on small texts: numbers, dates, names and unmatched sentences.

import SverkaAlign
import SverkaDiff
import SverkaExport
import SverkaModel
import SverkaRead
import Testing

@testable import SverkaCheck

@Suite struct TranslationCheckTests {
  /// Links paragraph i with paragraph i, and inside each the sentences it is given.
  struct FixedAligner: ParagraphAligning {
    var sentences: [ParagraphLink.SentenceLink]

    func paragraphLinks(english: SegmentedStatement, russian: SegmentedStatement) throws
      -> [ParagraphLink]
    {
      [ParagraphLink(english: [0], russian: [0], score: 1, sentences: sentences)]
    }
  }

  func check(_ english: String, _ russian: String, aligner: any ParagraphAligning = Aligner())
    throws -> [ChangeReason]
  {
    let reader = StatementReader()
    let result = try TranslationCheck(aligner: aligner).check(
      reader.read(text: english, path: "en"), reader.read(text: russian, path: "ru"))
    #expect(result.coversEveryParagraphOnce)
    return result.paragraphs.flatMap(\.reasons)
  }

  @Test func numbersAreComparedNormalised() throws {
    #expect(
      try check(
        "The 72nd session in 2018−2019 gathered 10 million people and 1,600 delegates.",
        "72-я сессия в 2018-2019 годах собрала 10 млн человек и 1 600 делегатов.") == [])
    #expect(
      try check(
        "The session gathered 12 million people.", "Сессия собрала 10 млн человек.")
        == [.numberMismatch])
    #expect(
      try check(
        "The office worked from 1981-87 across the state.",
        "Офис работал с 1981 по 1987 год во всём штате.") == [])
    #expect(
      try check(
        "The office worked from 1981-87 across the state.",
        "Офис работал с 1981 по 1988 год во всём штате.") == [.numberMismatch])
    #expect(
      try check(
        "He smiled and said there were 500 of them.", "Он улыбнулся и сказал, что их пятьсот.")
        == [])
  }

  @Test func aWrongDayIsADateMismatch() throws {
    #expect(
      try check(
        "On August 22, the ministers spoke by telephone.",
        "23 августа министры провели телефонный разговор.") == [.dateMismatch])
    #expect(
      try check(
        "On June 9−10, the ministers met.", "9−10 июня министры встретились.") == [])
    #expect(
      try check(
        "The envoy sighed. May I ask what the talks gave?",
        "Посланник вздохнул. Могу ли я спросить, что дали переговоры?") == [])
    #expect(
      try check(
        "The label says “May be unrecoverable” in red.",
        "На этикетке красным написано «Может быть неисправимо».") == [])
    #expect(
      try check("The talks ended in May.", "Переговоры завершились в марте.") == [.dateMismatch])
  }

  @Test func aVowelGlideWIsAVowel() throws {
    #expect(
      try check(
        "Captain Shaw met the delegation in Minsk.", "Капитан Шоу встретил делегацию в Минске.")
        == [])
    #expect(
      try check(
        "Captain Shaw met the delegation in Minsk.", "Капитан Гарсия встретил делегацию в Минске.")
        == [.nameMismatch])
    #expect(NameMatcher.skeleton("howard") == NameMatcher.skeleton("govard"))
  }

  @Test func namesAreFoundThroughTransliterationAndLexicon() throws {
    #expect(
      try check(
        "Foreign Minister Sergey Lavrov met the Belarusian delegation in Minsk.",
        "Министр иностранных дел С.В.Лавров встретился с белорусской делегацией в Минске.")
        == [])
    #expect(
      try check(
        "Sergey Lavrov met the delegation in Minsk.", "С.В.Лавров встретился с делегацией в Бресте."
      )
        == [.nameMismatch])
  }

  @Test func hesitantNeighboursAreNotUnmatched() throws {
    let hesitant = FixedAligner(sentences: [
      .init(english: [0], russian: [], score: 0.5), .init(english: [], russian: [0], score: 0.5),
    ])
    #expect(
      try check("The talks took place on 5 May.", "Переговоры прошли 5 мая.", aligner: hesitant)
        == [])
    #expect(
      try check(
        "The talks took place on 5 May.", "Стороны подписали 12 соглашений.", aligner: hesitant
      )
      .contains(.sentenceUnmatched))
  }

  /// A link whose paragraphs disagree on a number, scored `score` by the aligner.
  struct ScoredAligner: ParagraphAligning {
    var score: Double

    func paragraphLinks(english: SegmentedStatement, russian: SegmentedStatement) throws
      -> [ParagraphLink]
    {
      [
        ParagraphLink(
          english: [0], russian: [0], score: score,
          sentences: [ParagraphLink.SentenceLink(english: [0], russian: [0], score: score)])
      ]
    }
  }

  @Test func similarityIsTheAlignersConfidenceAndIsCalledSo() throws {
    let reader = StatementReader()
    let english = try reader.read(text: "The session gathered 12 million people.", path: "en")
    let russian = try reader.read(text: "Сессия собрала 10 млн человек.", path: "ru")
    for score in [0.1234, 0.9876] {
      let diff = try TranslationCheck(aligner: ScoredAligner(score: score)).check(
        russian, english)
      let operation = try #require(diff.paragraphs.first)
      #expect(operation.operation == .changed)
      #expect(operation.similarity == (score * 1000).rounded() / 1000)
      let text = DiffTextReport().text(diff)
      #expect(text.contains("¶1 → ¶1 changed (confidence \((score * 1000).rounded() / 1000))"))
      #expect(!text.contains("similarity"))
    }
  }

  @Test func revisionModeStillReportsWordSimilarity() throws {
    let reader = StatementReader()
    let old = try reader.readParagraphs(
      text: "The session gathered 12 million people today.", path: "a")
    let new = try reader.readParagraphs(
      text: "The session gathered 10 million people today.", path: "b")
    let text = DiffTextReport().text(try RevisionDiff().diff(old, new))
    #expect(text.contains("¶1 → ¶1 changed (similarity "))
    #expect(!text.contains("confidence"))
  }
}
