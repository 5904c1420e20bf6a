// Opens a page in headless Chromium for the browser tests: its DOM after scripts, its console.

import Foundation

/// What Chromium made of a page.
struct RenderedPage {
  /// The DOM after the page's scripts ran (`--dump-dom`).
  let dom: String
  /// The console messages the page logged (any level): errors, uncaught exceptions.
  let console: [String]
  /// The screenshot saved in the same start of the browser, when one was asked for.
  let screenshot: URL?
}

/// Headless Chromium, when the machine has it.
///
/// Set `SVERKA_CHROMIUM` to a browser binary to use another one; the tests skip, saying why,
/// when none is found.
enum HeadlessBrowser {
  /// The browser binary, or `nil` when none is installed.
  static let binary: String? = {
    let environment = ProcessInfo.processInfo.environment
    if let chosen = environment["SVERKA_CHROMIUM"], !chosen.isEmpty {
      return FileManager.default.isExecutableFile(atPath: chosen) ? chosen : nil
    }
    let folders = (environment["PATH"] ?? "/usr/bin").split(separator: ":")
    for name in ["chromium", "chromium-browser", "google-chrome", "chrome"] {
      for folder in folders {
        let path = "\(folder)/\(name)"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
      }
    }
    return nil
  }()

  /// Whether a browser can be had.
  static var isAvailable: Bool { binary != nil }

  /// Where screenshots go: `.build/browser-tests/` in the repository (not committed).
  static let artefacts: URL = {
    let folder = CommandRunner.root.appendingPathComponent(".build/browser-tests")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }()

  /// Loads `file` and returns its DOM after scripts and its console messages; with a
  /// `screenshot` name, the same start of the browser also saves a screenshot of the page,
  /// `height` pixels high, as `<name>.png` among the artefacts.
  static func render(_ file: String, screenshot name: String? = nil, height: Int = 1000) throws
    -> RenderedPage
  {
    var arguments = ["--enable-logging=stderr", "--v=0", "--dump-dom"]
    let target = name.map { artefacts.appendingPathComponent($0 + ".png") }
    if let target {
      try? FileManager.default.removeItem(at: target)
      arguments += [
        "--hide-scrollbars", "--window-size=1400,\(height)", "--screenshot=\(target.path)",
      ]
    }
    let result = try run(arguments + [url(file)])
    let console = result.stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") }
      .map(String.init)
    return RenderedPage(dom: result.stdout, console: console, screenshot: target)
  }

  private static func url(_ file: String) -> String {
    URL(fileURLWithPath: file).absoluteString
  }

  /// Runs the browser with a fresh profile (so tests may run at once) and a time limit.
  private static func run(_ arguments: [String]) throws -> (stdout: String, stderr: String) {
    guard let binary else { throw CocoaError(.fileNoSuchFile) }
    let profile = FileManager.default.temporaryDirectory
      .appendingPathComponent("sverka-chromium-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: profile) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments =
      [
        "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run",
        "--disable-extensions", "--user-data-dir=\(profile.path)",
      ] + arguments
    let capture = OutputCapture(process)
    try process.run()
    capture.start()
    // The machine may be loaded; a browser that has not finished in two minutes has hung.
    if !capture.wait(until: .now() + 120) {
      process.terminate()
      capture.wait()
    }
    process.waitUntilExit()
    return (capture.stdout, capture.stderr)
  }
}
