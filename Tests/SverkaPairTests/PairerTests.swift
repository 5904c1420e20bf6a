// Pairing a crawl: the pages of Pairs/ under meaningless names, mixed with decoys, all recovered.

import Foundation
import SverkaModel
import SverkaRead
import SverkaTestSupport
import Testing

@testable import SverkaPair

@Suite struct PairerTests {
  /// The decoy pages: statements whose other edition does not exist.
  static let decoys: [URL] = {
    let folder = Fixtures.root.appendingPathComponent("Tests/SverkaPairTests/Decoys")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasPrefix("decoy-") }.sorted().map(folder.appendingPathComponent)
  }()

  /// A temporary crawl: every edition of Pairs/ and every decoy in one folder (the Russian
  /// pages one level down), under shuffled numbered names. Returns the folder and, for each
  /// page name, the pair folder it came from (`nil` for a decoy).
  static func makeCrawl(seed: UInt64) throws -> (root: String, origin: [String: String?]) {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("sverka-pair-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("sub"), withIntermediateDirectories: true)
    var sources: [(URL, String?)] = []
    for folder in Fixtures.pairFolders {
      for edition in ["en-GB.txt", "ru-RU.txt"] {
        sources.append((folder.appendingPathComponent(edition), folder.lastPathComponent))
      }
    }
    sources += decoys.map { ($0, nil) }
    var random = SeededGenerator(seed: seed)
    var numbers = Array(0..<sources.count)
    numbers.shuffle(using: &random)
    var origin: [String: String?] = [:]
    for ((source, pair), number) in zip(sources, numbers) {
      let isRussian =
        source.lastPathComponent.hasPrefix("ru")
        || source.lastPathComponent
          .hasPrefix("decoy-ru")
      let name = (isRussian ? "sub/" : "") + "page-\(number).txt"
      try FileManager.default.copyItem(at: source, to: root.appendingPathComponent(name))
      origin[name] = pair
    }
    return (root.path, origin)
  }

  static func load(_ path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  @Test(arguments: [UInt64(1), 2, 3])
  func recoversEveryPairOfAMixedCrawlAndLeavesTheDecoysSingle(seed: UInt64) throws {
    let crawl = try Self.makeCrawl(seed: seed)
    defer { try? FileManager.default.removeItem(atPath: crawl.root) }
    let files = try CrawlReader.files(below: crawl.root)
    #expect(files.count == crawl.origin.count)
    let profiler = PageProfiler()
    let read = CrawlReader().profiles(
      of: files, below: crawl.root, profiler: profiler, load: Self.load)
    #expect(read.failures.isEmpty)
    let english = read.pages.filter { $0.language == .english }
    let russian = read.pages.filter { $0.language == .russian }
    let pairing = Pairer().pair(english: english, russian: russian)

    for pair in pairing.pairs {
      let englishOrigin = crawl.origin[english[pair.english].path] ?? nil
      let russianOrigin = crawl.origin[russian[pair.russian].path] ?? nil
      #expect(englishOrigin != nil && englishOrigin == russianOrigin)
      #expect(pair.score >= 0.8 && pair.score <= 1)
    }
    #expect(pairing.pairs.count == Fixtures.pairFolders.count)
    for page in pairing.singleEnglish { #expect((crawl.origin[english[page].path] ?? nil) == nil) }
    for page in pairing.singleRussian { #expect((crawl.origin[russian[page].path] ?? nil) == nil) }
    Self.expectEveryPageOnce(pairing)
  }

  /// Every page in exactly one pair or among the single pages, and no page in two pairs.
  static func expectEveryPageOnce(_ pairing: Pairing) {
    let english = pairing.pairs.map(\.english) + pairing.singleEnglish
    let russian = pairing.pairs.map(\.russian) + pairing.singleRussian
    #expect(english.sorted() == Array(pairing.english.indices))
    #expect(russian.sorted() == Array(pairing.russian.indices))
  }

  @Test func aThresholdAboveEveryScoreLeavesEveryPageSingle() throws {
    let crawl = try Self.makeCrawl(seed: 4)
    defer { try? FileManager.default.removeItem(atPath: crawl.root) }
    let read = CrawlReader().profiles(
      of: try CrawlReader.files(below: crawl.root), below: crawl.root, profiler: PageProfiler(),
      load: Self.load)
    let english = read.pages.filter { $0.language == .english }
    let russian = read.pages.filter { $0.language == .russian }
    let strict = Pairer(minimumScore: 0.999_999_9).pair(english: english, russian: russian)
    #expect(strict.pairs.allSatisfy { $0.score >= 0.999_999_9 })
    Self.expectEveryPageOnce(strict)
  }

  @Test func readsAFolderOfOneLanguageAndReportsAPageInTheOther() throws {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("sverka-pair-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    let pair = try #require(Fixtures.pairFolders.first)
    for edition in ["en-GB.txt", "ru-RU.txt"] {
      try FileManager.default.copyItem(
        at: pair.appendingPathComponent(edition), to: root.appendingPathComponent(edition))
    }
    try Data().write(to: root.appendingPathComponent("empty.txt"))
    try Data("hidden".utf8).write(to: root.appendingPathComponent(".hidden"))
    let files = try CrawlReader.files(below: root.path)
    #expect(files == ["empty.txt", "en-GB.txt", "ru-RU.txt"])
    let read = CrawlReader(language: .english).profiles(
      of: files, below: root.path, profiler: PageProfiler(), load: Self.load)
    #expect(read.pages.map(\.path) == ["en-GB.txt"])
    #expect(read.failures.map(\.path) == ["empty.txt", "ru-RU.txt"])
    #expect(read.failures.allSatisfy { $0.error is InputError })
  }

  @Test func datelineMinutesCountFromTheEpoch() throws {
    let dateline = try #require(Dateline.parse("19 June 201823:03"))
    #expect(PageProfiler.minutes(of: dateline) == 25_490_823)
    let leap = try #require(Dateline.parse("1 March 200000:00"))
    let before = try #require(Dateline.parse("29 February 200000:00"))
    #expect(PageProfiler.minutes(of: leap) - PageProfiler.minutes(of: before) == 24 * 60)
  }
}
