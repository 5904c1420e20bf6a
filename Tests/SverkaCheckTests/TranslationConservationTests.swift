// Translation mode keeps every paragraph of both editions in exactly one operation, in the
// model and in the JSON, whatever was done to the texts: seeded edits of the real pairs.

import Foundation
import SverkaAlign
import SverkaDiff
import SverkaExport
import SverkaModel
import SverkaRead
import SverkaTestSupport
import Testing

@testable import SverkaCheck

@Suite struct TranslationConservationTests {
  /// Links English 1–2 with Russian 1–2 in one link, as the aligner does for a 2-2 bead.
  struct ManyToManyAligner: ParagraphAligning {
    func paragraphLinks(english: SegmentedStatement, russian: SegmentedStatement) throws
      -> [ParagraphLink]
    {
      [
        ParagraphLink(
          english: [0, 1], russian: [0, 1], score: 0.9,
          sentences: [.init(english: [0, 1], russian: [0, 1], score: 0.9)]),
        ParagraphLink(
          english: [2], russian: [2], score: 1,
          sentences: [.init(english: [0], russian: [0], score: 1)]),
      ]
    }
  }

  /// The paragraph numbers of each side named by the JSON's operations, in order.
  static func numbersInJSON(_ json: String) throws -> (a: [Int], b: [Int]) {
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let operations = try #require(object["paragraphs"] as? [[String: Any]])
    func numbers(_ value: Any?) -> [Int] {
      if let list = value as? [Int] { return list }
      if let number = value as? Int { return [number] }
      return []
    }
    return (
      operations.flatMap { numbers($0["a"]) }, operations.flatMap { numbers($0["b"]) }
    )
  }

  @Test func aManyToManyLinkListsBothSidesInJSON() throws {
    let reader = StatementReader()
    let english = try reader.read(
      text: "The talks began.\n\nThey ended late.\n\nA statement followed.", path: "en")
    let russian = try reader.read(
      text: "Переговоры начались.\n\nОни закончились поздно.\n\nЗатем последовало заявление.",
      path: "ru")
    let diff = try TranslationCheck(aligner: ManyToManyAligner()).check(english, russian)
    #expect(diff.coversEveryParagraphOnce)
    let json = DiffJSON().text(diff)
    #expect(json.contains("\"a\": [1, 2], \"b\": [1, 2]"))
    let numbers = try Self.numbersInJSON(json)
    #expect(numbers.a.sorted() == [1, 2, 3])
    #expect(numbers.b.sorted() == [1, 2, 3])
  }

  /// One random edit of a list of paragraphs, each a list of sentences.
  static func edit(_ paragraphs: inout [[String]], _ random: inout SeededGenerator) {
    guard !paragraphs.isEmpty else { return }
    let index = Int.random(in: 0..<paragraphs.count, using: &random)
    switch Int.random(in: 0..<6, using: &random) {
    case 0 where paragraphs.count > 1:
      paragraphs.remove(at: index)
    case 1 where index + 1 < paragraphs.count:
      paragraphs[index] += paragraphs.remove(at: index + 1)
    case 2 where paragraphs[index].count > 1:
      let cut = Int.random(in: 1..<paragraphs[index].count, using: &random)
      let tail = Array(paragraphs[index][cut...])
      paragraphs[index].removeSubrange(cut...)
      paragraphs.insert(tail, at: index + 1)
    case 3 where paragraphs[index].count > 1:
      paragraphs[index].remove(at: Int.random(in: 0..<paragraphs[index].count, using: &random))
    case 4:
      paragraphs.insert(paragraphs[index], at: Int.random(in: 0...paragraphs.count, using: &random))
    default:
      paragraphs.swapAt(index, Int.random(in: 0..<paragraphs.count, using: &random))
    }
  }

  /// Real pairs, each edited one to four times on either side, checked in both orders:
  /// every paragraph once in the model and in the JSON. 16 seeded rounds in the suite (each
  /// pair twice); `SVERKA_LARGE=1` (tools/large-tests.sh) runs 48 with the same seed.
  @Test func everyParagraphIsKeptOnceUnderGeneratedEdits() throws {
    var random = SeededGenerator(seed: 10)
    let reader = StatementReader()
    let pairs = try Fixtures.pairFolders.map { folder in
      try ["en-GB.txt", "ru-RU.txt"].map { name in
        try reader.read(Fixtures.bytes(folder.appendingPathComponent(name)), path: name)
          .paragraphs.map { $0.sentences.map(\.text) }
      }
    }
    for round in 0..<TestScale.count(small: 16, large: 48) {
      var sides = pairs[round % pairs.count]
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        Self.edit(&sides[Int.random(in: 0...1, using: &random)], &random)
      }
      let texts = sides.map { $0.map { $0.joined(separator: " ") }.joined(separator: "\n\n") }
      let english = try reader.read(text: texts[0], path: "en")
      let russian = try reader.read(text: texts[1], path: "ru")
      for (a, b) in [(english, russian), (russian, english)] {
        let diff = try TranslationCheck().check(a, b)
        #expect(diff.coversEveryParagraphOnce, "round \(round)")
        let numbers = try Self.numbersInJSON(DiffJSON().text(diff))
        #expect(numbers.a.sorted() == Array(1...a.paragraphs.count), "round \(round)")
        #expect(numbers.b.sorted() == Array(1...b.paragraphs.count), "round \(round)")
      }
    }
  }
}
