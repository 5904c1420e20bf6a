// A merge that swallowed a sentence with no counterpart is split; a true merge is kept.

import Testing

@testable import SverkaAlign

@Suite struct LinkRepairTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let id: String
    let english: [String]
    let russian: [String]
    /// The links the repair must leave, as (English, Russian) sentence indices.
    let expected: [([Int], [Int])]
    var testDescription: String { id }
  }

  static let cases: [Case] = [
    // The second English sentence has no Russian counterpart: its words (weather,
    // capital, warm, sunny) meet nothing in the Russian sentence, whose length fits the
    // first English sentence alone.
    Case(
      id: "English sentence without counterpart split off",
      english: [
        "The Minister thanked his guest for the support of the Russian initiative at the United Nations.",
        "The weather in the capital was warm and sunny all week.",
      ],
      russian: ["Министр поблагодарил гостя за поддержку российской инициативы в ООН."],
      expected: [([0], [0]), ([1], [])]),
    Case(
      id: "Russian sentence without counterpart before the link split off",
      english: ["The parties agreed to continue regular consultations on strategic stability."],
      russian: [
        "Встреча прошла в тёплой и дружеской атмосфере.",
        "Стороны договорились продолжить регулярные консультации по стратегической стабильности.",
      ],
      expected: [([], [0]), ([0], [1])]),
    // One English sentence translated by two Russian ones: both meet its words, and the
    // lengths need both.
    Case(
      id: "true merge kept",
      english: [
        "They discussed the next meeting of the presidents and the BRICS summit, as well as cooperation on energy, agriculture and space research."
      ],
      russian: [
        "Обсуждались подготовка встречи президентов и повестка саммита БРИКС.",
        "Стороны также затронули сотрудничество в области энергетики, сельского хозяйства и космических исследований.",
      ],
      expected: [([0], [0, 1])]),
  ]

  @Test(arguments: cases)
  func repairs(_ pair: Case) {
    let extractor = FeatureExtractor(prepared: .shared)
    let english = pair.english.map { extractor.features(of: $0, language: .english) }
    let russian = pair.russian.map { extractor.features(of: $0, language: .russian) }
    // Russian runs about a tenth longer than English in characters.
    let length = LengthCost(ratio: 1.1, variance: 6.8)
    let merged = PathBead(english: 0..<english.count, russian: 0..<russian.count, posterior: 0.9)
    let repaired = LinkRepair(english: english, russian: russian, length: length)
      .repaired([merged])
    #expect(repaired.map { Array($0.english) } == pair.expected.map(\.0))
    #expect(repaired.map { Array($0.russian) } == pair.expected.map(\.1))
    // Nothing lost, nothing doubled, order kept.
    #expect(repaired.flatMap { Array($0.english) } == Array(english.indices))
    #expect(repaired.flatMap { Array($0.russian) } == Array(russian.indices))
  }
}
