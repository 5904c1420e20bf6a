// The text form of a read statement: the seed page's parts first, then its paragraphs.

import SverkaExport
import SverkaRead
import SverkaTestSupport
import Testing

@Suite struct StatementTextReportTests {
  @Test func rendersTheSeedPage() throws {
    let statement = try StatementReader().read(
      Fixtures.bytes(Fixtures.seedPage), path: "seed.txt")
    let text = StatementTextReport().text(statement)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first == "path: seed.txt")
    #expect(lines.contains("language: en (Cyrillic share 0%)"))
    #expect(lines.contains("encoding: UTF-8"))
    #expect(lines.contains("language switch: • en-GB1 ru-RU1"))
    #expect(lines.contains("chrome: Advanced settings"))
    #expect(lines.contains("paragraphs: 5, sentences: 15"))
    #expect(lines.contains("¶1 [title, line 3]"))
    #expect(lines.contains("¶5 [body, line 14]"))
    // Every paragraph's text appears whole, in order.
    var cursor = text.startIndex
    for paragraph in statement.paragraphs {
      let found = try #require(text.range(of: paragraph.text, range: cursor..<text.endIndex))
      cursor = found.upperBound
    }
    #expect(text.hasSuffix("action programme for 2018−2019.\n"))
  }
}
