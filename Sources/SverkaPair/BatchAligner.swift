// `sverka batch` as one library call: every pair folder below a folder aligned in parallel,
// one output file a pair named after its path, and an index page.

import Dispatch
import Foundation
import SverkaAlign
import SverkaExport
import SverkaModel
import SverkaRead

/// Aligns every pair folder below a folder and writes one file a pair and `OUT/index.html`.
///
/// The alignment of `DIR/a/b` goes to `OUT/D/a/b.<format>`, where `D` is DIR's own name
/// (DIR itself, when a pair folder, to `OUT/D.<format>`), so every pair has its own file; a
/// plan in which two pairs would share a file is refused before anything is written. A pair
/// that fails, and a folder with one edition only, is counted in the run's
/// ``FailureTally`` and the run goes on.
public struct BatchAligner: Sendable {
  /// What a run reports while it goes, from many threads.
  public enum Event: Sendable {
    /// The pair folders are found: how many will be aligned.
    case found(pairs: Int)
    /// A folder passed over: one with one edition only (counted as a failure), or a folder
    /// reached a second time through a link. The line says which and why.
    case passedOver(String)
    /// A pair is aligned: its name below OUT and its number of links.
    case aligned(name: String, links: Int)
    /// A pair failed: its name below OUT and the message its error gave.
    case failed(name: String, message: String)
  }

  /// How a run ended, when it was not stopped by an error.
  public struct Summary: Sendable {
    /// The pair folders found.
    public let pairs: Int
    /// The folders with one edition only, passed over.
    public let passedOver: Int
  }

  private let aligner: Aligner
  private let reader: AligningReader
  private let format: AlignmentFormat
  private let jobs: Int

  /// A batch run that aligns with `aligner`, reads with `reader`, writes `format` and
  /// aligns at most `jobs` pairs at once.
  public init(aligner: Aligner, reader: AligningReader, format: AlignmentFormat, jobs: Int) {
    self.aligner = aligner
    self.reader = reader
    self.format = format
    self.jobs = max(jobs, 1)
  }

  /// Aligns every pair folder at or below `folder` and writes the files below `out`.
  ///
  /// - Parameters:
  ///   - folder: the folder to search.
  ///   - out: the folder to write to (created when missing).
  ///   - failures: counts each pair that failed and each folder with one edition.
  ///   - events: called as the run goes.
  /// - Returns: how many pairs were found and how many folders passed over.
  /// - Throws: ``InputError`` when `folder` is not a folder, holds no pair folder and no
  ///   folder with one edition, when two pairs would write one file, or when the index page
  ///   cannot be written.
  public func run(
    below folder: String, writingTo out: String, failures: FailureTally,
    events: @escaping @Sendable (Event) -> Void
  ) throws -> Summary {
    var passedOver = 0
    let pairs = try PairFolder.all(
      below: folder,
      skipped: { problem in
        passedOver += 1
        events(.passedOver(failures.record(problem)))
      },
      noticed: { events(.passedOver($0)) })
    guard !pairs.isEmpty else {
      if failures.count > 0 { return Summary(pairs: 0, passedOver: passedOver) }
      throw InputError.notAPairFolder(folder, missing: "pair folder below it")
    }
    let root = URL(fileURLWithPath: folder).standardizedFileURL.path
    try checkNamesUnique(pairs, below: root)
    events(.found(pairs: pairs.count))
    let index = IndexEntries()
    let semaphore = DispatchSemaphore(value: jobs)
    let group = DispatchGroup()
    for pair in pairs {
      semaphore.wait()
      DispatchQueue.global().async(group: group) {
        defer { semaphore.signal() }
        let name = Self.relativeName(of: pair.path, below: root)
        do {
          let entry = try align(pair, writingTo: out, name: name)
          index.add(entry)
          events(.aligned(name: name, links: entry.alignment?.sentences.count ?? 0))
        } catch {
          let message = failures.record(error)
          index.add(BatchIndexReport.Pair(name: name, error: message))
          events(.failed(name: name, message: message))
        }
      }
    }
    group.wait()
    try index.write(to: out, title: "sverka batch: \(folder)")
    return Summary(pairs: pairs.count, passedOver: passedOver)
  }

  /// Refuses a run in which two pairs would write one file, or a file would stand where
  /// another pair needs a folder (a pair folder named `x.tsv` beside one named `x`).
  ///
  /// - Throws: ``InputError/unwritable(_:reason:)`` naming the output and both pairs.
  private func checkNamesUnique(_ pairs: [PairFolder], below root: String) throws {
    var files: [String: String] = [:]
    var folders: [String: String] = [:]
    for pair in pairs {
      let name = Self.relativeName(of: pair.path, below: root) + "." + format.fileExtension
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
  private func align(_ pair: PairFolder, writingTo out: String, name: String) throws
    -> BatchIndexReport.Pair
  {
    let (english, russian) = try reader.read(pair)
    let aligned = try aligner.alignEditions(english, russian)
    let file = name + "." + format.fileExtension
    let target = URL(fileURLWithPath: out).appendingPathComponent(file)
    do {
      try FileManager.default.createDirectory(
        at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(format.text(aligned).utf8).write(to: target)
    } catch {
      throw InputError.unwritable(target.path, reason: error.localizedDescription)
    }
    return BatchIndexReport.Pair(
      name: name, file: file, fileHasRows: format == .html, aligned: aligned)
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
    func write(to out: String, title: String) throws {
      let sorted = pairs.sorted { $0.name < $1.name }
      let target = URL(fileURLWithPath: out).appendingPathComponent("index.html")
      do {
        try FileManager.default.createDirectory(
          at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(BatchIndexReport(title: title).text(sorted).utf8).write(to: target)
      } catch {
        throw InputError.unwritable(target.path, reason: error.localizedDescription)
      }
    }
  }
}
