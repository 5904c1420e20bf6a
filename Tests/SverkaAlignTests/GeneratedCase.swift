// Generated alignment cases: a real pair with sentences deleted, inserted, merged and split.

import SverkaModel
import SverkaTestSupport

/// A pair turned into segmented text after random edits, with the links that must result.
///
/// Sentences are paired by position within each pair of paragraphs that have the same
/// number of sentences (other paragraphs are left out), then edited.
struct GeneratedCase {
  struct Link: Equatable {
    let english: Range<Int>
    let russian: Range<Int>
  }

  private(set) var englishText = ""
  private(set) var russianText = ""
  private(set) var gold: [Link] = []

  init(
    english: SegmentedStatement, russian: SegmentedStatement, donors: [String], edits: Int,
    generator: inout SeededGenerator
  ) {
    // Units of (English sentences, Russian sentences, starts a paragraph).
    var units: [([String], [String], Bool)] = []
    for (e, r) in zip(english.paragraphs, russian.paragraphs)
    where e.sentences.count == r.sentences.count {
      for (index, pair) in zip(e.sentences, r.sentences).enumerated() {
        units.append(([pair.0.singleLine], [pair.1.singleLine], index == 0))
      }
    }
    for _ in 0..<edits where !units.isEmpty {
      let i = Int.random(in: 0..<units.count, using: &generator)
      let side = Bool.random(using: &generator)
      switch Int.random(in: 0..<4, using: &generator) {
      case 0:
        if side { units[i].0 = [] } else { units[i].1 = [] }
      case 1:
        let donor = donors.randomElement(using: &generator) ?? "Inserted."
        units.insert(side ? ([donor], [], false) : ([], ["Вставленное предложение."], false), at: i)
      case 2
      where i + 1 < units.count && units[i].0.count == 1 && units[i].1.count == 1
        && units[i + 1].0.count == 1 && units[i + 1].1.count == 1 && !units[i + 1].2:
        if side {
          units[i].0 = [units[i].0[0] + " " + units[i + 1].0[0]]
          units[i].1 += units[i + 1].1
        } else {
          units[i].1 = [units[i].1[0] + " " + units[i + 1].1[0]]
          units[i].0 += units[i + 1].0
        }
        units.remove(at: i + 1)
      default:
        let sentence = side ? units[i].0.first : units[i].1.first
        guard let sentence, units[i].0.count == 1, units[i].1.count == 1,
          let comma = sentence.range(
            of: ", ",
            range: sentence.index(
              sentence.startIndex, offsetBy: sentence.count / 3)..<sentence.endIndex)
        else { continue }
        let parts = [
          String(sentence[..<comma.lowerBound]) + ",", String(sentence[comma.upperBound...]),
        ]
        if side { units[i].0 = parts } else { units[i].1 = parts }
      }
    }
    var e = 0
    var r = 0
    for unit in units where !(unit.0.isEmpty && unit.1.isEmpty) {
      if unit.2 {
        if e > 0 { englishText += "\n" }
        if r > 0 { russianText += "\n" }
      }
      for sentence in unit.0 { englishText += sentence + "\n" }
      for sentence in unit.1 { russianText += sentence + "\n" }
      gold.append(Link(english: e..<(e + unit.0.count), russian: r..<(r + unit.1.count)))
      e += unit.0.count
      r += unit.1.count
    }
    if englishText.isEmpty { englishText = "Empty.\n" }
    if russianText.isEmpty { russianText = "Пусто.\n" }
  }
}
