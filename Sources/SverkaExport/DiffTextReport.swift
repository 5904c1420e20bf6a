// The human-readable form of an edition diff: a summary, then wdiff-style paragraphs.

import SverkaModel

/// Renders an ``EditionDiff`` as text, the default output of `sverka diff`.
///
/// The summary counts every kind of operation and lists high-severity changes first; each
/// paragraph that differs follows with a header (`¶3 → ¶4 changed (similarity 0.969)`;
/// in translation mode `(confidence 0.998)`, see ``ParagraphDiff/similarity``) and its words
/// marked as wdiff does, `[-deleted-]` and `{+inserted+}`. Each reason's evidence follows
/// the header on a line of its own (`  name only in English: Kim Jong-un`, `  number 151 in
/// new, 150 in old`). Cosmetic paragraphs and runs are hidden unless asked for, and shown
/// as `{~old~>new~}`.
public struct DiffTextReport: OutputWriter, Sendable {
  /// Whether to show paragraphs and runs that differ only in typography.
  public var showCosmetic: Bool
  /// Whether to colour markers with ANSI escapes.
  public var color: Bool

  /// Creates a report.
  public init(showCosmetic: Bool = false, color: Bool = false) {
    self.showCosmetic = showCosmetic
    self.color = color
  }

  /// `text` in the ANSI colour `code` when colour is on.
  func paint(_ text: String, _ code: String) -> String {
    color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  /// Appends the text report of `diff`, ending in a newline to `target`.
  ///
  /// - Parameters:
  ///   - diff: what to write.
  ///   - target: where the text goes.
  public func write<Target: TextOutputStream>(_ diff: EditionDiff, to target: inout Target) {
    target.write(document(diff))
  }

  /// The report text, ending in a newline.
  private func document(_ diff: EditionDiff) -> String {
    var out = ""
    out +=
      paint(
        "--- \(diff.a.path ?? "a") (\(diff.a.language.rawValue), \(diff.a.paragraphs.count) paragraphs)",
        "1") + "\n"
    out +=
      paint(
        "+++ \(diff.b.path ?? "b") (\(diff.b.language.rawValue), \(diff.b.paragraphs.count) paragraphs)",
        "1") + "\n"
    out += "mode: \(diff.mode.rawValue)\n"
    let counts = diff.counts
    let order: [ParagraphDiff.Operation] = [
      .changed, .moved, .deleted, .inserted, .split, .merged, .cosmetic, .equal,
    ]
    let parts = order.map { operation -> String in
      let count = counts[operation] ?? 0
      let hidden = operation == .cosmetic && !showCosmetic && count > 0 ? " (hidden)" : ""
      return "\(count) \(operation.rawValue)\(hidden)"
    }
    out += "summary: " + parts.joined(separator: ", ") + "\n"
    let cosmeticKinds = Set(diff.paragraphs.flatMap(\.cosmetic)).sorted()
    if !cosmeticKinds.isEmpty {
      out += "cosmetic kinds: " + cosmeticKinds.map(\.rawValue).joined(separator: ", ") + "\n"
    }
    let listed = diff.paragraphs.filter { $0.severity >= .normal }
    let ranked = listed.filter { $0.severity == .high } + listed.filter { $0.severity != .high }
    for paragraph in ranked {
      let flag = paragraph.severity == .high ? paint("high", "1;31") : "    "
      var line = "  \(flag) \(label(paragraph))"
      if !paragraph.reasons.isEmpty {
        line += ": " + paragraph.reasons.map(\.rawValue).joined(separator: ", ")
      }
      out += line + "\n"
    }
    for paragraph in diff.paragraphs where shows(paragraph) {
      out += "\n" + paint(header(paragraph, mode: diff.mode), "36") + "\n"
      out += evidence(paragraph, diff)
      out += body(paragraph, diff) + "\n"
    }
    return out
  }

  /// The labels of the two sides in evidence lines: the languages in translation mode,
  /// `old` and `new` in revision mode.
  static func sideLabels(_ diff: EditionDiff) -> (a: String, b: String) {
    diff.mode == .translation
      ? (diff.a.language.description, diff.b.language.description) : ("old", "new")
  }

  /// One indented line per piece of evidence, or nothing.
  func evidence(_ paragraph: ParagraphDiff, _ diff: EditionDiff) -> String {
    let labels = Self.sideLabels(diff)
    return paragraph.evidence.map {
      "  " + paint($0.description(aLabel: labels.a, bLabel: labels.b), "33") + "\n"
    }.joined()
  }

  private func shows(_ paragraph: ParagraphDiff) -> Bool {
    switch paragraph.operation {
    case .equal: false
    case .cosmetic: showCosmetic
    default: true
    }
  }

  private func numbers(_ values: [Int]) -> String {
    values.map { "¶\($0)" }.joined(separator: "+")
  }

  private func label(_ paragraph: ParagraphDiff) -> String {
    let name = paragraph.operation.rawValue
    switch paragraph.operation {
    case .deleted: return "\(numbers(paragraph.a)) \(name)"
    case .inserted: return "\(numbers(paragraph.b)) \(name)"
    default: return "\(numbers(paragraph.a)) → \(numbers(paragraph.b)) \(name)"
    }
  }

  private func header(_ paragraph: ParagraphDiff, mode: EditionDiff.Mode) -> String {
    var text = label(paragraph)
    if paragraph.operation == .moved, paragraph.hasWordChanges { text += " and changed" }
    if let similarity = paragraph.similarity, paragraph.operation != .equal {
      // In translation mode the number is the aligner's confidence in the link, and is
      // named so (see ParagraphDiff.similarity).
      let name = mode == .translation ? "confidence" : "similarity"
      text += " (\(name) \(JSONText.number(similarity)))"
    }
    if !paragraph.reasons.isEmpty {
      text += " [high: " + paragraph.reasons.map(\.rawValue).joined(separator: ", ") + "]"
    }
    if !paragraph.cosmetic.isEmpty {
      text += " {cosmetic: " + paragraph.cosmetic.map(\.rawValue).joined(separator: ", ") + "}"
    }
    return text
  }

  /// The paragraph's text with its word changes marked.
  func body(_ paragraph: ParagraphDiff, _ diff: EditionDiff) -> String {
    switch paragraph.operation {
    case .deleted:
      return paragraph.a.map { marked(diff.a.paragraphs[$0 - 1], "[-", "-]", "31") }
        .joined(separator: "\n\n")
    case .inserted:
      return paragraph.b.map { marked(diff.b.paragraphs[$0 - 1], "{+", "+}", "32") }
        .joined(separator: "\n\n")
    default:
      if paragraph.words.isEmpty {
        return paragraph.b.map { diff.b.paragraphs[$0 - 1] }.joined(separator: "\n\n")
      }
      return paragraph.words.map(word).joined()
    }
  }

  private func marked(_ text: String, _ open: String, _ close: String, _ code: String) -> String {
    let body = text.drop { $0.isWhitespace }
    let lead = text[text.startIndex..<body.startIndex]
    return lead + paint(open + body + close, code)
  }

  private func word(_ change: WordChange) -> String {
    switch change.operation {
    case .equal: return change.text
    case .deleted: return marked(change.text, "[-", "-]", "31")
    case .inserted: return marked(change.text, "{+", "+}", "32")
    case .cosmetic:
      guard showCosmetic, let old = change.old else { return change.text }
      return paint("{~\(old)~>\(change.text)~}", "33")
    }
  }
}
