// One segmentation case from the JSON Lines files in Resources/Segmentation: a paragraph
// and the sentences it must give.

import Foundation
import SverkaModel
import Testing

/// A paragraph and its expected sentences, as stored one a line in `*.jsonl`.
struct SegmentationCase: Sendable, Decodable, CustomTestStringConvertible {
  let id: String
  let lang: String
  let text: String
  let sentences: [String]
  let tags: [String]

  var testDescription: String { id }

  /// The language the case is written in.
  var language: Language { lang == "ru" ? .russian : .english }

  /// The folder of case files in the test bundle.
  static let folder = Bundle.module.bundleURL.appendingPathComponent("Resources/Segmentation")

  /// Every case in every file of Resources/Segmentation, sorted by file and then as written.
  static let all: [SegmentationCase] = {
    let folder = Self.folder
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
    else { return [] }
    let decoder = JSONDecoder()
    var cases: [SegmentationCase] = []
    for name in names.sorted() where name.hasSuffix(".jsonl") {
      guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)) else { continue }
      for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
        if let decoded = try? decoder.decode(SegmentationCase.self, from: Data(line)) {
          cases.append(decoded)
        }
      }
    }
    return cases
  }()

  /// The number of non-empty lines in the files, to check that every line decoded.
  static let lineCount: Int = {
    let folder = Self.folder
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
    else { return 0 }
    return names.filter { $0.hasSuffix(".jsonl") }.reduce(0) { count, name in
      let data = (try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data()
      return count + data.split(separator: UInt8(ascii: "\n")).filter { !$0.isEmpty }.count
    }
  }()
}
