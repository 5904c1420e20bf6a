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
    let folder = inputs.count == 1 ? try PairFolder(inputs[0]) : nil
    let paths = folder.map { ($0.english, $0.russian) } ?? (inputs[0], inputs[1])
    if paths.0 == "-" && paths.1 == "-" { throw InputError.standardInputTwice }
    let reader = AligningReader(encoding: reading.encoding, isSegmented: segmented)
    let (english, russian) =
      try folder.map { try reader.read($0) }
      ?? Aligner.editions(reader.read(paths.0), reader.read(paths.1))
    let alignment = try reading.aligner().align(english, russian)
    let text = format.text(AlignedEditions(alignment, english: english, russian: russian))
    let sink = try OutputSink.to(output, inputs: inputPaths(paths))
    try sink.write(text)
    try sink.flush()
  }

  /// Every file the command reads: the two editions and the dictionary's.
  private func inputPaths(_ paths: (String, String)) -> [String] {
    [paths.0, paths.1] + reading.dictionaryPaths
  }
}
