// The result of comparing two editions: paragraph operations with word-level detail.

/// The differences between two editions of a statement.
///
/// In *revision* mode the editions are in one language; in *translation* mode one is the
/// English and the other the Russian edition, and `changed` means aligned but inconsistent.
/// Every paragraph of each side appears in exactly one of `paragraphs`, which are ordered
/// by the new edition (deleted paragraphs where they stood in the old one).
public struct EditionDiff: Sendable {
  /// How the editions were compared.
  public enum Mode: String, Sendable, Codable {
    /// Two editions of one text in one language.
    case revision
    /// An English edition against a Russian one, through a paragraph alignment.
    case translation
  }

  /// One side of the comparison.
  public struct Side: Sendable {
    /// The file it was read from, if any.
    public let path: String?
    /// Its language.
    public let language: Language
    /// Its paragraphs' original texts, in order.
    public let paragraphs: [String]
    /// The short hash of each paragraph's matching key.
    public let hashes: [String]

    /// Creates a side.
    public init(path: String?, language: Language, paragraphs: [String], hashes: [String]) {
      self.path = path
      self.language = language
      self.paragraphs = paragraphs
      self.hashes = hashes
    }
  }

  /// How the editions were compared.
  public let mode: Mode
  /// The old edition (or the English one in translation mode).
  public let a: Side
  /// The new edition (or the Russian one).
  public let b: Side
  /// The operations, in the new edition's order.
  public let paragraphs: [ParagraphDiff]

  /// Creates a diff.
  public init(mode: Mode, a: Side, b: Side, paragraphs: [ParagraphDiff]) {
    self.mode = mode
    self.a = a
    self.b = b
    self.paragraphs = paragraphs
  }

  /// Whether any operation is a difference (`cosmetic` ones only when `strict`).
  public func hasDifferences(strict: Bool) -> Bool {
    paragraphs.contains { $0.isDifference(strict: strict) }
  }

  /// The number of operations of each kind.
  public var counts: [ParagraphDiff.Operation: Int] {
    paragraphs.reduce(into: [:]) { $0[$1.operation, default: 0] += 1 }
  }

  /// Whether every paragraph of each side appears exactly once.
  public var coversEveryParagraphOnce: Bool {
    let aNumbers = paragraphs.flatMap(\.a).sorted()
    let bNumbers = paragraphs.flatMap(\.b).sorted()
    return aNumbers == (0..<a.paragraphs.count).map { $0 + 1 }
      && bNumbers == (0..<b.paragraphs.count).map { $0 + 1 }
  }
}
