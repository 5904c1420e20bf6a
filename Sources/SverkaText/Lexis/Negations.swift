// The negation words of both languages, read from `Resources/negations-*.txt`: the one list
// behind translation mode's polarity check and the revision diff's severity rules.

/// The negation words of one language, in each stage's view.
package struct Negations: Sendable {
  /// Words translation mode counts as clear negations (`not`, `never`; `не`, `никогда`).
  package let clear: Set<String>
  /// Words that carry a negation the other language writes otherwise, hedge one, or deny
  /// nothing (`unless`, `fail`; `без`, `не менее`'s `менее`): translation mode does not judge a
  /// sentence with one.
  package let soft: Set<String>
  /// Words whose addition or removal the revision diff flags as a changed negation.
  package let revision: Set<String>

  /// The views of the lines of a `negations-*.txt` file: a word, then after a tab the views
  /// it belongs to; a word with no tab is in `clear` and `revision`.
  init(_ bytes: [UInt8]) {
    var clear: Set<String> = []
    var soft: Set<String> = []
    var revision: Set<String> = []
    for line in LexisFile.lines(bytes) {
      let columns = line.split(separator: "\t")
      guard let word = columns.first.map(String.init) else { continue }
      let views = columns.count > 1 ? columns[1].split(separator: " ") : ["clear", "revision"]
      if views.contains("clear") { clear.insert(word) }
      if views.contains("soft") { soft.insert(word) }
      if views.contains("revision") { revision.insert(word) }
    }
    self.clear = clear
    self.soft = soft
    self.revision = revision
  }

  /// Whether `word`, lower case, ends like an English contracted negation (`don't`, `won’t`),
  /// which every view counts as a negation.
  package static func isContracted(_ word: String) -> Bool {
    word.hasSuffix("n't") || word.hasSuffix("n’t")
  }
}
