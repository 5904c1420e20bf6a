// A sentence closing with a question mark or a colon links to one that closes the same way.

import SverkaModel
import SverkaRead
import Testing

@testable import SverkaAlign

@Suite struct ClosingMarkTests {
  struct MarkCase: Sendable, CustomTestStringConvertible {
    let text: String
    let mark: Unicode.Scalar?
    var testDescription: String { text }
  }

  static let marks: [MarkCase] = [
    MarkCase(text: "Will the talks resume in the spring?", mark: "?"),
    MarkCase(text: "Возобновятся ли переговоры весной?", mark: "?"),
    MarkCase(text: "He asked: «Who will pay for it?» ", mark: "?"),
    MarkCase(text: "The parties agreed on the following:", mark: ":"),
    MarkCase(text: "Стороны договорились о следующем:\n", mark: ":"),
    MarkCase(text: "(see the annex:)", mark: ":"),
    MarkCase(text: "The meeting opened at 10:30.", mark: nil),
    MarkCase(text: "Really?!", mark: nil),
    MarkCase(text: "Что дальше?..", mark: nil),
    MarkCase(text: "", mark: nil),
  ]

  @Test(arguments: marks)
  func closingMark(_ example: MarkCase) {
    #expect(Anchors.closingMark(of: example.text) == example.mark)
  }

  @Test func aBeadWhoseSidesCloseAlikeCostsLess() throws {
    let extractor = FeatureExtractor(prepared: .shared)
    let english = [extractor.features(of: "Who will pay for it?", language: .english)]
    let question = extractor.features(of: "Кто за это заплатит?", language: .russian)
    let statement = extractor.features(of: "Кто за это заплатит.", language: .russian)
    #expect(english[0].closing == "?" && question.closing == "?" && statement.closing == nil)
    func cost(_ russian: UnitFeatures) -> Double {
      let band = Band(rows: 1, columns: 1, lower: [0, 0], upper: [1, 1])
      let scorer = BeadCost(
        english: english, russian: [russian],
        model: .initial(english: english, russian: [russian]), band: band)
      return scorer.cost(english: 1, russian: 1, englishCount: 1, russianCount: 1)
    }
    #expect(cost(question) < cost(statement))
  }

  struct AlignCase: Sendable, CustomTestStringConvertible {
    let id: String
    let english: String
    let russian: String
    /// The English sentence the Russian one translates; the other has no counterpart.
    let linked: Int
    var testDescription: String { id }
  }

  /// Two English sentences against one Russian that could stand for either by length.
  static let dropped: [AlignCase] = [
    AlignCase(
      id: "question", english: "Nobody knows yet.\nWho will pay for it?\n",
      russian: "Кто за это заплатит?\n", linked: 1),
    AlignCase(
      id: "colon",
      english: """
        The agenda was approved.
        The delegates discussed these items:
        The budget was adopted.

        """,
      russian: "Повестка была утверждена.\nДелегаты обсудили следующие вопросы:\n", linked: 1),
  ]

  @Test(arguments: dropped)
  func theSentenceThatClosesAlikeIsTheOneLinked(_ example: AlignCase) throws {
    let english = try SegmentedReader().read(text: example.english, path: nil)
    let russian = try SegmentedReader().read(text: example.russian, path: nil)
    let alignment = try Aligner().align(english, russian)
    AlignerInvariantTests.expectCover(
      alignment.sentences, english.sentenceCount, russian.sentenceCount)
    let last = russian.sentenceCount - 1
    let link = try #require(alignment.sentences.first { $0.russian.contains(last) })
    #expect(Array(link.english) == [example.linked])
  }
}
