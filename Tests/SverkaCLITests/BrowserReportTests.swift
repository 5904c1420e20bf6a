// Every HTML report opened in headless Chromium: loads cleanly, shows hostile text as text,
// draws one map mark a link, and leaves a screenshot in .build/browser-tests/.

import Foundation
import Testing

/// One HTML report made by the built binary, to be opened in the browser.
struct ReportCase: Sendable, CustomTestStringConvertible {
  let id: String
  /// The `sverka` arguments; `OUT` stands for the page (or, for `batch`, its folder).
  let arguments: [String]
  /// Whether the page carries the change pages' script.
  let scripted: Bool
  var testDescription: String { id }

  static let finland = "Pairs/2018-08-23-lavrov-telephone-conversation-finland"
  static let xinhua = "Pairs/2018-09-10-lavrov-interview-xinhua"

  static let pairs: [ReportCase] = [
    ReportCase(
      id: "diff-revision",
      arguments: ["diff", finland + "/en-GB.txt", finland + "/en-GB.rev2.txt", "-o", "OUT"],
      scripted: true),
    ReportCase(
      id: "diff-translation",
      arguments: ["diff", xinhua + "/en-GB.txt", xinhua + "/ru-RU.txt", "-o", "OUT"],
      scripted: true),
    ReportCase(
      id: "track",
      arguments: [
        "track", finland + "/en-GB.txt", finland + "/en-GB.rev2.txt", finland + "/ru-RU.txt",
        "-o", "OUT",
      ], scripted: true),
    ReportCase(id: "align", arguments: ["align", xinhua, "-o", "OUT"], scripted: false),
    ReportCase(id: "batch-index", arguments: ["batch", "Pairs", "--out", "OUT"], scripted: false),
  ]

  /// Runs `sverka` and returns the page's path.
  func make() throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("sverka-browser-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let isBatch = arguments.first == "batch"
    let out =
      isBatch
      ? folder.appendingPathComponent("out").path
      : folder.appendingPathComponent("\(id).html").path
    let result = try CommandRunner.run(
      arguments.map { $0 == "OUT" ? out : $0 } + ["--format", "html"])
    #expect(result.status <= 1, "\(id): \(result.stderr)")
    return isBatch ? out + "/index.html" : out
  }

  /// The page made and opened in the browser (its DOM, console and a screenshot) once for
  /// every test that reads it, since a Chromium start costs about a second of both cores.
  func rendered() throws -> RenderedPage {
    try RenderedReports.shared.get(self)
  }
}

/// Each report's page and its rendering, made by the first test that asks for it.
private final class RenderedReports: @unchecked Sendable {
  static let shared = RenderedReports()

  /// One report's rendering, filled in under its own lock so that other reports render
  /// meanwhile.
  private final class Slot: @unchecked Sendable {
    let lock = NSLock()
    var value: Result<RenderedPage, any Error>?
  }

  private let lock = NSLock()
  private var slots: [String: Slot] = [:]

  func get(_ report: ReportCase) throws -> RenderedPage {
    lock.lock()
    let slot = slots[report.id] ?? Slot()
    slots[report.id] = slot
    lock.unlock()
    slot.lock.lock()
    defer { slot.lock.unlock() }
    if let value = slot.value { return try value.get() }
    let value = Result { try HeadlessBrowser.render(report.make(), screenshot: report.id) }
    slot.value = value
    return try value.get()
  }
}

@Suite(
  .enabled(
    if: HeadlessBrowser.isAvailable,
    "no Chromium found: install Debian's chromium (or set SVERKA_CHROMIUM) to run the browser tests"
  ))
struct BrowserReportTests {
  @Test(arguments: ReportCase.pairs)
  func pageLoadsWithoutConsoleMessages(_ report: ReportCase) throws {
    let rendered = try report.rendered()
    #expect(rendered.dom.contains("</html>"), "\(report.id): no DOM")
    #expect(rendered.console.isEmpty, "\(report.id): \(rendered.console)")
    if report.scripted {
      // The script's last statement marks the page; it ran to the end without throwing.
      #expect(rendered.dom.contains("<html lang=\"en\" class=\"js\">"))
    }
    let png = try Data(contentsOf: try #require(rendered.screenshot))
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 10_000)
  }

  @Test func diffPageHasOneBlockPerOperation() throws {
    let report = ReportCase.pairs[0]
    let dom = try report.rendered().dom
    let json = try CommandRunner.run(
      Array(report.arguments.prefix(3)) + ["--format", "json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let operations = try #require(object["paragraphs"] as? [[String: Any]]).compactMap {
      $0["op"] as? String
    }
    #expect(operations.count == 5)
    for op in Set(operations) {
      #expect(
        dom.occurrences(of: "<tbody class=\"op-\(op) ") == operations.filter { $0 == op }.count,
        "op \(op)")
    }
    // The changed day is a word change and the date flag's evidence, marked inside it.
    #expect(
      dom.contains("<del><mark class=\"ev\" title=\"date_mismatch: only in old\">22</mark></del>"))
    #expect(
      dom.contains("<ins><mark class=\"ev\" title=\"date_mismatch: only in new\">23</mark></ins>"))
  }

  @Test func translationPageShowsBothLanguages() throws {
    let dom = try ReportCase.pairs[1].rendered().dom
    #expect(dom.contains("<td class=\"t\" lang=\"en\">"))
    #expect(dom.contains("<td class=\"t\" lang=\"ru\">"))
    #expect(dom.contains("Наши отношения ни от кого не зависят"))
    #expect(dom.contains("Our relations do not depend on anyone else"))
  }

  @Test func alignmentMapHasOneMarkPerLink() throws {
    let dom = try ReportCase.pairs[3].rendered().dom
    let tsv = try CommandRunner.run(["align", ReportCase.xinhua])
    let links = tsv.stdout.split(separator: "\n").count - 1
    #expect(links > 20)
    #expect(dom.occurrences(of: "class=\"link") == links)
    #expect(dom.occurrences(of: "<tr id=\"l") == links)
    #expect(dom.occurrences(of: "class=\"link gap\"") >= 1)
    #expect(dom.occurrences(of: "class=\"link nm\"") >= 1)
  }

  @Test func batchIndexMapsEveryPair() throws {
    let dom = try ReportCase.pairs[4].rendered().dom
    let pairs = try FileManager.default.contentsOfDirectory(
      atPath: CommandRunner.root.appendingPathComponent("Pairs").path
    ).filter { !$0.hasSuffix(".md") }
    var links = 0
    for pair in pairs {
      let tsv = try CommandRunner.run(["align", "Pairs/" + pair])
      links += tsv.stdout.split(separator: "\n").count - 1
      #expect(dom.contains(">Pairs/\(pair)</a>"), "\(pair) not listed")
    }
    #expect(dom.occurrences(of: "<svg class=\"bitext-map\"") == pairs.count)
    #expect(dom.occurrences(of: "class=\"link") == links)
  }
}

extension String {
  /// How many times `needle` occurs, without overlaps.
  func occurrences(of needle: String) -> Int {
    components(separatedBy: needle).count - 1
  }
}
