// The JSON form of a staleness report, written deterministically.

import SverkaModel

/// Renders a ``StalenessReport`` as one JSON object.
///
/// `{"schema": 1, "old": {…}, "new": {…}, "translation": {…}, "summary": {status: count},
/// "entries": [{"status", "old": [..], "new": [..], "translation": [..], "reasons": [..],
/// "changes": [operation names], "evidence": [{"reason", "a", "b"}]}]}` with 1-based
/// paragraph numbers. A stale entry's `evidence` says where the translation disagrees with
/// the new source: `a` holds what only the new source has, `b` what only the translation
/// has. Identical input gives byte-identical output.
public struct StalenessJSON: OutputWriter, Sendable {
  /// Creates a writer.
  public init() {}

  /// Appends the JSON of `report`, ending in a newline to `target`.
  ///
  /// - Parameters:
  ///   - report: what to write.
  ///   - target: where the text goes.
  public func write<Target: TextOutputStream>(_ report: StalenessReport, to target: inout Target) {
    target.write(Self.document(report))
  }

  /// The report as JSON text ending in a newline.
  private static func document(_ report: StalenessReport) -> String {
    func side(_ side: EditionDiff.Side) -> String {
      JSONText.object([
        ("path", side.path.map(JSONText.quoted) ?? "null"),
        ("language", JSONText.quoted(side.language.rawValue)),
        ("paragraphs", String(side.paragraphs.count)),
      ])
    }
    func numbers(_ values: [Int]) -> String { JSONText.array(values.map(String.init)) }
    func strings(_ values: [String]) -> String { JSONText.array(values.map(JSONText.quoted)) }
    let counts = report.counts
    let summary = JSONText.object(
      StalenessReport.Status.allCases.map { ($0.rawValue, String(counts[$0] ?? 0)) })
    let entries = report.entries.map { entry in
      JSONText.object([
        ("status", JSONText.quoted(entry.status.rawValue)),
        ("old", numbers(entry.old)),
        ("new", numbers(entry.new)),
        ("translation", numbers(entry.translation)),
        ("reasons", strings(Set(entry.changes.flatMap(\.reasons)).sorted().map(\.rawValue))),
        ("changes", strings(entry.changes.map(\.operation.rawValue))),
        (
          "evidence",
          JSONText.array(
            entry.evidence.map {
              JSONText.object([
                ("reason", JSONText.quoted($0.reason.rawValue)), ("a", strings($0.onlyInA)),
                ("b", strings($0.onlyInB)),
              ])
            })
        ),
      ])
    }
    return JSONText.object([
      ("schema", "1"),
      ("old", side(report.revision.a)),
      ("new", side(report.revision.b)),
      ("translation", side(report.translation)),
      ("summary", summary),
      ("entries", JSONText.array(entries)),
    ]) + "\n"
  }
}
