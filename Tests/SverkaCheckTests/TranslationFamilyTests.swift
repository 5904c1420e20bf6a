// Translation mode on faithful pairs from each false-alarm family and on each seeded kind of
// error, written from knowledge of both languages, with the evidence each flag must carry.

import SverkaAlign
import SverkaDiff
import SverkaExport
import SverkaModel
import SverkaRead
import Testing

@testable import SverkaCheck

@Suite struct TranslationFamilyTests {
  /// An English and a Russian paragraph, and what the check must say about them.
  struct Case: Sendable, CustomTestStringConvertible {
    let id: String
    let english: String
    let russian: String
    /// The evidence lines expected, English as A; empty for a faithful pair.
    let evidence: [String]
    var testDescription: String { id }
  }

  static func check(_ english: String, _ russian: String) throws -> EditionDiff {
    let reader = StatementReader()
    return try TranslationCheck(checksNegation: true).check(
      reader.read(text: english, path: "en"), reader.read(text: russian, path: "ru"))
  }

  static func lines(_ diff: EditionDiff) -> [String] {
    diff.paragraphs.flatMap(\.evidence).map {
      $0.description(aLabel: "English", bLabel: "Russian")
    }
  }

  static let faithful: [Case] = [
    Case(
      id: "transliterated-korean-name",
      english: "Kim Jong-un met Donald Trump in Singapore to discuss the nuclear programme.",
      russian: "Ким Чен Ын встретился с Дональдом Трампом в Сингапуре, чтобы обсудить ядерную "
        + "программу.", evidence: []),
    Case(
      id: "inflected-place",
      english: "The governor of Khabarovsk Krai visited the flooded villages near the Amur.",
      russian: "Губернатор Хабаровского края посетил затопленные сёла у Амура.", evidence: []),
    Case(
      id: "initial-for-first-name",
      english: "Secretary of State Mike Pompeo spoke with the Chinese minister by telephone.",
      russian: "Госсекретарь США М. Помпео провёл телефонный разговор с министром КНР.",
      evidence: []),
    Case(
      id: "russian-acronym-of-latin-one",
      english: "TASS reported that the talks in Vienna were constructive.",
      russian: "Как сообщил ТАСС, переговоры в Вене были конструктивными.", evidence: []),
    Case(
      id: "latin-name-kept",
      english: "CNBC reported that Apple shares rose after the announcement.",
      russian: "CNBC сообщил, что акции Apple выросли после объявления.", evidence: []),
    Case(
      id: "biden-bayden",
      english: "President Joe Biden and Chancellor Olaf Scholz discussed aid to Kyiv.",
      russian: "Президент Джо Байден и канцлер Олаф Шольц обсудили помощь Киеву.", evidence: []),
    Case(
      id: "scale-words",
      english: "About 10,000 people attended, and the budget reached $2.5 billion.",
      russian: "Мероприятие посетили около 10 тыс. человек, а бюджет достиг 2,5 млрд долларов.",
      evidence: []),
    Case(
      id: "spaced-thousands",
      english: "The fund received 1,000,000 euros and 12,500 applications.",
      russian: "Фонд получил 1\u{A0}000\u{A0}000 евро и 12 500 заявок.", evidence: []),
    Case(
      id: "number-words",
      english: "Two ministers and 3 deputies signed the eleven documents.",
      russian: "Два министра и три заместителя подписали 11 документов.", evidence: []),
    Case(
      id: "year-then-number",
      english: "In 2019, 150 delegates took part in the forum.",
      russian: "В 2019 году в форуме приняли участие 150 делегатов.", evidence: []),
    Case(
      id: "day-before-of-month",
      english: "The strike began on the 4th of January and lasted a week.",
      russian: "Забастовка началась 4 января и продлилась неделю.", evidence: []),
    Case(
      id: "converted-measures",
      english: "We flew 50 nautical miles and climbed to 4,000 ft before turning back.",
      russian: "Мы пролетели 92 км и поднялись на высоту 1200 метров, прежде чем повернуть назад.",
      evidence: []),
    Case(
      id: "converted-measure-without-number",
      english: "It feels like riding a motorcycle at 4000 ft in the air.",
      russian: "Это похоже на езду на мотоцикле на высоте в километр.", evidence: []),
    Case(
      id: "time-digits-run-together",
      english: "603 right now on this Wednesday morning, and we are following a tragic story.",
      russian: "Сейчас 6:03 утра, среда, и мы следим за трагической историей.", evidence: []),
    Case(
      id: "name-matched-through-its-first-name",
      english: "The boy was detained after singing songs by Soviet singer Viktor Tsoy in Lviv.",
      russian: "Мальчика задержали после того, как он спел песни Виктора Цоя во Львове.",
      evidence: []),
    Case(
      id: "translated-name-in-quotes",
      english: "Fans of the Golden Eagles celebrated the win in the last minute.",
      russian: "Болельщики «Золотых Орлов» праздновали победу на последней минуте.",
      evidence: []),
    Case(
      id: "ever-where-russian-denies",
      english: "You're the prettiest girl I've ever seen.",
      russian: "Я не видел девушки красивее тебя.", evidence: []),
    Case(
      id: "doubled-russian-negation",
      english: "Nobody’s gonna know, and the mud always remained.",
      russian: "Никто не узнает, а грязь всё равно никуда не делась.", evidence: []),
    Case(
      id: "russian-net-as-an-interjection",
      english: "Hey, look: the thing went back online about an hour ago.",
      russian: "Нет, вы посмотрите: примерно час назад эта штука появилась в сети.",
      evidence: []),
    Case(
      id: "shouted-ordinary-word",
      english: "Sure, they are AWARE of it, but my brain is having a DIFFICULT time with that.",
      russian: "Да, они это ЗНАЮТ, но у меня это НИКАК в голове не укладывается.", evidence: []),
    Case(
      id: "negation-in-both",
      english: "The sides did not reach an agreement on the border.",
      russian: "Стороны не достигли договорённости о границе.", evidence: []),
  ]

  static let seeded: [Case] = [
    Case(
      id: "changed-number",
      english: "The ministry registered 151 applications in May.",
      russian: "Министерство зарегистрировало 150 заявок в мае.",
      evidence: ["number 150 in Russian, 151 in English"]),
    Case(
      id: "changed-measure-kept-in-its-unit",
      english: "The trail is 5 miles long.",
      russian: "Тропа длиной 7 миль.",
      evidence: ["number 7 in Russian, 5 in English"]),
    Case(
      id: "changed-metric-measure",
      english: "The new road is 12 km long.",
      russian: "Новая дорога длиной 15 км.",
      evidence: ["number 15 in Russian, 12 in English"]),
    Case(
      id: "changed-name",
      english: "Sergey Lavrov arrived in Beijing for talks with his Chinese counterpart.",
      russian: "Сергей Лавров прибыл в Шанхай для переговоров с китайским коллегой.",
      evidence: ["name Шанхай in Russian, Beijing in English"]),
    Case(
      id: "dropped-sentence",
      english: "The talks lasted three hours. The sides agreed to meet again in the autumn.",
      russian: "Переговоры продолжались три часа.",
      evidence: [
        "sentence without counterpart only in English: The sides agreed to meet again in the "
          + "autumn."
      ]),
    Case(
      id: "added-sentence",
      english: "The talks lasted three hours.",
      russian: "Переговоры продолжались три часа. Стороны договорились встретиться осенью.",
      evidence: [
        "sentence without counterpart only in Russian: Стороны договорились встретиться осенью."
      ]),
    Case(
      id: "flipped-negation",
      english: "The sides signed the agreement on trade.",
      russian: "Стороны не подписали соглашение о торговле.",
      evidence: ["negation only in Russian: не"]),
    Case(
      id: "negation-dropped",
      english: "The minister did not sign the agreement on trade.",
      russian: "Министр подписал соглашение о торговле.",
      evidence: ["negation only in English: not"]),
    Case(
      id: "changed-date",
      english: "On August 22, the ministers spoke by telephone.",
      russian: "23 августа министры провели телефонный разговор.",
      evidence: ["date 23 августа in Russian, August 22 in English"]),
  ]

  @Test(arguments: faithful)
  func faithfulPairsAreEqual(_ pair: Case) throws {
    let diff = try Self.check(pair.english, pair.russian)
    #expect(diff.coversEveryParagraphOnce)
    #expect(diff.paragraphs.map(\.operation) == [.equal], "\(Self.lines(diff))")
    #expect(diff.paragraphs.allSatisfy { $0.evidence.isEmpty })
  }

  @Test(arguments: seeded)
  func seededErrorsAreFlaggedWithTheirEvidence(_ pair: Case) throws {
    let diff = try Self.check(pair.english, pair.russian)
    #expect(diff.coversEveryParagraphOnce)
    #expect(diff.paragraphs.map(\.operation) == [.changed])
    #expect(Self.lines(diff) == pair.evidence)
    #expect(diff.paragraphs.allSatisfy { $0.reasons == $0.evidence.map(\.reason) })
  }

  @Test func aDeletedParagraphIsDeleted() throws {
    let diff = try Self.check(
      "The talks were held in Minsk.\n\nA joint statement on energy was adopted.\n\n"
        + "The sides signed an agreement on trade.",
      "Переговоры прошли в Минске.\n\nСтороны подписали соглашение о торговле.")
    #expect(diff.coversEveryParagraphOnce)
    #expect(diff.paragraphs.map(\.operation) == [.equal, .deleted, .equal])
  }

  @Test func evidenceFollowsTheSidesWhenRussianComesFirst() throws {
    let reader = StatementReader()
    let diff = try TranslationCheck().check(
      reader.read(text: "Министерство зарегистрировало 150 заявок.", path: "ru"),
      reader.read(text: "The ministry registered 151 applications.", path: "en"))
    let evidence = try #require(diff.paragraphs.first?.evidence.first)
    #expect(evidence == ReasonEvidence(reason: .numberMismatch, onlyInA: ["150"], onlyInB: ["151"]))
    #expect(
      DiffTextReport().text(diff).contains("\n  number 151 in English, 150 in Russian\n"))
    #expect(
      DiffJSON().text(diff).contains(
        "\"evidence\": [{\"reason\": \"number_mismatch\", \"a\": [\"150\"], \"b\": [\"151\"]}]"))
  }
}
