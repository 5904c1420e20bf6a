// The TSV contract: header, 1-based ids, empty side, three decimals, escaping.

import SverkaAlign
import SverkaExport
import SverkaModel
import SverkaRead
import Testing

@Suite struct TSVWriterTests {
  @Test func writesTheContract() throws {
    let english = try SegmentedReader().read(text: "A\\b\tc.\nSecond.\n", path: nil)
    let russian = try SegmentedReader().read(text: "Первое.\n\nВторое.\nТретье.\n", path: nil)
    let alignment = Alignment(
      sentences: [
        Alignment.Link(english: 0..<1, russian: 0..<1, score: 0.98249),
        Alignment.Link(english: 1..<2, russian: 1..<2, score: 1),
        Alignment.Link(english: 2..<2, russian: 2..<3, score: 0.1),
      ], paragraphs: [])
    let text = TSVWriter().text(AlignedEditions(alignment, english: english, russian: russian))
    #expect(
      text == """
        en_ids\tru_ids\tscore\ten\tru
        1\t1\t0.982\tA\\\\b\\tc.\tПервое.
        2\t2\t1.000\tSecond.\tВторое.
        \t3\t0.100\t\tТретье.

        """)
  }

  @Test func jsonLinesAreObjects() throws {
    let english = try SegmentedReader().read(text: "Say \"hi\".\n", path: nil)
    let russian = try SegmentedReader().read(text: "Привет.\n", path: nil)
    let alignment = try Aligner().align(english, russian)
    let text = JSONLWriter().text(AlignedEditions(alignment, english: english, russian: russian))
    #expect(text.hasPrefix("{\"en_ids\":[1],\"ru_ids\":[1],\"score\":"))
    #expect(text.contains("\"en\":\"Say \\\"hi\\\".\""))
  }
}
