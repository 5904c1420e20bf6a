// `sverka align`: reads two editions (or a pair folder), aligns them, writes the links.

import ArgumentParser
import SverkaCore

/// Aligns the English and Russian editions of a statement.
struct Align: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Align the English and Russian editions sentence by sentence.",
    discussion: """
      Give the two files in either order, or one folder holding en-GB.txt and ru-RU.txt. \
      English is always written first. Two files in one language are an error: compare \
      them with 'sverka diff'.
      """)

  @Argument(help: "EN RU (either order), or one PAIR_DIR holding en-GB.txt and ru-RU.txt.")
  var inputs: [String]

  @Option(help: "Output format: tsv, jsonl, tmx or html.")
  var format: AlignmentFormat = .tsv

  @Flag(help: "The inputs are already split: one sentence a line, blank lines between paragraphs.")
  var segmented = false

  @OptionGroup var reading: AlignerOptions

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  func validate() throws {
    guard inputs.count == 1 || inputs.count == 2 else {
      throw ValidationError("give two files (EN RU) or one pair folder")
    }
  }

  func run() throws {
    let paths = try Self.editionPaths(inputs)
    if paths.0 == "-" && paths.1 == "-" { throw InputError.standardInputTwice }
    let first = try read(paths.0)
    let second = try read(paths.1)
    if inputs.count == 1 {
      try PairFolder.check(first, is: .english)
      try PairFolder.check(second, is: .russian)
    }
    let (english, russian) = try Aligner.editions(first, second)
    let alignment = try reading.aligner().align(english, russian)
    let text = format.text(AlignedEditions(alignment, english: english, russian: russian))
    let sink = try OutputSink.to(output, inputs: inputPaths(paths))
    try sink.write(text)
    try sink.flush()
  }

  private func read(_ path: String) throws -> SegmentedStatement {
    let bytes = try InputFile.bytes(path, limit: InputLimits.aligning.bytes)
    let statement =
      segmented
      ? try SegmentedReader(encoding: reading.encoding).read(bytes, path: path)
      : try StatementReader(encoding: reading.encoding).read(bytes, path: path)
    try InputLimits.aligning.check(statement)
    return statement
  }

  /// Every file the command reads: the two editions and the dictionary's.
  private func inputPaths(_ paths: (String, String)) -> [String] {
    [paths.0, paths.1] + reading.dictionaryPaths
  }

  /// The two files to read: the arguments, or the editions inside a pair folder.
  static func editionPaths(_ inputs: [String]) throws -> (String, String) {
    if inputs.count == 2 { return (inputs[0], inputs[1]) }
    let folder = try PairFolder(inputs[0])
    return (folder.english, folder.russian)
  }
}
