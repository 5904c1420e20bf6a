// What the pairing knows of one page: language, dateline, size, and the concepts it mentions.

import SverkaModel

/// The evidence one page brings to pairing, kept small so that a crawl of 100,000 pages a
/// side fits in memory without its text.
///
/// Concepts are the aligner's interned ids, which mean the same on both sides: word concepts
/// (Russian stems reached through the lexicon, Latin cognate keys of names) and anchors
/// (numbers, months, acronyms). A ``PageProfiler`` makes profiles; ids from different
/// profilers do not compare.
public struct PageProfile: Sendable {
  /// The page's path as found below the folder it was read from.
  public let path: String
  /// The language detected from the script.
  public let language: Language
  /// The dateline as minutes since 1970-01-01 00:00, when the page has one.
  public let minutes: Int?
  /// The number of paragraphs, the title included.
  public let paragraphCount: Int
  /// The length of the paragraphs in Unicode scalars.
  public let length: Int
  /// Word concepts, sorted, unique.
  let words: [Int32]
  /// Anchor concepts (numbers, months, acronyms), sorted, unique.
  let anchors: [Int32]
}
