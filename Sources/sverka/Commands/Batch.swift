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
      OUT/a/b.<format>, and OUT/index.html lists every pair with its bitext map, counts and \
      lowest-confidence links. Progress and problems go to standard error; a pair that fails is \
      reported and skipped, and the exit status is then 2 when its input is at fault, 3 \
      when Sverka itself failed. --encoding and --dictionary apply to every pair, as in \
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
    let pairs = try PairFolder.all(below: folder) { problem in
      try? FileHandle.standardError.write(contentsOf: Data("sverka: \(problem)\n".utf8))
    }
    guard !pairs.isEmpty else {
      throw InputError.notAPairFolder(folder, missing: "pair folder below it")
    }
    // A dictionary that cannot be read stops the run before any pair.
    let aligner = try reading.aligner()
    let reader = StatementReader(encoding: reading.encoding)
    let progress = Progress(total: pairs.count)
    let failures = FailureTally()
    let index = IndexEntries()
    let root = URL(fileURLWithPath: folder).standardizedFileURL.path
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
          progress.report("\(name): \(entry.alignment?.sentences.count ?? 0) links")
        } catch {
          let message = failures.record(error)
          index.add(BatchIndexReport.Pair(name: name, error: message))
          progress.report("\(name): \(message)")
        }
      }
    }
    group.wait()
    try index.write(to: outRoot, title: "sverka batch: \(folder)")
    if let status = failures.status {
      FileHandle.standardError.write(
        Data("sverka: \(failures.count) of \(pairs.count) pairs failed\n".utf8))
      throw status
    }
  }

  /// Aligns one pair and writes its file; returns its entry for the index page.
  private static func align(
    _ pair: PairFolder, with aligner: Aligner, reader: StatementReader, writingTo outRoot: String,
    name: String, format: AlignmentFormat
  ) throws -> BatchIndexReport.Pair {
    let english = try reader.read(InputFile.bytes(pair.english), path: pair.english)
    let russian = try reader.read(InputFile.bytes(pair.russian), path: pair.russian)
    try PairFolder.check(english, is: .english)
    try PairFolder.check(russian, is: .russian)
    let alignment = try aligner.align(english, russian)
    let target = URL(fileURLWithPath: outRoot).appendingPathComponent(
      name + "." + format.fileExtension)
    do {
      try FileManager.default.createDirectory(
        at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(format.render(alignment, english: english, russian: russian).utf8).write(
        to: target)
    } catch {
      throw InputError.unwritable(target.path, reason: error.localizedDescription)
    }
    return try BatchIndexReport.Pair(
      name: name, file: name + "." + format.fileExtension, fileHasRows: format == .html,
      alignment: alignment, english: english, russian: russian)
  }

  /// `a/b` for the folder `ROOT/a/b`; the folder's own name when it is the root.
  static func relativeName(of path: String, below root: String) -> String {
    let full = URL(fileURLWithPath: path).standardizedFileURL.path
    guard full.hasPrefix(root + "/") else { return (full as NSString).lastPathComponent }
    return String(full.dropFirst(root.count + 1))
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
        try Data(BatchIndexReport().render(sorted, title: title).utf8).write(to: target)
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
