// Reads the pages of a crawl in parallel and keeps only their profiles, not their text.

import Dispatch
import Foundation
import SverkaModel
import SverkaRead

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A page of a crawl that could not be read, and why.
public struct CrawlFailure: Sendable {
  /// The page's path as found below its folder.
  public let path: String
  /// What went wrong: an ``InputError`` for a page at fault, anything else for Sverka.
  public let error: any Error
}

/// Finds the pages below a folder and reads them into ``PageProfile``s.
///
/// Files are decoded and read on all cores, a chunk at a time; the profiles are made on the
/// calling task (one concept table), and the text of a chunk is dropped once profiled, so
/// memory grows with the number of pages, not with their text.
public struct CrawlReader: Sendable {
  /// How pages are decoded and read, paragraphs only.
  public var reader: StatementReader
  /// The language every page must be in (a folder of one language), or `nil` for a folder of
  /// mixed pages.
  public var language: Language?

  /// Creates a reader.
  ///
  /// - Parameters:
  ///   - encoding: a charset for pages that are not Unicode, or `nil`.
  ///   - language: the language every page must be in, or `nil` to take each page's own.
  public init(encoding: String? = nil, language: Language? = nil) {
    reader = StatementReader(encoding: encoding)
    self.language = language
  }

  /// The files at or below `root`, as paths relative to it, sorted; hidden files and
  /// folders (names starting with `.`) are skipped, and symbolic links are followed.
  ///
  /// - Throws: ``InputError`` when `root` is missing or not a folder.
  public static func files(below root: String) throws -> [String] {
    var status = stat()
    guard stat(root, &status) == 0 else {
      if errno == ENOENT || errno == ENOTDIR { throw InputError.fileNotFound(root) }
      throw InputError.unreadable(root, reason: String(cString: strerror(errno)))
    }
    guard status.st_mode & S_IFMT == S_IFDIR else {
      throw InputError.unreadable(root, reason: "not a folder")
    }
    // readdir(3) rather than FileManager's enumerator, which asks for every file's
    // attributes and took a seventh of a whole run on a crawl of short pages.
    var files: [String] = []
    var pending = [""]
    var visited: Set<[UInt64]> = [[UInt64(status.st_dev), UInt64(status.st_ino)]]
    while let relative = pending.popLast() {
      let folder = relative.isEmpty ? root : root + "/" + relative
      guard let directory = opendir(folder) else {
        throw InputError.unreadable(folder, reason: String(cString: strerror(errno)))
      }
      defer { closedir(directory) }
      while let entry = readdir(directory) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
          String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
        }
        guard !name.hasPrefix(".") else { continue }
        let path = relative.isEmpty ? name : relative + "/" + name
        var type = Int32(entry.pointee.d_type)
        if type == Int32(DT_UNKNOWN) || type == Int32(DT_LNK) {
          var target = stat()
          guard stat(root + "/" + path, &target) == 0 else { continue }
          switch target.st_mode & S_IFMT {
          case S_IFDIR:
            guard visited.insert([UInt64(target.st_dev), UInt64(target.st_ino)]).inserted
            else { continue }
            type = Int32(DT_DIR)
          case S_IFREG: type = Int32(DT_REG)
          default: continue
          }
        }
        if type == Int32(DT_DIR) {
          pending.append(path)
        } else if type == Int32(DT_REG) {
          files.append(path)
        }
      }
    }
    return files.sorted()
  }

  /// Reads and profiles the pages at `paths` (relative to `root`).
  ///
  /// - Parameters:
  ///   - paths: the pages, relative to `root`; they are reported by these names.
  ///   - root: the folder they are in.
  ///   - profiler: the profiler that makes every profile of the crawl.
  ///   - load: reads a file's bytes; it throws ``InputError`` for a missing or unreadable one.
  ///   - progress: called on the calling task with the number of pages read so far.
  /// - Returns: the profiles of the pages read, in the order of `paths`, and the pages that
  ///   could not be read.
  public func profiles(
    of paths: [String], below root: String, profiler: PageProfiler,
    load: @escaping @Sendable (String) throws -> [UInt8], progress: (Int) -> Void = { _ in }
  ) -> (pages: [PageProfile], failures: [CrawlFailure]) {
    let chunkSize = 512
    var pages: [PageProfile] = []
    var failures: [CrawlFailure] = []
    pages.reserveCapacity(paths.count)
    var chunkStart = 0
    while chunkStart < paths.count {
      let chunk = Array(paths[chunkStart..<min(paths.count, chunkStart + chunkSize)])
      nonisolated(unsafe) var results = [Result<Statement, any Error>](
        repeating: .failure(InputError.empty("")), count: chunk.count)
      let reader = reader
      let language = language
      results.withUnsafeMutableBufferPointer { slots in
        nonisolated(unsafe) let slots = slots
        DispatchQueue.concurrentPerform(iterations: chunk.count) { index in
          let name = chunk[index]
          slots[index] = Result {
            let full = (root as NSString).appendingPathComponent(name)
            let statement = try reader.readParagraphs(try load(full), path: name)
            if let language, statement.language != language {
              throw InputError.wrongLanguage(name, expected: language, found: statement.language)
            }
            return statement
          }
        }
      }
      for (name, result) in zip(chunk, results) {
        switch result {
        case .success(let statement): pages.append(profiler.profile(statement, path: name))
        case .failure(let error): failures.append(CrawlFailure(path: name, error: error))
        }
      }
      chunkStart += chunk.count
      progress(chunkStart)
    }
    return (pages, failures)
  }
}
