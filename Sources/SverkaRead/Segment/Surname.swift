// Tells a word that looks like a Russian surname (Лавров, Келиным, Lukashenko) from a title,
// a place or a given name, so that initials after it (`Лавров С.В.`) can end a sentence
// while initials after `Беларусь` or `George` lead into the surname that follows.

/// The shape of Russian surnames, in Cyrillic and in Latin transliteration.
enum Surname {
  /// Whether `word` ends as most Russian, Ukrainian, Belarusian, Georgian and Armenian
  /// surnames do, in any case form: `-ов`, `-ев`, `-ин` and their endings (`Лаврова`,
  /// `Келиным`), `-ский`, `-енко`, `-ук`, `-ич`, `-ян`, `-дзе` and `-швили`; and the
  /// same in Latin letters (`Lavrov`, `Zakharova`, `Naryshkin`, `Rudenko`).
  ///
  /// A word without such an ending may still be a surname (`Шойгу`, `Smith`); the caller
  /// then keeps the initials with the word after them, which is the commoner reading.
  static func hasTypicalEnding(_ word: String) -> Bool {
    let lowered = word.lowercased()
    return endings.contains { lowered.hasSuffix($0) && lowered.count > $0.count + 1 }
  }

  private static let endings: [String] = {
    let cyrillicStems = ["ов", "ев", "ёв", "ин", "ын"]
    let cyrillicCases = ["", "а", "у", "ым", "ой", "е", "ы", "ых", "ыми"]
    var endings = cyrillicStems.flatMap { stem in cyrillicCases.map { stem + $0 } }
    for stem in ["ск", "цк"] {
      endings += ["ий", "ая", "ого", "ому", "им", "ом", "ой", "их"].map { stem + $0 }
    }
    endings += ["енко", "ук", "юк", "ич", "ян", "янц", "дзе", "швили"]
    endings += [
      "ov", "ova", "ev", "eva", "in", "ina", "yn", "yna", "sky", "skiy", "skii", "ski",
      "skaya", "enko", "uk", "yuk", "ich", "yan", "dze", "shvili",
    ]
    return endings
  }()
}
