// The human-readable form of a staleness report: what to retranslate, with the source's changes.

import SverkaModel

/// Renders a ``StalenessReport`` as text, the default output of `sverka track`.
///
/// A summary of the statuses, then each group that is not current: its paragraph numbers
/// in the old and new source and in the translation, the translation as it stands, the
/// source's change marked as `sverka diff` marks it, and for a stale group where the
/// translation disagrees with the new source (`number 151 in new source, 150 in
/// translation`).
public struct StalenessTextReport: OutputWriter, Sendable {
  /// Whether to colour markers with ANSI escapes.
  public var color: Bool

  /// Creates a report.
  public init(color: Bool = false) {
    self.color = color
  }

  /// Appends the text report of `report`, ending in a newline to `target`.
  ///
  /// - Parameters:
  ///   - report: what to write.
  ///   - target: where the text goes.
  public func write<Target: TextOutputStream>(_ report: StalenessReport, to target: inout Target) {
    target.write(document(report))
  }

  /// The report text, ending in a newline.
  private func document(_ report: StalenessReport) -> String {
    let diff = DiffTextReport(showCosmetic: false, color: color)
    let revision = report.revision
    var out = ""
    out += diff.paint(Self.sideLine("---", revision.a), "1") + "\n"
    out += diff.paint(Self.sideLine("+++", revision.b), "1") + "\n"
    out += diff.paint(Self.sideLine("===", report.translation), "1") + "\n"
    let counts = report.counts
    out +=
      "summary: "
      + StalenessReport.Status.allCases.map { "\(counts[$0] ?? 0) \($0.rawValue)" }
      .joined(separator: ", ") + "\n"
    for entry in report.entries where entry.status != .current {
      out += "\n" + diff.paint(Self.header(entry), "36") + "\n"
      for number in entry.translation {
        out += "  > " + report.translation.paragraphs[number - 1] + "\n"
      }
      for change in entry.changes {
        out += "  " + change.operation.rawValue + ": " + diff.body(change, revision) + "\n"
      }
      for evidence in entry.evidence {
        out +=
          "  "
          + diff.paint(evidence.description(aLabel: "new source", bLabel: "translation"), "33")
          + "\n"
      }
      if entry.status == .untranslated {
        for number in entry.new { out += "  + " + revision.b.paragraphs[number - 1] + "\n" }
      }
    }
    return out
  }

  private static func sideLine(_ marker: String, _ side: EditionDiff.Side) -> String {
    "\(marker) \(side.path ?? "-") (\(side.language.rawValue), \(side.paragraphs.count) paragraphs)"
  }

  private static func header(_ entry: StalenessReport.Entry) -> String {
    func numbers(_ values: [Int]) -> String {
      values.isEmpty ? "–" : values.map { "¶\($0)" }.joined(separator: "+")
    }
    var text = "\(entry.status.rawValue): translation \(numbers(entry.translation))"
    text += " ← old \(numbers(entry.old)) → new \(numbers(entry.new))"
    let reasons = Set(entry.changes.flatMap(\.reasons)).sorted()
    if !reasons.isEmpty {
      text += " [high: " + reasons.map(\.rawValue).joined(separator: ", ") + "]"
    }
    return text
  }
}
