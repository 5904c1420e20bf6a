// `sverka batch`: align every pair folder below a folder, in parallel, with progress on stderr.

import ArgumentParser
import Dispatch
import Foundation
import SverkaCore

/// Aligns every pair folder below a folder and writes one file a pair.
struct Batch: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Align every pair folder below DIR, in parallel.",
    discussion: """
      A pair folder holds en-GB.txt and ru-RU.txt. The alignment of DIR/a/b is written to \
      OUT/D/a/b.<format>, where D is DIR's own name (DIR itself, when a pair folder, to \
      OUT/D.<format>), so every pair has its own file, and OUT/index.html lists every pair \
      with its bitext map, counts and lowest-confidence links. Links to folders are followed. \
      Progress and problems go to standard error; a pair that fails, and a folder with one \
      edition only, is reported and skipped, and the exit status is then 2 when its input \
      is at fault, 3 when Sverka itself failed. --encoding and --dictionary apply to every pair, as in \
      'sverka align'.
      """)

  @Argument(help: "The folder to search for pair folders.")
  var folder: String

  @Option(help: "The folder to write the alignments to (created when missing).")
  var out: String

  @Option(help: "Output format: tsv, jsonl, tmx or html.")
  var format: AlignmentFormat = .tsv

  @Option(help: "How many pairs to align at once (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @OptionGroup var reading: AlignerOptions

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
  }

  func run() throws {
    let failures = FailureTally()
    var skipped = 0
    let pairs = try PairFolder.all(
      below: folder,
      skipped: { problem in
        skipped += 1
        Self.printError(failures.record(problem))
      },
      noticed: Self.printError)
    guard !pairs.isEmpty else {
      if let status = failures.status { throw status }
      throw InputError.notAPairFolder(folder, missing: "pair folder below it")
    }
    // A dictionary that cannot be read stops the run before any pair.
    let aligner = try reading.aligner()
    let reader = StatementReader(encoding: reading.encoding)
    let progress = Progress(total: pairs.count)
    let index = IndexEntries()
    let root = URL(fileURLWithPath: folder).standardizedFileURL.path
    try Self.checkNamesUnique(pairs, below: root, format: format)
    let outRoot = out
    let format = format
    let semaphore = DispatchSemaphore(value: jobs)
    let group = DispatchGroup()
    for pair in pairs {
      semaphore.wait()
      DispatchQueue.global().async(group: group) {
        defer { semaphore.signal() }
        let name = Self.relativeName(of: pair.path, below: root)
        do {
          let entry = try Self.align(
            pair, with: aligner, reader: reader, writingTo: outRoot, name: name, format: format)
          index.add(entry)
          progress.report(
            "\(name.escapingControls()): \(entry.alignment?.sentences.count ?? 0) links")
        } catch {
          let message = failures.record(error)
          index.add(BatchIndexReport.Pair(name: name, error: message))
          progress.report("\(name.escapingControls()): \(message)")
        }
      }
    }
    group.wait()
    try index.write(to: outRoot, title: "sverka batch: \(folder)")
    if let status = failures.status {
      Self.printError(
        "\(failures.count - skipped) of \(pairs.count) pairs failed"
          + (skipped > 0 ? ", \(skipped) folder(s) with one edition skipped" : ""))
      throw status
    }
  }

  private static func printError(_ line: String) {
    try? FileHandle.standardError.write(contentsOf: Data("sverka: \(line)\n".utf8))
  }

  /// Refuses a run in which two pairs would write one file, or a file would stand where
  /// another pair needs a folder (a pair folder named `x.tsv` beside one named `x`).
  ///
  /// - Throws: ``InputError/unwritable(_:reason:)`` naming the output and both pairs.
  private static func checkNamesUnique(
    _ pairs: [PairFolder], below root: String, format: AlignmentFormat
  ) throws {
    var files: [String: String] = [:]
    var folders: [String: String] = [:]
    for pair in pairs {
      let name = relativeName(of: pair.path, below: root) + "." + format.fileExtension
      let parts = name.split(separator: "/")
      for depth in 1..<max(parts.count, 1) {
        folders[parts.prefix(depth).joined(separator: "/"), default: pair.path] = pair.path
      }
      if let other = files[name] ?? folders[name] {
        throw InputError.unwritable(
          name,
          reason: "both \(other.escapingControls()) and "
            + "\(pair.path.escapingControls()) would be written there")
      }
      files[name] = pair.path
    }
    for (name, path) in files {
      if let other = folders[name] {
        throw InputError.unwritable(
          name,
          reason: "\(path.escapingControls()) would be written where "
            + "\(other.escapingControls()) needs a folder")
      }
    }
  }

  /// Aligns one pair and writes its file; returns its entry for the index page.
  private static func align(
    _ pair: PairFolder, with aligner: Aligner, reader: StatementReader, writingTo outRoot: String,
    name: String, format: AlignmentFormat
  ) throws -> BatchIndexReport.Pair {
    let limits = InputLimits.aligning
    let english = try reader.read(
      InputFile.bytes(pair.english, limit: limits.bytes), path: pair.english)
    let russian = try reader.read(
      InputFile.bytes(pair.russian, limit: limits.bytes), path: pair.russian)
    try PairFolder.check(english, is: .english)
    try PairFolder.check(russian, is: .russian)
    try limits.check(english)
    try limits.check(russian)
    let aligned = try aligner.alignEditions(english, russian)
    let target = URL(fileURLWithPath: outRoot).appendingPathComponent(
      name + "." + format.fileExtension)
    do {
      try FileManager.default.createDirectory(
        at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(format.text(aligned).utf8).write(to: target)
    } catch {
      throw InputError.unwritable(target.path, reason: error.localizedDescription)
    }
    return BatchIndexReport.Pair(
      name: name, file: name + "." + format.fileExtension, fileHasRows: format == .html,
      aligned: aligned)
  }

  /// `D/a/b` for the folder `ROOT/a/b` when ROOT's name is `D`; `D` for ROOT itself.
  static func relativeName(of path: String, below root: String) -> String {
    let full = URL(fileURLWithPath: path).standardizedFileURL.path
    let rootName = (root as NSString).lastPathComponent
    let base = rootName.isEmpty || rootName == "/" ? "root" : rootName
    guard full.hasPrefix(root + "/") else { return base }
    return base + "/" + String(full.dropFirst(root.count + 1))
  }

  /// The index page's entries, gathered from many threads and written in name order.
  private final class IndexEntries: @unchecked Sendable {
    private let lock = NSLock()
    private var pairs: [BatchIndexReport.Pair] = []

    func add(_ pair: BatchIndexReport.Pair) {
      lock.lock()
      defer { lock.unlock() }
      pairs.append(pair)
    }

    /// Writes `OUT/index.html`.
    func write(to outRoot: String, title: String) throws {
      let sorted = pairs.sorted { $0.name < $1.name }
      let target = URL(fileURLWithPath: outRoot).appendingPathComponent("index.html")
      do {
        try FileManager.default.createDirectory(
          at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(BatchIndexReport(title: title).text(sorted).utf8).write(to: target)
      } catch {
        throw InputError.unwritable(target.path, reason: error.localizedDescription)
      }
    }
  }

  /// Counts and prints finished pairs, one line each, safely from many threads.
  private final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private var done = 0

    init(total: Int) { self.total = total }

    func report(_ line: String) {
      lock.lock()
      defer { lock.unlock() }
      done += 1
      FileHandle.standardError.write(Data("[\(done)/\(total)] \(line)\n".utf8))
    }
  }
}
