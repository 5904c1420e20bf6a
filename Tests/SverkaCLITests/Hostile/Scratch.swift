// A scratch folder for one hostile-input case, and the small real texts the cases are made of.

import Foundation

/// A new temporary folder with helpers to lay out the files of a case.
struct Scratch {
  /// The sample pair in Pairs/ (the captured seed page and its Russian edition).
  static let pair = "Pairs/2018-06-19-lavrov-union-state-minsk"
  /// Two sentences from the seed's opening paragraph.
  static let english = """
    Close foreign policy coordination within the Union State is becoming increasingly \
    important. We held consultations in Minsk on 19 June.
    """
  /// Their Russian edition.
  static let russian = """
    Тесная внешнеполитическая координация в рамках Союзного государства приобретает всё \
    большее значение. Мы провели консультации в Минске 19 июня.
    """

  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("sverka-hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  /// Writes `bytes` to `name` (folders created as needed) and returns its path.
  @discardableResult
  func file(_ name: String, _ bytes: [UInt8]) throws -> String {
    let url = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
    return url.path
  }

  /// Writes `text` as UTF-8 to `name`.
  @discardableResult
  func file(_ name: String, _ text: String) throws -> String {
    try file(name, Array(text.utf8))
  }

  /// A pair folder `name` holding the two short editions.
  func pairFolder(_ name: String) throws {
    try file(name + "/en-GB.txt", Self.english)
    try file(name + "/ru-RU.txt", Self.russian)
  }

  /// The contents of `name`, or `nil` when it does not exist.
  func contents(_ name: String) -> String? {
    try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  /// Runs `script` in the folder (see ``ShellRun/run(_:in:)``).
  func run(_ script: String) throws -> ShellRun {
    try ShellRun.run(script, in: folder)
  }
}
