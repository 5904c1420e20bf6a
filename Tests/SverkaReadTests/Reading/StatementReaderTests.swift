// Reading the seed page and plain text: the page's parts land in metadata, the body in paragraphs.

import SverkaRead
import SverkaTestSupport
import Testing

@Suite struct StatementReaderTests {
  @Test func readsTheSeedPageExactly() throws {
    let statement = try StatementReader().read(
      Fixtures.bytes(Fixtures.seedPage), path: "seed.txt")
    #expect(statement.language == .english)
    #expect(statement.cyrillicShare == 0)
    #expect(statement.encoding == "UTF-8")
    let dateline = try #require(statement.dateline)
    #expect(dateline.isoDate == "2018-06-19")
    #expect(dateline.time == "23:03")
    #expect(
      statement.title
        == "Foreign Minister Sergey Lavrov’s remarks at a meeting of the Supreme State Council"
        + " of the Union State of Russia and Belarus, Minsk, June 19, 2018")
    #expect(statement.languageSwitch == "• en-GB1 ru-RU1")
    #expect(statement.chrome == ["Advanced settings"])
    #expect(statement.paragraphs.map(\.role) == [.title, .body, .body, .body, .body])
    #expect(statement.paragraphs.map(\.line) == [3, 8, 10, 12, 14])
    #expect(statement.paragraphs[1].text.hasPrefix("Close foreign policy coordination"))
    #expect(statement.paragraphs[4].text.hasSuffix("action programme for 2018−2019."))
    #expect(statement.sentenceCount == 15)
    for paragraph in statement.paragraphs {
      for marker in ["201823:03", "en-GB1", "Advanced settings"] {
        #expect(!paragraph.text.contains(marker))
      }
    }
  }

  @Test func plainTextIsAllBody() throws {
    let text = "First paragraph. It has two sentences.\n\nSecond paragraph.\n"
    let statement = try StatementReader().read(text: text, path: nil)
    #expect(statement.dateline == nil)
    #expect(statement.title == nil)
    #expect(statement.paragraphs.map(\.role) == [.body, .body])
    #expect(statement.paragraphs.map(\.sentences.count) == [2, 1])
  }

  @Test func titleOnlyAfterADateline() throws {
    let text = "A heading that is just a paragraph\n\nBody text here.\n"
    let statement = try StatementReader().read(text: text, path: nil)
    #expect(statement.title == nil)
    #expect(statement.paragraphs.count == 2)
  }

  @Test func russianPage() throws {
    let text = """
      19 июня 201823:03

      Выступление Министра иностранных дел России С.В.Лаврова

        • en-GB1 ru-RU1


      Тесная внешнеполитическая координация приобретает всё большее значение.

      Просим утвердить программу на 2018−2019 годы.





      Расширенные настройки
      """
    let statement = try StatementReader().read(text: text, path: "ru.txt")
    #expect(statement.language == .russian)
    #expect(statement.cyrillicShare > 0.9)
    #expect(statement.dateline?.isoDate == "2018-06-19")
    #expect(statement.title == "Выступление Министра иностранных дел России С.В.Лаврова")
    #expect(statement.languageSwitch == "• en-GB1 ru-RU1")
    #expect(statement.chrome == ["Расширенные настройки"])
    #expect(statement.paragraphs.count == 3)
  }

  @Test func datelineWithoutTitleBeforeTheSwitch() throws {
    let text = "19 June 201823:03\n\n  • en-GB1 ru-RU1\n\nBody.\n"
    let statement = try StatementReader().read(text: text, path: nil)
    #expect(statement.dateline != nil)
    #expect(statement.title == nil)
    #expect(statement.languageSwitch == "• en-GB1 ru-RU1")
    #expect(statement.paragraphs.map(\.text) == ["Body."])
  }

  @Test func chromeOnlyAtTheEnd() throws {
    let text = "Advanced settings\n\nBody text.\n\nAdvanced settings\n"
    let statement = try StatementReader().read(text: text, path: nil)
    #expect(statement.paragraphs.map(\.text) == ["Advanced settings", "Body text."])
    #expect(statement.chrome == ["Advanced settings"])
  }

  @Test func linesOfAParagraphAreKept() throws {
    let text = "A sentence that is\nwrapped over lines.\n"
    let statement = try StatementReader().read(text: text, path: nil)
    #expect(statement.paragraphs.first?.text == "A sentence that is\nwrapped over lines.")
  }

  @Test func languageCanBeForced() throws {
    let statement = try StatementReader(language: .russian).read(text: "Hello.", path: nil)
    #expect(statement.language == .russian)
  }

  @Test func noLettersIsAnError() {
    #expect(throws: InputError.noLetters("n.txt")) {
      try StatementReader().read(text: "12 345\n\n— 2018 —\n", path: "n.txt")
    }
  }

  @Test func onlyChromeIsEmpty() {
    #expect(throws: InputError.empty("c.txt")) {
      try StatementReader().read(text: "\n\nAdvanced settings\n", path: "c.txt")
    }
  }

  @Test func sentencesPointIntoTheirParagraph() throws {
    let statement = try StatementReader().read(
      Fixtures.bytes(Fixtures.seedPage), path: "seed.txt")
    for paragraph in statement.paragraphs {
      let bytes = Array(paragraph.text.utf8)
      var previousEnd = 0
      for sentence in paragraph.sentences {
        #expect(sentence.range.lowerBound >= previousEnd)
        #expect(String(decoding: bytes[sentence.range], as: UTF8.self) == sentence.text)
        previousEnd = sentence.range.upperBound
      }
    }
  }
}
