// The bitext map draws one mark a link, shaped by the link: dot, n:m box or gap ring.

import SverkaExport
import SverkaModel
import Testing

@Suite struct BitextMapTests {
  @Test func oneMarkPerLinkWithItsShape() {
    let alignment = Alignment(
      sentences: [
        Alignment.Link(english: 0..<1, russian: 0..<1, score: 0.99),
        Alignment.Link(english: 1..<3, russian: 1..<2, score: 0.7),
        Alignment.Link(english: 3..<3, russian: 2..<3, score: 0.2),
        Alignment.Link(english: 3..<4, russian: 3..<3, score: 0.4),
        Alignment.Link(english: 4..<5, russian: 3..<5, score: 0.9),
      ], paragraphs: [])
    let svg = BitextMap().svg(
      for: alignment, englishCount: 5, russianCount: 5, label: "map <1>", href: { "#l\($0 + 1)" })
    #expect(svg.components(separatedBy: "class=\"link").count - 1 == 5)
    #expect(svg.components(separatedBy: "class=\"link gap\"").count - 1 == 2)
    #expect(svg.components(separatedBy: "class=\"link nm\"").count - 1 == 2)
    for index in 1...5 { #expect(svg.contains("<a href=\"#l\(index)\">")) }
    #expect(svg.contains("en 2–3 ↔ ru 2 · 0.700"))
    #expect(svg.contains("aria-label=\"map &lt;1&gt;\""))
    #expect(svg.contains("fill=\"#c62828\"") == false)  // gaps are rings, not fills
    #expect(svg.contains("fill=\"#d98b00\""))
  }
}
