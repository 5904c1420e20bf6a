// The result of pairing a crawl: the pairs chosen and the pages left without a counterpart.

/// One English page and the Russian page chosen as its other edition.
public struct PagePair: Sendable, Equatable {
  /// The English page's index in the profiles given to the pairer.
  public let english: Int
  /// The Russian page's index.
  public let russian: Int
  /// The calibrated probability that the two are editions of one statement.
  public let score: Double
  /// What the score is built from.
  public let evidence: PairEvidence
}

/// How a crawl's pages were paired.
///
/// Every page is in exactly one place: in one pair, or among the single pages of its side.
public struct Pairing: Sendable {
  /// The English pages, as given.
  public let english: [PageProfile]
  /// The Russian pages, as given.
  public let russian: [PageProfile]
  /// The pairs, in the order of their English pages.
  public let pairs: [PagePair]
  /// The English pages without a counterpart, ascending.
  public let singleEnglish: [Int]
  /// The Russian pages without a counterpart, ascending.
  public let singleRussian: [Int]
  /// For each page left single, its best candidate and that pair's score, when it had one;
  /// keyed by the page's index on its side.
  public let bestRejectedEnglish: [Int: (russian: Int, score: Double)]
  /// The same for single Russian pages.
  public let bestRejectedRussian: [Int: (english: Int, score: Double)]
  /// Every candidate pair that was scored, for inspection and calibration.
  public let candidates: [PagePair]
}
