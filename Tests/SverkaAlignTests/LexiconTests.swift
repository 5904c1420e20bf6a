// The built-in lexicon loads whole, and the TSV reader keeps only single-word pairs.

import Testing

@testable import SverkaAlign

@Suite struct LexiconTests {
  @Test func builtInLoadsEveryLine() {
    let lexicon = Lexicon.builtIn
    // 4,547 English words with 7,426 single-word translations when merged (tools/merge-lexicon.py).
    #expect(lexicon.entries.count >= 7_400)
    #expect(Set(lexicon.entries.map(\.english)).count >= 4_500)
  }

  @Test func readsTSV() {
    let lexicon = Lexicon(tsv: "# comment\nTreaty\tдоговор, соглашение\nprime minister\tпремьер\n")
    #expect(
      lexicon.entries == [
        Lexicon.Entry(english: "treaty", russian: "договор"),
        Lexicon.Entry(english: "treaty", russian: "соглашение"),
      ])
  }
}
