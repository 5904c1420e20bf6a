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
  func make(extraFormat: Bool = true) throws -> String {
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
}

@Suite(
  .enabled(
    if: HeadlessBrowser.isAvailable,
    "no Chromium found: install Debian's chromium (or set SVERKA_CHROMIUM) to run the browser tests"
  ))
struct BrowserReportTests {
  @Test(arguments: ReportCase.pairs)
  func pageLoadsWithoutConsoleMessages(_ report: ReportCase) throws {
    let page = try report.make()
    let rendered = try HeadlessBrowser.render(page)
    #expect(rendered.dom.contains("</html>"), "\(report.id): no DOM")
    #expect(rendered.console.isEmpty, "\(report.id): \(rendered.console)")
    if report.scripted {
      // The script's last statement marks the page; it ran to the end without throwing.
      #expect(rendered.dom.contains("<html lang=\"en\" class=\"js\">"))
    }
    let shot = try HeadlessBrowser.screenshot(page, name: report.id)
    let png = try Data(contentsOf: shot)
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 10_000)
  }

  @Test func diffPageHasOneBlockPerOperation() throws {
    let report = ReportCase.pairs[0]
    let dom = try HeadlessBrowser.render(report.make()).dom
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
    #expect(dom.contains("<del>22</del>") || dom.contains("<del> 22</del>"))
    #expect(dom.contains("<ins>23</ins>") || dom.contains("<ins> 23</ins>"))
  }

  @Test func translationPageShowsBothLanguages() throws {
    let dom = try HeadlessBrowser.render(ReportCase.pairs[1].make()).dom
    #expect(dom.contains("<td class=\"t\" lang=\"en\">"))
    #expect(dom.contains("<td class=\"t\" lang=\"ru\">"))
    #expect(dom.contains("Наши отношения ни от кого не зависят"))
    #expect(dom.contains("Our relations do not depend on anyone else"))
  }

  @Test func alignmentMapHasOneMarkPerLink() throws {
    let dom = try HeadlessBrowser.render(ReportCase.pairs[3].make()).dom
    let tsv = try CommandRunner.run(["align", ReportCase.xinhua])
    let links = tsv.stdout.split(separator: "\n").count - 1
    #expect(links > 20)
    #expect(dom.occurrences(of: "class=\"link") == links)
    #expect(dom.occurrences(of: "<tr id=\"l") == links)
    #expect(dom.occurrences(of: "class=\"link gap\"") >= 1)
    #expect(dom.occurrences(of: "class=\"link nm\"") >= 1)
  }

  @Test func batchIndexMapsEveryPair() throws {
    let page = try ReportCase.pairs[4].make()
    let dom = try HeadlessBrowser.render(page).dom
    let pairs = try FileManager.default.contentsOfDirectory(
      atPath: CommandRunner.root.appendingPathComponent("Pairs").path
    ).filter { !$0.hasSuffix(".md") }
    var links = 0
    for pair in pairs {
      let tsv = try CommandRunner.run(["align", "Pairs/" + pair])
      links += tsv.stdout.split(separator: "\n").count - 1
      #expect(dom.contains(">\(pair)</a>"), "\(pair) not listed")
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
