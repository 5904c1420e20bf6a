// A self-contained HTML page of a staleness report: each source change beside its translation.

import SverkaModel

/// Renders a ``StalenessReport`` (`sverka track --format html`) as one HTML page.
///
/// One row a group of paragraphs, in the new source's order: on the left the source's
/// revision marked word by word (`<del>` for the old words, `<ins>` for the new, the
/// evidence of each flag highlighted), on the right the translation as it stands. The flag
/// line gives the status, the paragraph numbers in the old source, the new source and the
/// translation, and each reason with its evidence. The summary bar counts the statuses and
/// severities and, as on the diff page, filters them (a long report opens with its current
/// groups hidden); `j`/`k` move between the groups that need work.
public struct StalenessHTMLReport: OutputWriter, Sendable {
  /// Whether cosmetic changes are marked when the page opens.
  public var showCosmetic: Bool

  /// Creates a report.
  public init(showCosmetic: Bool = false) {
    self.showCosmetic = showCosmetic
  }

  /// Appends the HTML page of `report` to `target`.
  ///
  /// - Parameters:
  ///   - report: what to write.
  ///   - target: where the text goes.
  public func write<Target: TextOutputStream>(_ report: StalenessReport, to target: inout Target) {
    target.write(document(report))
  }

  /// The page.
  ///
  /// - Parameter report: the report to show.
  /// - Returns: the whole page, ending in a newline.
  /// - Complexity: O(*n*) in the size of the editions and of the report.
  private func document(_ report: StalenessReport) -> String {
    let revision = report.revision
    let counts = report.counts
    let context = report.entries.count <= ChangePage.contextLimit
    let statusFilters = StalenessReport.Status.allCases.map {
      ChangePage.Filter(
        key: "st-" + $0.rawValue, label: $0.rawValue, count: counts[$0] ?? 0,
        shown: $0 != .current || context)
    }
    let severityCounts = report.entries.reduce(into: [ParagraphDiff.Severity: Int]()) {
      $0[Self.severity($1), default: 0] += 1
    }
    let severityFilters = [ParagraphDiff.Severity.high, .normal, .none].map {
      ChangePage.Filter(
        key: "sev-" + $0.rawValue, label: $0.rawValue, count: severityCounts[$0] ?? 0,
        shown: true)
    }
    let oldPath = revision.a.path ?? "old"
    let newPath = revision.b.path ?? "new"
    let translationPath = report.translation.path ?? "translation"
    var out = ChangePage.head(
      title: "sverka track: \(translationPath)",
      heading: "<span class=\"path\">\(HTMLText.escape(translationPath))</span> after "
        + "<span class=\"path\">\(HTMLText.escape(oldPath))</span> → "
        + "<span class=\"path\">\(HTMLText.escape(newPath))</span>",
      facts: [
        "old: \(revision.a.language), \(revision.a.paragraphs.count) paragraphs",
        "new: \(revision.b.paragraphs.count) paragraphs",
        "translation: \(report.translation.language), "
          + "\(report.translation.paragraphs.count) paragraphs",
      ],
      groups: [("status", statusFilters), ("severity", severityFilters)],
      showCosmetic: showCosmetic,
      columns: [
        "", "source: old → new (\(revision.a.language))", "",
        "translation (\(report.translation.language))",
      ])
    for (index, entry) in report.entries.enumerated() {
      out += Self.row(entry, index: index, report: report)
    }
    return out + ChangePage.tail
  }

  /// An entry's severity: high when a change behind it has a reason, none when current.
  private static func severity(_ entry: StalenessReport.Entry) -> ParagraphDiff.Severity {
    if entry.status == .current { return .none }
    return entry.changes.contains { $0.severity == .high } ? .high : .normal
  }

  private static func row(
    _ entry: StalenessReport.Entry, index: Int, report: StalenessReport
  ) -> String {
    let revision = report.revision
    let severity = Self.severity(entry)
    var classes = ["st-" + entry.status.rawValue, "sev-" + severity.rawValue]
    if entry.status != .current { classes.append("change") }
    var out = "<tbody class=\"\(classes.joined(separator: " "))\" id=\"e\(index + 1)\">"
    if entry.status != .current {
      out += "<tr class=\"flag\"><td colspan=\"4\"><span class=\"op\">"
      out += "\(entry.status.rawValue)</span> "
      out += HTMLText.escape(
        "translation \(side(entry.translation)) ← old \(side(entry.old)) → new \(side(entry.new))")
      for change in entry.changes where change.operation != .equal {
        out += " · " + change.operation.rawValue
        if !change.reasons.isEmpty {
          out += ": " + ChangePage.reasons(change, aLabel: "old", bLabel: "new")
        }
      }
      out += "</td></tr>"
    }
    out += "<tr><td class=\"n\">" + ChangePage.numbers(entry.new.isEmpty ? entry.old : entry.new)
    out += "</td><td class=\"t\" lang=\"\(revision.b.language.rawValue)\">"
    out += source(entry, revision: revision) + "</td>"
    out += "<td class=\"n\">\(ChangePage.numbers(entry.translation))</td>"
    if entry.translation.isEmpty {
      out += "<td class=\"t none\">(no translation)</td>"
    } else {
      out += "<td class=\"t\" lang=\"\(report.translation.language.rawValue)\">"
      out +=
        MarkedText(paragraphs: entry.translation.map { report.translation.paragraphs[$0 - 1] })
        .html(marking: []) + "</td>"
    }
    return out + "</tr></tbody>\n"
  }

  private static func side(_ numbers: [Int]) -> String {
    numbers.isEmpty ? "–" : numbers.map { "¶\($0)" }.joined(separator: "+")
  }

  /// The source column: the revision's changes marked inline, or the new text as it is.
  private static func source(_ entry: StalenessReport.Entry, revision: EditionDiff) -> String {
    let changes = entry.changes.filter { $0.operation != .equal }
    if changes.isEmpty {
      if entry.new.isEmpty && entry.old.isEmpty { return "<span class=\"none\">(none)</span>" }
      let kind: MarkedText.Kind = entry.status == .untranslated ? .inserted : .plain
      let texts =
        entry.new.isEmpty
        ? entry.old.map { revision.a.paragraphs[$0 - 1] }
        : entry.new.map { revision.b.paragraphs[$0 - 1] }
      return MarkedText(paragraphs: texts, as: kind).html(marking: [])
    }
    return changes.map { change in
      let marks =
        ChangePage.marks(change, sideA: true, label: "old")
        + ChangePage.marks(change, sideA: false, label: "new")
      let text: MarkedText
      switch change.operation {
      case .deleted:
        text = MarkedText(paragraphs: change.a.map { revision.a.paragraphs[$0 - 1] }, as: .deleted)
      case .inserted:
        text = MarkedText(
          paragraphs: change.b.map { revision.b.paragraphs[$0 - 1] }, as: .inserted)
      default:
        text =
          change.words.isEmpty
          ? MarkedText(paragraphs: change.b.map { revision.b.paragraphs[$0 - 1] })
          : MarkedText(inline: change.words)
      }
      return text.html(marking: marks)
    }.joined(separator: "<span class=\"pb\"></span>")
  }
}
