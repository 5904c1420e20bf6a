// The translation check on faithful sentence pairs full of names (Resources/faithful-names.tsv):
// none may be flagged, and the same sentences with one name put for another must be.

import Foundation
import SverkaModel
import SverkaRead
import Testing

@testable import SverkaCheck

@Suite struct FaithfulNamesTests {
  /// One English sentence and its Russian translation.
  struct SentencePair: Sendable, CustomTestStringConvertible {
    var english: String
    var russian: String
    var testDescription: String { english }
  }

  /// The pairs of `faithful-names.tsv`, in file order.
  static let faithful: [SentencePair] = {
    let url = Bundle.module.bundleURL.appendingPathComponent("Resources/faithful-names.tsv")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    return text.split(separator: "\n").compactMap { line in
      let fields = line.split(separator: "\t")
      guard !line.hasPrefix("#"), fields.count == 2 else { return nil }
      return SentencePair(english: String(fields[0]), russian: String(fields[1]))
    }
  }()

  /// The reasons the translation check gives for a one-paragraph pair.
  func reasons(_ pair: SentencePair) throws -> [ChangeReason] {
    let reader = StatementReader()
    let result = try TranslationCheck().check(
      reader.read(text: pair.english, path: "en"), reader.read(text: pair.russian, path: "ru"))
    #expect(result.coversEveryParagraphOnce)
    return result.paragraphs.flatMap(\.reasons)
  }

  @Test func theFileIsRead() {
    #expect(Self.faithful.count == 248)
  }

  @Test(arguments: faithful)
  func aFaithfulPairIsNotFlagged(_ pair: SentencePair) throws {
    #expect(try reasons(pair) == [])
  }

  /// Pairs of the file with one Russian name replaced: a country, two cities, a person and
  /// an acronym. (A name in quotation marks or opening a sentence is not compared, as a capital
  /// there says nothing: `Rosneft` ↔ `«Лукойл»` passes unflagged.)
  static let changed: [SentencePair] = [
    SentencePair(
      english: "Talks with Hungary will continue.",
      russian: "Переговоры с Францией продолжатся."),
    SentencePair(
      english: "The conference in Geneva was postponed.",
      russian: "Конференция в Стокгольме была отложена."),
    SentencePair(
      english: "Josep Borrell commented on the decision.",
      russian: "Жозеп Шольц прокомментировал это решение."),
    SentencePair(
      english: "The OSCE mission left the region.", russian: "Миссия ОДКБ покинула регион."),
    SentencePair(
      english: "Police in Leicester have opened an investigation.",
      russian: "Полиция Манчестера начала расследование."),
  ]

  @Test(arguments: changed)
  func aNamePutForAnotherIsFlagged(_ pair: SentencePair) throws {
    #expect(try reasons(pair).contains(.nameMismatch))
  }
}
