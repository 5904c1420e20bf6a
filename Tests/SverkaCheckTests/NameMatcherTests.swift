// Names spelt another way on the other side must not be flagged, and a name put for another
// must still be: one-consonant names, names written as one word, acronyms spelt out, place
// adjectives that Russian writes in lower case.

import SverkaModel
import SverkaRead
import Testing

@testable import SverkaCheck

@Suite struct NameMatcherTests {
  /// A one-sentence English and Russian pair, and whether the check must find a name mismatch.
  struct NameCase: Sendable, CustomTestStringConvertible {
    var id: String
    var english: String
    var russian: String
    var changed: Bool
    var testDescription: String { id }
  }

  static let cases: [NameCase] = [
    NameCase(
      id: "one consonant, Yale",
      english: "He became an assistant professor at Yale in 1960.",
      russian: "В 1960 году он стал ассистентом профессора в Йельском университете.",
      changed: false),
    NameCase(
      id: "one consonant, Yale put for Oxford",
      english: "He became an assistant professor at Yale in 1960.",
      russian: "В 1960 году он стал ассистентом профессора в Оксфордском университете.",
      changed: true),
    NameCase(
      id: "one consonant, Iowa and Ohio",
      english: "The storm hit Iowa and then Ohio.",
      russian: "Шторм обрушился на Айову, а затем на Огайо.", changed: false),
    NameCase(
      id: "one consonant, Ohio put for Texas",
      english: "The storm hit Iowa and then Ohio.",
      russian: "Шторм обрушился на Айову, а затем на Техас.", changed: true),
    NameCase(
      id: "a name written as one word",
      english: "On Monday we flew to Ho Chi Minh with the whole team.",
      russian: "В понедельник мы всей командой полетели в Хошимин.", changed: false),
    NameCase(
      id: "a name of several words put for another",
      english: "On Monday we flew to Ho Chi Minh with the whole team.",
      russian: "В понедельник мы всей командой полетели в Бангкок.", changed: true),
    NameCase(
      id: "an acronym spelt out in Latin letters",
      english: "All right, so let's head over to COD Mobile.",
      russian: "Ладно, давайте перейдём к Call of Duty.", changed: false),
    NameCase(
      id: "an acronym spelt out in Russian",
      english: "We met at the UN headquarters.",
      russian: "Мы встретились в штаб-квартире Организации Объединённых Наций.", changed: false),
    NameCase(
      id: "an acronym put for another spelt out",
      english: "We met at the UN headquarters.",
      russian: "Мы встретились в штаб-квартире Организации Североатлантического договора.",
      changed: true),
    NameCase(
      id: "an acronym put for another game",
      english: "All right, so let's head over to COD Mobile.",
      russian: "Ладно, давайте перейдём к Fortnite.", changed: true),
    NameCase(
      id: "a first name kept",
      english: "The envoy said Ambassador Anatoly Antonov met the press.",
      russian: "Посланник сказал, что посол Анатолий Антонов встретился с прессой.",
      changed: false),
    NameCase(
      id: "a first name kept, the surname put for another",
      english: "The envoy said Ambassador Anatoly Antonov met the press.",
      russian: "Посланник сказал, что посол Анатолий Дарчиев встретился с прессой.",
      changed: true),
    NameCase(
      id: "a first name kept, the surname put for another, beside a lower-case verb",
      english: "Spokeswoman Maria Zakharova said in February that the campaign was growing.",
      russian: "Пресс-секретарь Мария Петрова заявила в феврале, что кампания растёт.",
      changed: true),
    NameCase(
      id: "a name after a translated acronym",
      english: "Russian Foreign Ministry spokeswoman Maria Zakharova said the campaign grew.",
      russian: "Пресс-секретарь российского МИД Мария Захарова заявила, что кампания растёт.",
      changed: false),
    NameCase(
      id: "a name after a translated acronym put for another",
      english: "Russian Foreign Ministry spokeswoman Maria Zakharova said the campaign grew.",
      russian: "Пресс-секретарь российского МИД Мария Канберра заявила, что кампания растёт.",
      changed: true),
    NameCase(
      id: "countries bridged by function words",
      english: "He toured Germany and Poland and Sweden with the band.",
      russian: "Он ездил с группой по Германии и Польше и Швеции.", changed: false),
    NameCase(
      id: "two names bridged by a function word, one translated",
      english: "The regiment was formed from Cohort and Dagger in the spring.",
      russian: "Полк был создан весной из Когорты и Кинжала.", changed: false),
  ]

  @Test(arguments: cases)
  func nameMismatchIsFoundOnlyWhereANameChanged(_ pair: NameCase) throws {
    let reader = StatementReader()
    let result = try TranslationCheck().check(
      reader.read(text: pair.english, path: "en"), reader.read(text: pair.russian, path: "ru"))
    let reasons = result.paragraphs.flatMap(\.reasons)
    #expect(reasons.contains(.nameMismatch) == pair.changed)
  }

  /// English capitalises an adjective made from a place; Russian writes its own in lower case.
  @Test func aPlaceAdjectiveMatchesTheRussianLowerCaseOne() throws {
    let matcher = try NameMatcher()
    func missingEnglish(_ english: String, _ russian: String) throws -> [String] {
      try matcher.substitutions(
        english: matcher.words(english, english: true),
        russian: matcher.words(russian, english: false)
      ).english
    }
    let english = "They found an old Roman fort near Vindolanda."
    #expect(try missingEnglish(english, "Возле Виндоланды нашли старый римский форт.") == [])
    #expect(
      try missingEnglish(english, "Возле Виндоланды нашли старый греческий форт.") == ["Roman"])
  }
}
