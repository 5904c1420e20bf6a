// Pairs a whole crawl in one call: lists its pages, reads and profiles them, pairs the
// profiles. `sverka pair` and the development aids share it.

import SverkaAlign
import SverkaModel
import SverkaRead

/// Finds each page's other-language edition below one or two folders.
public struct CrawlPairer {
  /// A folder of the crawl and the language its pages must be in (`nil`: each page's own).
  public typealias Side = (folder: String, language: Language?)

  /// A crawl paired: the pairs, the pages that could not be read, and what wrote them.
  public struct Result {
    /// The pairs and the single pages.
    public let pairing: Pairing
    /// The pages that could not be read, in the order found.
    public let failures: [CrawlFailure]
    /// The profiler that made every profile, for writing the evidence.
    public let profiler: PageProfiler
    /// Every page listed, as its folder joined to its relative path.
    public let pages: [String]
  }

  /// The pages' charset when they are not Unicode, or `nil`.
  public var encoding: String?
  /// The lowest score a pair may have.
  public var minimumScore: Double
  /// The bilingual word list behind the pages' concepts.
  public var lexicon: Lexicon

  /// Creates a pairer.
  ///
  /// - Parameters:
  ///   - encoding: the pages' charset when they are not Unicode, or `nil`.
  ///   - minimumScore: the lowest score a pair may have, in (0, 1).
  ///   - lexicon: the bilingual word list.
  public init(encoding: String? = nil, minimumScore: Double = 0.5, lexicon: Lexicon = .builtIn) {
    self.encoding = encoding
    self.minimumScore = minimumScore
    self.lexicon = lexicon
  }

  /// Pairs the pages below `sides`: an English and a Russian folder, or one of mixed pages.
  ///
  /// - Parameters:
  ///   - sides: the folders, each with the language its pages must be in, or `nil`.
  ///   - load: reads a file's bytes; it throws ``InputError`` for a missing or unreadable one.
  ///   - progress: called with a line saying how far the run is.
  /// - Returns: the pairing, the pages that could not be read and every page listed.
  /// - Throws: ``InputError`` when a folder is missing, not a folder or holds no page.
  /// - Complexity: linear in the pages read; the pairing's, as ``Pairer/pair(english:russian:)``.
  public func pair(
    _ sides: [Side], load: @escaping @Sendable (String) throws -> [UInt8],
    progress: (String) -> Void = { _ in }
  ) throws -> Result {
    let profiler = PageProfiler(lexicon: lexicon)
    var english: [PageProfile] = []
    var russian: [PageProfile] = []
    var failures: [CrawlFailure] = []
    let listed = try sides.map { try CrawlReader.files(below: $0.folder) }
    let total = listed.reduce(0) { $0 + $1.count }
    for (side, files) in zip(sides, listed) where files.isEmpty {
      throw InputError.unreadable(side.folder, reason: "no pages below it")
    }
    var done = 0
    for (side, files) in zip(sides, listed) {
      let crawl = CrawlReader(encoding: encoding, language: side.language)
      let read = crawl.profiles(of: files, below: side.folder, profiler: profiler, load: load) {
        count in progress("read \(done + count)/\(total) pages")
      }
      done += files.count
      english += read.pages.filter { $0.language == .english }
      russian += read.pages.filter { $0.language == .russian }
      failures += read.failures
    }
    progress("pairing \(english.count) English and \(russian.count) Russian pages")
    let pairing = Pairer(minimumScore: minimumScore).pair(english: english, russian: russian)
    let pages = zip(sides, listed).flatMap { side, files in files.map { side.folder + "/" + $0 } }
    return Result(pairing: pairing, failures: failures, profiler: profiler, pages: pages)
  }
}
