// Hostile input in every HTML report, opened in headless Chromium: shown as text, never run.

import Foundation
import Testing

/// Statements whose text tries to break out of the page: markup, quotes, bidi and
/// zero-width characters.
enum HostileText {
  /// Markup that would set `data-pwned` on the page if it ran.
  static let attack =
    "<script>document.documentElement.setAttribute('data-pwned','1')</script></td></tr>"
    + "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','2')\">"

  static let english = """
    The Minister said that the talks of 12 March were useful \(attack) and "frank".

    He noted that the \u{202E}right-to-left override\u{202C} and the zero\u{200B}width \
    joiner should not change anything, it's 'quoted'.

    Both sides agreed to meet again in April 2019.
    """

  static let englishRevised = """
    The Minister said that the talks of 14 March were useful \(attack) and "frank".

    He noted that the \u{202E}right-to-left override\u{202C} and the zero\u{200B}width \
    joiner should not change anything, it's 'quoted' </textarea>.

    Both sides agreed to meet again in May 2019.
    """

  static let russian = """
    Министр заявил, что переговоры 12 марта были полезными \(attack) и «откровенными».

    Он отметил, что \u{202E}переопределение направления\u{202C} и символ нулевой\u{200B}ширины \
    ничего не должны менять, это 'цитата'.

    Стороны договорились снова встретиться в апреле 2019 года.
    """

  /// A folder with the hostile pair and its revised English edition.
  static func folder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("sverka-hostile-\(UUID().uuidString)")
    let pair = folder.appendingPathComponent("pairs/<b>pair</b> \"x\"")
    try FileManager.default.createDirectory(at: pair, withIntermediateDirectories: true)
    try Data(english.utf8).write(to: pair.appendingPathComponent("en-GB.txt"))
    try Data(russian.utf8).write(to: pair.appendingPathComponent("ru-RU.txt"))
    try Data(englishRevised.utf8).write(to: pair.appendingPathComponent("en-GB.rev2.txt"))
    return folder
  }
}

@Suite(
  .enabled(
    if: HeadlessBrowser.isAvailable,
    "no Chromium found: install Debian's chromium (or set SVERKA_CHROMIUM) to run the browser tests"
  ))
struct HostileTextBrowserTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let id: String
    let arguments: [String]
    /// How many `<script>` elements the page has of its own.
    let scripts: Int
    var testDescription: String { id }
  }

  static let cases: [Case] = [
    Case(id: "diff-revision", arguments: ["diff", "P/en-GB.txt", "P/en-GB.rev2.txt"], scripts: 1),
    Case(id: "diff-translation", arguments: ["diff", "P/en-GB.txt", "P/ru-RU.txt"], scripts: 1),
    Case(
      id: "track", arguments: ["track", "P/en-GB.txt", "P/en-GB.rev2.txt", "P/ru-RU.txt"],
      scripts: 1),
    Case(id: "align", arguments: ["align", "P"], scripts: 0),
    Case(id: "batch-index", arguments: ["batch", "ROOT"], scripts: 0),
  ]

  @Test(arguments: cases)
  func hostileTextIsShownAsText(_ test: Case) throws {
    let folder = try HostileText.folder()
    let pair = folder.appendingPathComponent("pairs/<b>pair</b> \"x\"").path
    let out = folder.appendingPathComponent("out").path
    let page = test.id == "batch-index" ? out + "/index.html" : out + ".html"
    var arguments = test.arguments.map {
      $0 == "ROOT"
        ? folder.appendingPathComponent("pairs").path
        : $0.replacingOccurrences(of: "P", with: pair, options: .anchored)
    }
    arguments += test.id == "batch-index" ? ["--out", out] : ["-o", page]
    let result = try CommandRunner.run(arguments + ["--format", "html"])
    #expect(result.status <= 1, "\(result.stderr)")
    let rendered = try HeadlessBrowser.render(page, screenshot: "hostile-" + test.id, height: 700)
    #expect(rendered.console.isEmpty, "\(rendered.console)")
    // The attack, had it run, would have marked the root element; as text it is harmless.
    let root = try #require(rendered.dom.range(of: "<html")).lowerBound
    let rootTag = rendered.dom[root...].prefix { $0 != ">" }
    #expect(!rootTag.contains("data-pwned"), "\(rootTag)")
    #expect(rendered.dom.occurrences(of: "<script") == test.scripts)
    #expect(!rendered.dom.contains("<img"))
    #expect(!rendered.dom.contains("<b>pair</b>"))
    if test.id != "align" {
      // The path, which the page names, is hostile too.
      #expect(rendered.dom.contains("&lt;b&gt;pair&lt;/b&gt;"))
    }
    if test.id != "batch-index" {
      #expect(rendered.dom.contains("&lt;script&gt;document.documentElement.setAttribute("))
      #expect(rendered.dom.contains("&lt;/td&gt;&lt;/tr&gt;&lt;img src=x onerror="))
      #expect(rendered.dom.contains("\u{202E}"))
      #expect(rendered.dom.contains("\u{200B}"))
    }
    let png = try Data(contentsOf: try #require(rendered.screenshot))
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
  }
}
