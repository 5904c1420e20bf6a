// `sverka map` as the engines run it: --keep-going for Hadoop Streaming, and the pyspark job
// of tools/spark/align_corpus.py in local mode when pyspark and Java are present.

import Foundation
import Testing

/// The Python that has pyspark, and Java, when both can be had.
enum SparkEnvironment {
  /// `tools/.venv/bin/python` when it exists, else `python3` on the PATH, if it imports pyspark.
  static let python: String? = {
    let candidates = [
      CommandRunner.root.appendingPathComponent("tools/.venv/bin/python").path,
      "/usr/bin/env",
    ]
    for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate) {
      let arguments =
        candidate == "/usr/bin/env"
        ? ["python3", "-c", "import pyspark"] : ["-c", "import pyspark"]
      if (try? status(candidate, arguments)) == 0 {
        return candidate
      }
    }
    return nil
  }()

  /// Whether `java -version` runs.
  static let hasJava: Bool = (try? status("/usr/bin/env", ["java", "-version"])) == 0

  static var isAvailable: Bool { python != nil && hasJava }

  static func status(_ executable: String, _ arguments: [String]) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }
}

@Suite struct MapPipelineTests {
  /// Every pair of Pairs/ as a record, plus three bad records (one side, not JSON, binary).
  static func records() throws -> (lines: [String], good: Int, bad: Int) {
    let root = CommandRunner.root.appendingPathComponent("Pairs")
    let pairs = try FileManager.default.contentsOfDirectory(atPath: root.path)
      .filter { !$0.hasSuffix(".md") }.sorted()
    var lines: [String] = []
    for pair in pairs {
      let folder = root.appendingPathComponent(pair)
      let record: [String: Any] = [
        "id": pair,
        "en": try String(contentsOf: folder.appendingPathComponent("en-GB.txt"), encoding: .utf8),
        "ru": try String(contentsOf: folder.appendingPathComponent("ru-RU.txt"), encoding: .utf8),
      ]
      lines.append(
        String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self))
    }
    lines += [
      "{\"id\": \"one-side\", \"en\": \"Only one side.\"}",
      "not json at all",
      "{\"id\": \"same-language\", \"en\": \"One text.\", \"ru\": \"Another text.\"}",
    ]
    return (lines, pairs.count, 3)
  }

  @Test func keepGoingReportsBadRecordsInBandAndExitsZero() throws {
    let (lines, good, bad) = try Self.records()
    let input = Array((lines.joined(separator: "\n") + "\n").utf8)
    let strict = try CommandRunner.run(["map"], input: input)
    let lenient = try CommandRunner.run(["map", "--keep-going"], input: input)
    #expect(strict.status == 2)
    #expect(lenient.status == 0)
    #expect(lenient.stdout == strict.stdout)
    let results = lenient.stdout.split(separator: "\n")
    #expect(results.count == good + bad)
    #expect(results.filter { $0.contains("\"error\":") }.count == bad)
    #expect(lenient.stderr.split(separator: "\n").count == bad)
  }

  @Test(
    .enabled(
      if: SparkEnvironment.isAvailable,
      "pyspark or Java missing: python3 -m venv tools/.venv && tools/.venv/bin/pip install pyspark"),
    .timeLimit(.minutes(10)))
  func sparkJobAlignsEveryRecordInLocalMode() throws {
    let python = try #require(SparkEnvironment.python)
    let (lines, good, bad) = try Self.records()
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("sverka-spark-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let input = folder.appendingPathComponent("records.jsonl")
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: input)
    let output = folder.appendingPathComponent("aligned").path
    let script = CommandRunner.root.appendingPathComponent("tools/spark/align_corpus.py").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments =
      (python == "/usr/bin/env" ? ["python3"] : [])
      + [
        script, input.path, output, "--sverka", CommandRunner.binary.path, "--master",
        "local[2]", "--partitions", "3",
      ]
    let stdout = Pipe()
    process.standardOutput = stdout
    process.standardError = FileHandle.nullDevice
    try process.run()
    let summary = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: summary) as? [String: Any])
    #expect(object["records"] as? Int == good + bad)
    #expect(object["results"] as? Int == good + bad)
    #expect(object["errors"] as? Int == bad)
    let parts = try FileManager.default.contentsOfDirectory(atPath: output)
      .filter { $0.hasPrefix("part-") }
    var ids: [String] = []
    for part in parts {
      let text = try String(contentsOfFile: output + "/" + part, encoding: .utf8)
      for line in text.split(separator: "\n") {
        let record = try #require(
          try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        if let id = record["id"] as? String { ids.append(id) }
        if let links = record["links"] as? [[String: Any]],
          let count = record["en_sentences"] as? Int
        {
          let english = links.flatMap { $0["en_ids"] as? [Int] ?? [] }
          #expect(english == Array(1...count), "\(record["id"] ?? "?")")
        }
      }
    }
    let pairs = try Self.records().lines.prefix(good).compactMap { line in
      (try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String
    }
    #expect(Set(pairs).isSubset(of: Set(ids)))
  }
}
