// Short sentences whose translation is much longer (or shorter) stay one-to-one links.

import SverkaAlign
import SverkaModel
import SverkaRead
import Testing

@Suite struct ShortSentenceAlignmentTests {
  /// A briefing exchange, one sentence a line, paragraphs between blank lines: every short
  /// question or reply is rendered by a phrase two or three times its length (or a third of
  /// it), and each sentence has exactly one counterpart.
  static let english = """
    Question: Western media claim that Moscow is preparing new talks on grain exports.
    Is that so?

    Answer: I have not seen any such reports in the press, so I am not in a position to comment on them at this stage.
    Talks on this subject are held regularly with the United Nations.

    Question: When will the Foreign Minister visit Ankara?
    Will it be soon?

    Answer: The visit is being prepared.
    We will announce the dates in due course.

    Question: How do you assess the statement made yesterday by the Secretary General of NATO about the alliance's plans in the Baltic region?
    Thank you.

    Answer: Badly.
    Such statements do nothing for European security and only raise tension on the continent.
    """

  static let russian = """
    Вопрос: Западные СМИ утверждают, что Москва готовит новые переговоры по экспорту зерна.
    Соответствует ли это действительности?

    Ответ: Таких сообщений не видела, комментировать не могу.
    Переговоры на эту тему регулярно ведутся с Организацией Объединённых Наций.

    Вопрос: Когда Министр иностранных дел посетит Анкару?
    Стоит ли ждать его в ближайшее время?

    Ответ: Визит готовится.
    О датах сообщим своевременно.

    Вопрос: Как Вы оцениваете вчерашнее заявление Генсекретаря НАТО о планах альянса в Балтийском регионе?
    Спасибо.

    Ответ: Отрицательно.
    Подобные заявления ничего не дают европейской безопасности и лишь повышают напряжённость на континенте.
    """

  @Test func shortQuestionsAndRepliesAreNotMerged() throws {
    let english = try SegmentedReader().read(text: Self.english, path: nil)
    let russian = try SegmentedReader().read(text: Self.russian, path: nil)
    #expect(english.sentenceCount == russian.sentenceCount)
    let alignment = try Aligner().align(english, russian)
    AlignerInvariantTests.expectCover(
      alignment.sentences, english.sentenceCount, russian.sentenceCount)
    let links = alignment.sentences.map { [Array($0.english), Array($0.russian)] }
    let oneToOne = (0..<english.sentenceCount).map { [[$0], [$0]] }
    #expect(links == oneToOne)
  }
}
