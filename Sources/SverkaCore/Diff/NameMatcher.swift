// Names and acronyms across English and Russian: do both sides mention the same ones?

/// Compares the names and acronyms of an English text with those of its Russian version.
///
/// A name is a capitalised word that does not start a sentence, or an acronym. Russian
/// names are transliterated with ICU's `Russian-Latin/BGN`; two names agree when their
/// consonant skeletons (so `Lavrov`/`Лаврова`, `Crimea`/`Крым`) begin alike. Acronyms
/// translated rather than transliterated (`UN`/`ООН`) come from a table.
final class NameMatcher {
  private let transliterator: ICU.Transliterator
  private static let acronyms: [String: String] = [
    "US": "США", "USA": "США", "UN": "ООН", "EU": "ЕС", "CIS": "СНГ", "CSTO": "ОДКБ",
    "SCO": "ШОС", "EAEU": "ЕАЭС", "OSCE": "ОБСЕ", "WTO": "ВТО", "IAEA": "МАГАТЭ",
    "UK": "Великобритания", "PACE": "ПАСЕ", "NATO": "НАТО", "UNESCO": "ЮНЕСКО",
    "BRICS": "БРИКС", "OPCW": "ОЗХО", "UNSC": "СБ", "DPRK": "КНДР", "FRG": "ФРГ",
  ]

  init() throws {
    transliterator = try ICU.Transliterator("Russian-Latin/BGN")
  }

  /// Whether every acronym on either side has its counterpart on the other, and every
  /// English name a Russian one with the same skeleton start.
  func agree(english: String, russian: String) throws -> Bool {
    let enWords = Self.words(english)
    let ruWords = Self.words(russian)
    let ruUpper = Set(ruWords.map(\.0))
    let ruSkeletons = try ruWords.filter(\.1).map { try Self.skeleton(transliterator.transliterate($0.0)) }
    for (word, isName) in enWords where isName {
      if let translated = Self.acronyms[word] {
        if !ruUpper.contains(translated) && !ruUpper.contains(where: { $0.hasPrefix(translated) }) {
          return false
        }
        continue
      }
      let skeleton = Self.skeleton(word)
      guard skeleton.count >= 2 else { continue }
      let head = String(skeleton.prefix(3))
      if !ruSkeletons.contains(where: { $0.hasPrefix(head) || head.hasPrefix($0) && $0.count >= 2 }) {
        return false
      }
    }
    return true
  }

  /// Words with whether each is a name (capitalised, not first in its sentence).
  private static func words(_ text: String) -> [(String, Bool)] {
    var result: [(String, Bool)] = []
    var sentenceStart = true
    var current = ""
    func flush() {
      guard !current.isEmpty else { return }
      let capitals = current.filter(\.isUppercase).count
      let isName = current.first?.isUppercase == true && (!sentenceStart || capitals >= 2)
      result.append((current, isName))
      sentenceStart = false
      current = ""
    }
    for character in text {
      if character.isLetter {
        current.append(character)
      } else {
        flush()
        if ".!?:\n".contains(character) { sentenceStart = true }
      }
    }
    flush()
    return result
  }

  /// Lower-case consonants with `c`, `q` as `k`, vowels, `y`, `h`, `w` and marks dropped.
  private static func skeleton(_ word: String) -> String {
    var out = ""
    for character in word.lowercased() where character.isASCII && character.isLetter {
      switch character {
      case "a", "e", "i", "o", "u", "y", "h", "w": continue
      case "c", "q": out.append("k")
      default: out.append(character)
      }
    }
    return out
  }
}
