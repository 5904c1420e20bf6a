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

  @Test func aNumberLeftOutOfAOneToOneSentenceIsRestated() throws {
    let oneToOne = FixedAligner(sentences: [
      ParagraphLink.SentenceLink(english: [0], russian: [0], score: 0.9),
      ParagraphLink.SentenceLink(english: [1], russian: [1], score: 0.9),
    ])
    // A figure put as words or as a figure of speech: the sentence is there, translated.
    #expect(
      try check(
        "The bridge is 100% safe, the engineers said. Traffic resumes on Monday.",
        "Мост совершенно безопасен, заявили инженеры. Движение возобновится в понедельник.",
        aligner: oneToOne) == [])
    #expect(
      try check(
        "We climbed to 4000ft before noon. The view was worth it.",
        "До полудня мы поднялись на высоту больше километра. Вид того стоил.",
        aligner: oneToOne) == [])
    // A number put for another is a change in a one-to-one pair all the same.
    #expect(
      try check(
        "The bridge carries 40 000 cars a day. Traffic resumes on Monday.",
        "Мост пропускает 30 000 машин в день. Движение возобновится в понедельник.",
        aligner: oneToOne) == [.numberMismatch])
    // A number put for another in its sentence, though the first stands elsewhere.
    #expect(
      try check(
        "Volume 2 came out in 1999. Its sequel followed 2 years later.",
        "Том 3 вышел в 1999 году. Продолжение вышло через 2 года.", aligner: oneToOne)
        == [.numberMismatch])
    // A number restated in its sentence is no evidence beside one added with a sentence.
    let added = FixedAligner(
      sentences: oneToOne.sentences + [.init(english: [], russian: [2], score: 0.9)])
    let reader = StatementReader()
    let diff = try TranslationCheck(aligner: added).check(
      reader.read(
        text: "The bridge is 100% safe, the engineers said. Traffic resumes on Monday.",
        path: "en"),
      reader.read(
        text: "Мост совершенно безопасен, заявили инженеры. Движение возобновится в "
          + "понедельник. Ремонт обошёлся городу в 2000 рублей.", path: "ru"))
    let numbers = diff.paragraphs.first?.evidence.first { $0.reason == .numberMismatch }
    #expect(numbers?.onlyInA == [])
    #expect(numbers?.onlyInB == ["2000"])
    // A number whose sentence the other side lacks is missing with it.
    let dropped = FixedAligner(sentences: [
      ParagraphLink.SentenceLink(english: [0, 1], russian: [0], score: 0.4)
    ])
    #expect(
      try check(
        "Traffic resumes on Monday. The bridge carries 40 000 cars a day.",
        "Движение возобновится в понедельник.", aligner: dropped
      ).contains(.numberMismatch))
  }

  @Test func aNumberLeftOutOfASentenceTranslatedAsTwoIsRestated() throws {
    let oneToTwo = FixedAligner(sentences: [
      ParagraphLink.SentenceLink(english: [0], russian: [0, 1], score: 0.8)
    ])
    #expect(
      try check(
        "The bridge is 100% safe now, the engineers said after a long inspection.",
        "Мост теперь совершенно безопасен. Так заявили инженеры после долгой проверки.",
        aligner: oneToTwo) == [])
    // A number put for another is still a change there.
    #expect(
      try check(
        "The bridge carries 40 000 cars a day, the engineers said after a long inspection.",
        "Мост пропускает 30 000 машин в день. Так заявили инженеры после долгой проверки.",
        aligner: oneToTwo) == [.numberMismatch])
  }

  @Test func aLopsidedSentencePairHoldsALeftOutSentence() throws {
    let oneToOne = FixedAligner(sentences: [
      ParagraphLink.SentenceLink(english: [0], russian: [0], score: 0.9),
      ParagraphLink.SentenceLink(english: [1], russian: [1], score: 0.9),
    ])
    let english =
      "The minister arrived in Oslo on Monday. She met the prime minister, the speaker of "
      + "parliament and the leaders of the largest trade unions at the government offices."
    #expect(
      try check(
        english, "Министр прибыла в Осло в понедельник. Встреча прошла.", aligner: oneToOne)
        == [.sentenceUnmatched])
    #expect(
      try check(
        english,
        "Министр прибыла в Осло в понедельник. Она встретилась с премьер-министром, "
          + "спикером парламента и лидерами крупнейших профсоюзов в здании правительства.",
        aligner: oneToOne) == [])
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

  @Test func timesAreReadOnEitherClock() throws {
    #expect(
      try check(
        "At 0500 sharp, the company assembled at the motor pool.",
        "Ровно в 5 утра рота собралась у гаража.") == [])
    #expect(
      try check(
        "The exhibition opens at 6 p.m. on Friday.", "Выставка открывается в 18:00 в пятницу.")
        == [])
    #expect(
      try check("The reception starts at 6 p.m. sharp.", "Приём начнётся ровно в 18 часов.") == [])
    #expect(
      try check(
        "The exhibition opens at 6 p.m. on Friday.", "Выставка открывается в 19:00 в пятницу.")
        == [.numberMismatch])
    // The start of a range of hours is on the clock of its end.
    #expect(
      try check(
        "The reception runs from 6-8 p.m. on Saturday.", "Приём пройдёт в субботу с 18 до 20.")
        == [])
    #expect(
      try check(
        "The library is open 9–11 a.m. on weekdays.",
        "Библиотека открыта по будням с 9 до 11 утра.") == [])
    #expect(
      try check(
        "The reception runs from 6-8 p.m. on Saturday.", "Приём пройдёт в субботу с 17 до 20.")
        == [.numberMismatch])
  }

  @Test func aDashJoinedTimeOrCodeIsOneNumber() throws {
    #expect(
      try check(
        "Reveille sounded at 0530 ship time, and the crew went on deck.",
        "Подъём сыграли в 05-30 по корабельному времени, и экипаж вышел на палубу.") == [])
    #expect(
      try check(
        "The night train leaves at 23-45 from the second platform.",
        "Ночной поезд отправляется в 23:45 со второй платформы.") == [])
    #expect(
      try check(
        "Call extension 4512 for the duty officer.", "Дежурный офицер — добавочный 45-12.")
        == [])
    // Other digits are still another number.
    #expect(
      try check(
        "Reveille sounded at 0530 ship time, and the crew went on deck.",
        "Подъём сыграли в 06-30 по корабельному времени, и экипаж вышел на палубу.")
        == [.numberMismatch])
  }

  @Test func aCodePutForAnotherOfTheSameLettersIsANumberMismatch() throws {
    #expect(
      try check(
        "The squadron flies the Su34 and the MiG31 from the northern base.",
        "Эскадрилья летает на Su34 и MiG31 с северной базы.") == [])
    #expect(
      try check(
        "The squadron flies the Su34 and the MiG31 from the northern base.",
        "Эскадрилья летает на Su35 и MiG31 с северной базы.") == [.numberMismatch])
    #expect(
      try check(
        "@press12 Thank you, the statement is online now.",
        "@press21 Спасибо, заявление уже опубликовано.") == [.numberMismatch])
    // A code the translation leaves out, or one with other letters, is no substitution.
    #expect(
      try check(
        "The board runs on an ESP32 chip and a small battery.",
        "Плата работает на микроконтроллере и небольшой батарее.") == [])
    #expect(
      try check(
        "The G7 leaders met the heads of the G20 delegations.",
        "Лидеры G7 встретились с главами делегаций «Большой двадцатки».") == [])
  }

  @Test func aDayWrittenAsAWordIsTheDate() throws {
    #expect(
      try check(
        "The bills are due on February 2, he said.",
        "По его словам, срок по законопроектам — второе февраля.")
        == [])
    #expect(
      try check(
        "The bills are due on February 2, he said.",
        "По его словам, срок по законопроектам — третье февраля.") == [.dateMismatch])
  }

  @Test func capitalisedOrdinaryWordsAreNoNames() throws {
    // `easel` and `мольберт` are written in lower case elsewhere in their editions.
    #expect(
      try check(
        "Brushes, paints and an Easel came today. I put the easel by the window.",
        "Кисти, краски и Мольберт пришли сегодня. Я поставил мольберт у окна.") == [])
    // A shouted line's capitals are neither names nor acronyms.
    #expect(
      try check(
        "The dragon roared: “THANK YOU, LITTLE ONE, YOU KILLED THEM ALL!”",
        "Дракон проревел: «СПАСИБО, МАЛЫШ, ТЫ УБИЛ ИХ ВСЕХ!»") == [])
    // After a mention a post's next line starts.
    #expect(
      try check("@user17 Girl, get one right now.", "@user17 Подруга, купи себе такой же.") == [])
  }

  @Test func aCapitalisedWordWrittenInLowerCaseInAnotherFormIsNoName() throws {
    // `lanterns` and `фонаря` are other forms of `Lantern` and `Фонарь`.
    #expect(
      try check(
        "She bought paper, glue and a Lantern for the porch. Two lanterns already hang in the hall.",
        "Она купила бумагу, клей и Фонарь для крыльца. Два фонаря уже висят в прихожей.") == [])
    // A name put for it is still one.
    #expect(
      try check(
        "She bought paper, glue and a Lantern for the porch. Two lanterns already hang in the hall.",
        "Она купила бумагу, клей и Макрона для крыльца. Два фонаря уже висят в прихожей.")
        == [.nameMismatch])
  }

  @Test func aRussianNamePutInForAnOrdinaryWordIsANameMismatch() throws {
    #expect(
      try check(
        "The minister said that the talks would go on next week.",
        "Министр сказал, что переговоры с Макроном продолжатся на следующей неделе.")
        == [.nameMismatch])
    #expect(
      try check(
        "The minister said that the talks with Macron would go on next week.",
        "Министр сказал, что переговоры с Макроном продолжатся на следующей неделе.") == [])
    // An adjective is the first word of a translated title more often than a name.
    #expect(
      try check(
        "The FAA advises travellers to check the model.",
        "Федеральное управление гражданской авиации советует путешественникам проверять модель."
      )
      .contains(.nameMismatch) == false)
  }

  /// Links paragraph i with paragraph i; the first with the sentence links it is given, the
  /// others sentence by sentence.
  struct FirstParagraphAligner: ParagraphAligning {
    var sentences: [ParagraphLink.SentenceLink]

    func paragraphLinks(english: SegmentedStatement, russian: SegmentedStatement) throws
      -> [ParagraphLink]
    {
      english.paragraphs.indices.map { index in
        ParagraphLink(
          english: [index], russian: [index], score: 1,
          sentences: index == 0
            ? sentences
            : english.paragraphs[index].sentences.indices.map {
              .init(english: [$0], russian: [$0], score: 1)
            })
      }
    }
  }

  @Test func aLoneSentenceBetweenTwoLinksMayBeTheRestOfTheirTranslation() throws {
    let aligner = FirstParagraphAligner(sentences: [
      .init(english: [0], russian: [0], score: 0.9), .init(english: [], russian: [1], score: 0.5),
      .init(english: [1], russian: [2], score: 0.9),
    ])
    // Two paragraphs more set the document's length ratio: Russian a sixth longer.
    let english = [
      "The committee met on Monday to discuss the budget for the coming year. Its members "
        + "agreed that spending on schools should rise next spring.",
      "The town council also approved a new plan for the old harbour, which will be rebuilt "
        + "over the next five years with money from the region.",
      "Residents who live near the harbour will be asked for their views at a series of "
        + "public meetings that start in the autumn.",
    ]
    let russian = [
      "Комитет собрался в понедельник, чтобы обсудить бюджет на следующий год. Обсуждение "
        + "вышло долгим и трудным. Его члены согласились, что расходы на школы следует "
        + "увеличить весной.",
      "Городской совет также одобрил новый план реконструкции старой гавани, которую будут "
        + "перестраивать в течение следующих пяти лет на деньги из бюджета региона.",
      "Жителей, которые живут рядом с гаванью, попросят высказать своё мнение на нескольких "
        + "общественных собраниях, которые начнутся осенью этого года.",
    ]
    // Neither link alone is short of it, both together are.
    #expect(
      try check(
        english.joined(separator: "\n\n"), russian.joined(separator: "\n\n"),
        aligner: aligner) == [])
    // A sentence as long as the links' own is no rest of them.
    var added = russian
    added[0] =
      "Комитет собрался в понедельник, чтобы обсудить бюджет на следующий год. Городской "
      + "архив хранит подробные сведения о старых кораблях, построенных на верфи. Его члены "
      + "согласились, что расходы на школы следует увеличить весной."
    #expect(
      try check(
        english.joined(separator: "\n\n"), added.joined(separator: "\n\n"), aligner: aligner
      ).contains(.sentenceUnmatched))
  }

  @Test func aLoneSentenceMustSaySomethingTheNeighbourDoesNot() throws {
    let greeting = FixedAligner(sentences: [
      .init(english: [], russian: [0], score: 0.5), .init(english: [0], russian: [1], score: 0.9),
    ])
    #expect(
      try check(
        "Hi guys, and now let's get started with the repairs.",
        "Привет, ребята! А теперь начнём ремонт.", aligner: greeting) == [])
    #expect(
      try check(
        "Now let's get started.",
        "Стороны вчера подписали важные соглашения о торговле и транзите. Итак, начнём.",
        aligner: greeting) == [.sentenceUnmatched])
  }

  /// Leaves an English paragraph and a Russian one each alone, next to each other.
  struct GivingUpAligner: ParagraphAligning {
    func paragraphLinks(english: SegmentedStatement, russian: SegmentedStatement) throws
      -> [ParagraphLink]
    {
      [
        ParagraphLink(
          english: [0], russian: [], score: 1,
          sentences: english.paragraphs[0].sentences.indices.map {
            .init(english: [$0], russian: [], score: 1)
          }),
        ParagraphLink(
          english: [], russian: [0], score: 1,
          sentences: russian.paragraphs[0].sentences.indices.map {
            .init(english: [], russian: [$0], score: 1)
          }),
      ]
    }
  }

  @Test func aParagraphThatLostASentenceIsChangedNotDeleted() throws {
    let reader = StatementReader()
    let english = try reader.read(
      text: "Ignacio Sánchez Recarte, secretary general of the wine trade association, "
        + "is dismissive of the concerns of the beer makers. He told Euronews that a market "
        + "dominated by brewing conglomerates bears no comparison to that of wine.",
      path: "en")
    let russian = try reader.read(
      text: "Он заявил Euronews, что рынок, контролируемый пивоваренными конгломератами, "
        + "не идёт ни в какое сравнение с рынком вина.",
      path: "ru")
    let diff = try TranslationCheck(aligner: GivingUpAligner()).check(english, russian)
    #expect(diff.coversEveryParagraphOnce)
    let operation = try #require(diff.paragraphs.first)
    #expect(diff.paragraphs.count == 1)
    #expect(operation.operation == .changed)
    #expect(operation.reasons == [.sentenceUnmatched])
    #expect(operation.evidence.first?.onlyInA.first?.hasPrefix("Ignacio Sánchez Recarte") == true)
    // Two paragraphs that do not translate each other stay a deletion and an insertion.
    let unrelated = try reader.read(
      text: "Стороны подписали 12 соглашений о торговле и транзите на 2024 год.", path: "ru")
    let apart = try TranslationCheck(aligner: GivingUpAligner()).check(english, unrelated)
    #expect(apart.paragraphs.map(\.operation) == [.deleted, .inserted])
  }

  @Test func oneCondensedSentenceInFourDoesNotKeepAParagraphApart() throws {
    let reader = StatementReader()
    let english = try reader.read(
      text: "The harbour authority opened the new container terminal on Tuesday morning. "
        + "Officials from the ministry of transport, the regional government, the port "
        + "workers' union and several shipping companies, as well as a crowd of local "
        + "residents, attended the long ceremony. The terminal can handle twice as many "
        + "ships as the old one. Work on a second berth begins in 2027. The mayor "
        + "thanked the builders for finishing ahead of schedule.",
      path: "en")
    // The second sentence is condensed to half its length, the fourth left out.
    let russian = try reader.read(
      text: "Администрация порта открыла новый контейнерный терминал во вторник утром. "
        + "На церемонии были чиновники министерства транспорта и региона, профсоюз портовиков и "
        + "жители города. "
        + "Терминал может принимать вдвое больше судов, чем старый. Мэр поблагодарил "
        + "строителей за то, что они закончили досрочно.",
      path: "ru")
    let diff = try TranslationCheck(aligner: GivingUpAligner()).check(english, russian)
    #expect(diff.coversEveryParagraphOnce)
    #expect(diff.paragraphs.map(\.operation) == [.changed])
    let unmatched = diff.paragraphs.first?.evidence.first { $0.reason == .sentenceUnmatched }
    #expect(unmatched?.onlyInA == ["Work on a second berth begins in 2027."])
    #expect(unmatched?.onlyInB == [])
  }

  /// Links both paragraphs of each side together, their sentences one to one.
  struct MergingAligner: ParagraphAligning {
    func paragraphLinks(english: SegmentedStatement, russian: SegmentedStatement) throws
      -> [ParagraphLink]
    {
      let count = english.paragraphs.flatMap(\.sentences).count
      return [
        ParagraphLink(
          english: Array(english.paragraphs.indices), russian: Array(russian.paragraphs.indices),
          score: 0.8, sentences: (0..<count).map { .init(english: [$0], russian: [$0], score: 1) })
      ]
    }
  }

  @Test func paragraphsTakenTogetherAreCutWhereNoSentenceLinkCrosses() throws {
    let reader = StatementReader()
    let english = try reader.read(
      text: "The council met on Monday. It approved the budget.\n\n"
        + "Residents welcomed the decision.",
      path: "en")
    let russian = try reader.read(
      text: "Совет собрался в понедельник. Он утвердил бюджет.\n\nЖители приветствовали решение.",
      path: "ru")
    let diff = try TranslationCheck(aligner: MergingAligner()).check(english, russian)
    #expect(diff.coversEveryParagraphOnce)
    #expect(diff.paragraphs.map(\.operation) == [.equal, .equal])
    #expect(diff.paragraphs.map(\.a) == [[1], [2]])
    #expect(diff.paragraphs.map(\.b) == [[1], [2]])
    // A sentence link across the break keeps the paragraphs together.
    let shifted = try reader.read(
      text: "Совет собрался в понедельник.\n\nОн утвердил бюджет. Жители приветствовали решение.",
      path: "ru")
    let merged = try TranslationCheck(aligner: MergingAligner()).check(english, shifted)
    #expect(merged.coversEveryParagraphOnce)
    #expect(merged.paragraphs.map(\.operation) == [.merged])
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
