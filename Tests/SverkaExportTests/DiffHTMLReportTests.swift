// The change pages' HTML from diffs built by hand: evidence marked where it occurs, words
// highlighted on their side, moved paragraphs linked both ways, every paragraph shown once.

import SverkaExport
import SverkaModel
import Testing

@Suite struct DiffHTMLReportTests {
  static let english = EditionDiff.Side(
    path: "en-GB.txt", language: .english,
    paragraphs: [
      "Sergey Lavrov met Pekka Haavisto on 22 August.",
      "The ministers discussed 150 projects, not 15.",
    ], hashes: ["", ""])
  static let russian = EditionDiff.Side(
    path: "ru-RU.txt", language: .russian,
    paragraphs: [
      "С.В.Лавров встретился с П.Хаависто 23 августа.",
      "Министры обсудили 151 проект, а не 15.",
    ], hashes: ["", ""])

  static func translation(_ evidence: [ReasonEvidence]) -> EditionDiff {
    EditionDiff(
      mode: .translation, a: english, b: russian,
      paragraphs: [
        ParagraphDiff(.equal, a: [1], b: [1], similarity: 0.99),
        ParagraphDiff(
          .changed, a: [2], b: [2], similarity: 0.97, reasons: evidence.map(\.reason),
          evidence: evidence),
      ])
  }

  @Test func evidenceIsDescribedAndMarkedOnItsSide() {
    let page = DiffHTMLReport().text(
      Self.translation([ReasonEvidence(reason: .numberMismatch, onlyInA: ["150"], onlyInB: ["151"])]
      ))
    #expect(page.contains("number 151 in Russian, 150 in English"))
    #expect(
      page.contains(
        "<mark class=\"ev\" title=\"number_mismatch: only in English\">150</mark> projects"))
    #expect(
      page.contains("<mark class=\"ev\" title=\"number_mismatch: only in Russian\">151</mark>"))
    // `15` stands in both texts and is not evidence; `150` is not marked inside `1500`.
    #expect(page.components(separatedBy: "<mark").count - 1 == 2)
  }

  @Test func anItemIsFoundUnderACaseEndingButNotInsideAWord() {
    let page = DiffHTMLReport().text(
      Self.translation([ReasonEvidence(reason: .nameMismatch, onlyInB: ["Министр", "стры"])]))
    #expect(page.contains("name only in Russian: Министр; стры"))
    #expect(
      page.contains("<mark class=\"ev\" title=\"name_mismatch: only in Russian\">Министр</mark>ы"))
    #expect(page.components(separatedBy: "<mark").count - 1 == 1)
  }

  @Test func aMarkAcrossWordRunsStaysNested() {
    let diff = EditionDiff(
      mode: .revision, a: Self.english,
      b: EditionDiff.Side(
        path: "en-GB.rev2.txt", language: .english,
        paragraphs: ["Sergey Lavrov met Pekka Haavisto on 23 August.", Self.english.paragraphs[1]],
        hashes: ["", ""]),
      paragraphs: [
        ParagraphDiff(
          .changed, a: [1], b: [1], similarity: 0.9, reasons: [.dateMismatch],
          evidence: [
            ReasonEvidence(reason: .dateMismatch, onlyInA: ["22 August"], onlyInB: ["23 August"])
          ],
          words: [
            WordChange(.equal, "Sergey Lavrov met Pekka Haavisto on"),
            WordChange(.deleted, " 22"), WordChange(.inserted, " 23"),
            WordChange(.equal, " August."),
          ]),
        ParagraphDiff(.equal, a: [2], b: [2], similarity: 1),
      ])
    let page = DiffHTMLReport().text(diff)
    #expect(
      page.contains(
        "on <del><mark class=\"ev\" title=\"date_mismatch: only in old\">22</mark></del>"
          + "<mark class=\"ev\" title=\"date_mismatch: only in old\"> August</mark>."))
    #expect(
      page.contains(
        "on <ins><mark class=\"ev\" title=\"date_mismatch: only in new\">23</mark></ins>"
          + "<mark class=\"ev\" title=\"date_mismatch: only in new\"> August</mark>."))
    #expect(page.contains("date 23 August in new, 22 August in old"))
  }

  @Test func aMovedParagraphIsLinkedBothWays() {
    let old = EditionDiff.Side(
      path: "a", language: .english, paragraphs: ["First.", "Second.", "Third."],
      hashes: ["", "", ""])
    let new = EditionDiff.Side(
      path: "b", language: .english, paragraphs: ["Second.", "Third.", "First."],
      hashes: ["", "", ""])
    let diff = EditionDiff(
      mode: .revision, a: old, b: new,
      paragraphs: [
        ParagraphDiff(.equal, a: [2], b: [1]), ParagraphDiff(.equal, a: [3], b: [2]),
        ParagraphDiff(.moved, a: [1], b: [3], similarity: 1),
      ])
    let page = DiffHTMLReport().text(diff)
    let ghost = page.range(of: "id=\"from-3\"")
    let first = page.range(of: "id=\"d1\"")
    #expect(ghost != nil && first != nil)
    if let ghost, let first { #expect(ghost.lowerBound < first.lowerBound) }
    #expect(page.contains("href=\"#d3\">moved to new ¶3"))
    #expect(page.contains("href=\"#from-3\">where it stood"))
    #expect(page.components(separatedBy: "<tbody class=\"op-").count - 1 == 3)
  }

  @Test func cosmeticChangesAreMarkedOnDemand() {
    let diff = EditionDiff(
      mode: .revision,
      a: EditionDiff.Side(path: "a", language: .english, paragraphs: ["\"Yes\""], hashes: [""]),
      b: EditionDiff.Side(path: "b", language: .english, paragraphs: ["“Yes”"], hashes: [""]),
      paragraphs: [
        ParagraphDiff(
          .cosmetic, a: [1], b: [1], similarity: 1, cosmetic: [.quotes],
          words: [WordChange(.cosmetic, "“Yes”", old: "\"Yes\"", kinds: [.quotes])])
      ])
    let hidden = DiffHTMLReport().text(diff)
    let shown = DiffHTMLReport(showCosmetic: true).text(diff)
    #expect(hidden.contains("<body class=\"hide-cosmetic\">"))
    #expect(!shown.contains("hide-cosmetic\">"))
    #expect(shown.contains("<span class=\"cos\" title=\"&quot;Yes&quot;\">“Yes”</span>"))
    #expect(shown.contains("data-filter=\"cosmetic\" checked"))
  }

  @Test func aLongDocumentOpensWithItsChangesOnlyButHidesNothingWithoutScript() {
    let texts = (1...250).map { "Paragraph number \($0) of the statement." }
    let side = EditionDiff.Side(
      path: "a", language: .english, paragraphs: texts, hashes: texts.map { _ in "" })
    let paragraphs = (1...250).map { ParagraphDiff(.equal, a: [$0], b: [$0], similarity: 1) }
    let long = DiffHTMLReport().text(
      EditionDiff(mode: .revision, a: side, b: side, paragraphs: paragraphs))
    #expect(long.contains("data-filter=\"op-equal\"> equal <b>250</b>"))
    #expect(long.contains("<body class=\"hide-cosmetic\">"))
    #expect(long.components(separatedBy: "<tbody class=\"op-equal ").count - 1 == 250)
    let short = DiffHTMLReport().text(
      EditionDiff(
        mode: .revision, a: side, b: side, paragraphs: Array(paragraphs.prefix(0))))
    #expect(short.contains("data-filter=\"op-equal\" checked disabled> equal <b>0</b>"))
  }
}
