// The word lists read from the lexis files, and the two views of the function-word files.

import SverkaText
import Testing

@Suite struct LexisTests {
  @Test func functionWordsInBothViews() {
    for word in ["the", "of", "and", "which", "between"] {
      #expect(Lexis.functionWords.english.contains(word), "\(word)")
      #expect(Lexis.stopwords.english.contains(word), "\(word)")
    }
    for word in ["и", "в", "что", "который", "между"] {
      #expect(Lexis.functionWords.russian.contains(word), "\(word)")
      #expect(Lexis.stopwords.russian.contains(word), "\(word)")
    }
  }

  @Test func wordsInOneViewOnly() {
    // A line may end in `them` or `очень` ("…told them."), but never in `moreover` or `кроме`.
    #expect(Lexis.stopwords.english.contains("them"))
    #expect(!Lexis.functionWords.english.contains("them"))
    #expect(Lexis.functionWords.english.contains("moreover"))
    #expect(!Lexis.stopwords.english.contains("moreover"))
    #expect(Lexis.stopwords.russian.contains("очень"))
    #expect(!Lexis.functionWords.russian.contains("очень"))
    #expect(Lexis.functionWords.russian.contains("кроме"))
    #expect(!Lexis.stopwords.russian.contains("кроме"))
  }

  @Test func negationViews() {
    let english = Lexis.negations.english
    let russian = Lexis.negations.russian
    // A clear negation counts in both stages.
    #expect(english.clear.contains("never") && english.revision.contains("never"))
    #expect(russian.clear.contains("не") && russian.revision.contains("не"))
    // `without` and `без` deny softly in translation, and a revision that drops them matters.
    #expect(english.soft.contains("without") && english.revision.contains("without"))
    #expect(!english.clear.contains("without"))
    #expect(russian.soft.contains("без") && russian.revision.contains("без"))
    // Russian doubles its negations, so in translation only a bare «не» is clear and the
    // `ни-` words and `нет` leave a sentence unjudged; `никуда` does not count in revisions,
    // `никогда` does; `отнюдь` counts in revisions only.
    #expect(russian.clear == ["не"])
    #expect(russian.soft.contains("никуда") && !russian.revision.contains("никуда"))
    #expect(russian.soft.contains("никогда") && russian.revision.contains("никогда"))
    #expect(english.soft.contains("ever") && !english.revision.contains("ever"))
    #expect(russian.revision.contains("отнюдь") && !russian.clear.contains("отнюдь"))
    #expect(english.clear.isDisjoint(with: english.soft))
    #expect(russian.clear.isDisjoint(with: russian.soft))
    #expect(Negations.isContracted("don't") && Negations.isContracted("won’t"))
    #expect(!Negations.isContracted("dont"))
  }

  @Test func weekdaysOfBothLanguages() {
    #expect(Lexis.weekdayPrefixes.count == 14)
    #expect(Lexis.weekdayPrefixes.contains("wednesday"))
    #expect(Lexis.weekdayPrefixes.contains { "среду".hasPrefix($0) })
    #expect(Lexis.weekdayPrefixes.contains { "воскресенье".hasPrefix($0) })
  }

  @Test func russianAdjectiveEndings() {
    let endings = Lexis.russianAdjectiveEndings
    #expect(endings.count == 21)
    for adjective in ["федерального", "западного", "римской", "новыми", "синее"] {
      #expect(endings.contains { adjective.hasSuffix($0) }, "\(adjective)")
    }
    for noun in ["москва", "лавров", "путин", "лондоном"] {
      #expect(!endings.contains { noun.hasSuffix($0) }, "\(noun)")
    }
  }

  @Test func noViewTagLeaksIntoAWord() {
    let words = [
      Lexis.functionWords.english, Lexis.functionWords.russian, Lexis.stopwords.english,
      Lexis.stopwords.russian,
    ].flatMap { $0 }
    #expect(!words.isEmpty)
    #expect(words.allSatisfy { !$0.contains("\t") && !$0.contains(" ") && !$0.hasPrefix("#") })
  }

  @Test func segmenterLists() {
    #expect(Lexis.listEnds.english.contains("etc."))
    #expect(Lexis.prefixes.english.contains("Mr."))
    #expect(Lexis.abbreviations.russian.contains("тыс."))
    #expect(Lexis.lowercaseStarts.english.contains("i"))
    #expect(!Lexis.names.russian.isEmpty)
  }

  @Test func lexiconTexts() {
    #expect(Lexis.lexiconTSV.split(separator: "\n").count > 1000)
    #expect(Lexis.translatedNamesTSV.contains("britain\tвеликобритания\n"))
  }

  @Test func fileLines() {
    let bytes = Array("# comment\n\n  word \nother\tcolumn\n#x\n".utf8)
    #expect(LexisFile.lines(bytes) == ["word", "other\tcolumn"])
    #expect(LexisFile.rows(bytes) == [["word"], ["other", "column"]])
  }
}
