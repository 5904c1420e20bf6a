// A self-contained HTML page of an edition diff: both editions side by side, changes marked.

import SverkaModel

/// Renders an ``EditionDiff`` as one HTML page that a reader can look at rather than read.
///
/// The page shows the old edition (or the English one) beside the new (or the Russian one),
/// paragraph by paragraph in the new edition's order, equal paragraphs as context. Each
/// change has a flag line (its operation, paragraph numbers, similarity or confidence, and
/// each reason with its evidence) and its words marked: `<del>` in the old pane, `<ins>` in
/// the new, the evidence items of its reasons highlighted in the pane that has them. A moved
/// paragraph also leaves a placeholder where it stood in the old edition, linked both ways.
/// A summary bar counts the operations and severities and, with JavaScript, filters them
/// (a document of more than 200 paragraphs opens with its equal ones hidden);
/// `j` and `k` move between changes; cosmetic changes are marked on demand. The page loads
/// nothing from the network and prints one change a block.
public struct DiffHTMLReport: OutputWriter, Sendable {
  /// Whether cosmetic changes are marked when the page opens (the page can toggle them).
  public var showCosmetic: Bool

  /// Creates a report.
  public init(showCosmetic: Bool = false) {
    self.showCosmetic = showCosmetic
  }

  /// Appends the HTML page of `diff` to `target`.
  ///
  /// - Parameters:
  ///   - diff: what to write.
  ///   - target: where the text goes.
  public func write<Target: TextOutputStream>(_ diff: EditionDiff, to target: inout Target) {
    target.write(document(diff))
  }

  /// The page.
  ///
  /// - Parameter diff: the diff to show.
  /// - Returns: the whole page, ending in a newline.
  /// - Complexity: O(*n*) in the size of the two editions and of the diff.
  private func document(_ diff: EditionDiff) -> String {
    let labels = Self.labels(diff)
    let counts = diff.counts
    let operations: [ParagraphDiff.Operation] = [
      .changed, .moved, .deleted, .inserted, .split, .merged, .cosmetic, .equal,
    ]
    let severities: [ParagraphDiff.Severity] = [.high, .normal, .none]
    let severityCounts = diff.paragraphs.reduce(into: [ParagraphDiff.Severity: Int]()) {
      $0[$1.severity, default: 0] += 1
    }
    let context = diff.paragraphs.count <= ChangePage.contextLimit
    let opFilters = operations.map {
      ChangePage.Filter(
        key: "op-" + $0.rawValue, label: $0.rawValue, count: counts[$0] ?? 0,
        shown: $0 != .equal || context)
    }
    let severityFilters = severities.map {
      ChangePage.Filter(
        key: "sev-" + $0.rawValue, label: $0.rawValue, count: severityCounts[$0] ?? 0,
        shown: true)
    }
    let aPath = diff.a.path ?? "A"
    let bPath = diff.b.path ?? "B"
    var out = ChangePage.head(
      title: "sverka diff: \(aPath) → \(bPath)",
      heading: "<span class=\"path\">\(HTMLText.escape(aPath))</span> → "
        + "<span class=\"path\">\(HTMLText.escape(bPath))</span>",
      facts: [
        "\(diff.mode.rawValue) mode",
        "\(labels.a): \(diff.a.language), \(diff.a.paragraphs.count) paragraphs",
        "\(labels.b): \(diff.b.language), \(diff.b.paragraphs.count) paragraphs",
      ],
      groups: [("operations", opFilters), ("severity", severityFilters)],
      showCosmetic: showCosmetic, columns: ["", labels.a, "", labels.b])
    let ghosts = Self.ghostPositions(diff)
    for (index, paragraph) in diff.paragraphs.enumerated() {
      for ghost in ghosts[index, default: []] {
        out += Self.ghostRow(diff, movedIndex: ghost, labels: labels)
      }
      out += Self.row(paragraph, index: index, diff: diff, labels: labels)
    }
    return out + ChangePage.tail
  }

  /// What to call each side: `old`/`new` for a revision, the languages for a translation.
  private static func labels(_ diff: EditionDiff) -> (a: String, b: String) {
    diff.mode == .translation
      ? (diff.a.language.description, diff.b.language.description) : ("old", "new")
  }

  /// For each operation index, the moved operations whose placeholder goes just before it:
  /// where the old paragraph stood in the old edition's order.
  private static func ghostPositions(_ diff: EditionDiff) -> [Int: [Int]] {
    var rowOfOld: [Int: Int] = [:]
    for (index, paragraph) in diff.paragraphs.enumerated() where paragraph.operation != .moved {
      for number in paragraph.a { rowOfOld[number] = index }
    }
    var positions: [Int: [Int]] = [:]
    for (index, paragraph) in diff.paragraphs.enumerated() where paragraph.operation == .moved {
      guard let first = paragraph.a.first else { continue }
      // The placeholder goes before the row of the next old paragraph that did not move.
      let next = (first + 1...max(first + 1, diff.a.paragraphs.count + 1)).lazy
        .compactMap { rowOfOld[$0] }.first
      positions[next ?? diff.paragraphs.count, default: []].append(index)
    }
    return positions
  }

  private static func ghostRow(
    _ diff: EditionDiff, movedIndex: Int, labels: (a: String, b: String)
  ) -> String {
    let paragraph = diff.paragraphs[movedIndex]
    let to = ChangePage.numbers(paragraph.b)
    var out =
      "<tbody class=\"ghost op-moved \(sevClass(paragraph))\" id=\"from-\(movedIndex + 1)\">"
    out += "<tr><td class=\"n\">\(ChangePage.numbers(paragraph.a))</td><td class=\"t\">"
    out += "<a class=\"jump\" href=\"#d\(movedIndex + 1)\">moved to \(labels.b) ¶\(to) ↓</a> "
    out += MarkedText(paragraphs: paragraph.a.map { diff.a.paragraphs[$0 - 1] }).html(marking: [])
    out += "</td><td class=\"n\"></td><td class=\"t\"></td></tr></tbody>\n"
    return out
  }

  private static func sevClass(_ paragraph: ParagraphDiff) -> String {
    "sev-" + paragraph.severity.rawValue
  }

  private static func row(
    _ paragraph: ParagraphDiff, index: Int, diff: EditionDiff, labels: (a: String, b: String)
  ) -> String {
    let op = paragraph.operation
    let isChange = op != .equal
    var classes = ["op-" + op.rawValue, sevClass(paragraph)]
    if isChange { classes.append("change") }
    var out = "<tbody class=\"\(classes.joined(separator: " "))\" id=\"d\(index + 1)\">"
    if isChange {
      out += "<tr class=\"flag\"><td colspan=\"4\"><span class=\"op\">\(op.rawValue)</span> "
      out += HTMLText.escape(Self.place(paragraph))
      if let similarity = paragraph.similarity {
        let name = diff.mode == .translation ? "confidence" : "similarity"
        out += " · \(name) " + TSVWriter.score(similarity)
      }
      if op == .moved {
        out += " · <a class=\"jump\" href=\"#from-\(index + 1)\">where it stood ↑</a>"
      }
      if !paragraph.cosmetic.isEmpty {
        out += " · cosmetic: " + paragraph.cosmetic.map(\.rawValue).joined(separator: ", ")
      }
      if !paragraph.reasons.isEmpty {
        out += " · " + ChangePage.reasons(paragraph, aLabel: labels.a, bLabel: labels.b)
      }
      out += "</td></tr>"
    }
    out += "<tr><td class=\"n\">\(ChangePage.numbers(paragraph.a))</td>"
    out += cell(paragraph, diff: diff, sideA: true, label: labels.a)
    out += "<td class=\"n\">\(ChangePage.numbers(paragraph.b))</td>"
    out += cell(paragraph, diff: diff, sideA: false, label: labels.b)
    return out + "</tr></tbody>\n"
  }

  /// `¶2 → ¶3`, `¶4 → –`.
  private static func place(_ paragraph: ParagraphDiff) -> String {
    func side(_ numbers: [Int]) -> String {
      numbers.isEmpty ? "–" : numbers.map { "¶\($0)" }.joined(separator: "+")
    }
    return side(paragraph.a) + " → " + side(paragraph.b)
  }

  private static func cell(
    _ paragraph: ParagraphDiff, diff: EditionDiff, sideA: Bool, label: String
  ) -> String {
    let numbers = sideA ? paragraph.a : paragraph.b
    guard !numbers.isEmpty else {
      let what = paragraph.operation == .deleted ? "deleted" : "inserted"
      return "<td class=\"t none\">(\(what))</td>"
    }
    let side = sideA ? diff.a : diff.b
    let texts = numbers.map { side.paragraphs[$0 - 1] }
    let text: MarkedText
    switch paragraph.operation {
    case .deleted: text = MarkedText(paragraphs: texts, as: .deleted)
    case .inserted: text = MarkedText(paragraphs: texts, as: .inserted)
    default:
      text =
        paragraph.words.isEmpty
        ? MarkedText(paragraphs: texts) : MarkedText(words: paragraph.words, forOld: sideA)
    }
    let lang = side.language.rawValue
    return "<td class=\"t\" lang=\"\(lang)\">"
      + text.html(marking: ChangePage.marks(paragraph, sideA: sideA, label: label)) + "</td>"
  }
}
