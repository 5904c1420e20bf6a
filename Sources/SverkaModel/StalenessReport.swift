// Which paragraphs of a translation a revision of its source has made stale.

/// The state of a translation after its source edition was revised.
///
/// Built by ``TranslationTracker`` from a revision diff of the source (old → new) and the
/// alignment of the old source with the translation. Every paragraph of the translation
/// appears in exactly one entry and every paragraph of the new source in at least one (a
/// merge of two translated paragraphs is listed with each of them).
public struct StalenessReport: Sendable {
  /// What a revision did to the source of a translated paragraph.
  public enum Status: String, Sendable, Codable, CaseIterable {
    /// The source paragraphs are unchanged (or changed only in typography, or only moved).
    case current
    /// The source paragraphs were revised, and the translation already follows the new
    /// source where it did not follow the old one: nothing to do.
    case updated
    /// The source paragraphs were reworded, split or merged: retranslate.
    case stale
    /// New source paragraphs with no translation: inserted, or never translated.
    case untranslated
    /// The translation of source paragraphs the revision deleted: delete it.
    case obsolete
    /// A translation paragraph with no counterpart in the old source.
    case unmatched
  }

  /// One group of paragraphs and its status.
  public struct Entry: Sendable, Hashable {
    /// The status.
    public let status: Status
    /// 1-based paragraph numbers in the old source.
    public let old: [Int]
    /// 1-based paragraph numbers in the new source.
    public let new: [Int]
    /// 1-based paragraph numbers in the translation.
    public let translation: [Int]
    /// The revision's operations on the old source paragraphs, for stale, updated and
    /// obsolete entries.
    public let changes: [ParagraphDiff]
    /// For a stale entry, where the translation disagrees with the new source: the items
    /// only in the new source (`onlyInA`) and only in the translation (`onlyInB`).
    public let evidence: [ReasonEvidence]

    /// Creates an entry.
    public init(
      status: Status, old: [Int], new: [Int], translation: [Int], changes: [ParagraphDiff],
      evidence: [ReasonEvidence] = []
    ) {
      self.status = status
      self.old = old
      self.new = new
      self.translation = translation
      self.changes = changes
      self.evidence = evidence
    }
  }

  /// The revision of the source, old against new.
  public let revision: EditionDiff
  /// The translation's path, language and paragraphs.
  public let translation: EditionDiff.Side
  /// The entries, in the new source's order (deleted source paragraphs where they stood).
  public let entries: [Entry]

  /// Creates a report.
  public init(revision: EditionDiff, translation: EditionDiff.Side, entries: [Entry]) {
    self.revision = revision
    self.translation = translation
    self.entries = entries
  }

  /// How many entries have each status.
  public var counts: [Status: Int] {
    entries.reduce(into: [:]) { $0[$1.status, default: 0] += 1 }
  }

  /// Whether the translation needs work: an entry is stale, untranslated or obsolete.
  public var needsWork: Bool {
    entries.contains { [.stale, .untranslated, .obsolete].contains($0.status) }
  }
}
