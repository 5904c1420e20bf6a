// The options `align` and `batch` share: how files are decoded and what the aligner knows.

import ArgumentParser
import SverkaCore

/// How to read the editions and which words the aligner knows, for `align` and `batch`
/// alike.
struct AlignerOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "A dictd dictionary (English to Russian) to add to the built-in lexicon.",
      discussion: "Name the .index file or the .dict file beside it; .dict.dz must be "
        + "decompressed first (gzip -dc x.dict.dz > x.dict).",
      valueName: "path"))
  var dictionary: String?

  @Option(help: "The files' charset when they are not Unicode (windows-1251, KOI8-R, …).")
  var encoding: String?

  /// An aligner over the built-in lexicon and the words of `--dictionary`.
  ///
  /// - Throws: ``InputError`` when the dictionary cannot be read.
  func aligner() throws -> Aligner {
    Aligner(lexicon: try lexicon())
  }

  /// The built-in lexicon and the words of `--dictionary`.
  ///
  /// - Throws: ``InputError`` when the dictionary cannot be read.
  func lexicon() throws -> Lexicon {
    var lexicon = Lexicon.builtIn
    if let dictionary {
      lexicon.merge(try DictdReader.lexicon(at: dictionary) { try InputFile.bytes($0) })
    }
    return lexicon
  }

  /// The files `--dictionary` reads, so that no output overwrites them.
  var dictionaryPaths: [String] {
    guard let dictionary else { return [] }
    let base =
      dictionary.hasSuffix(".index")
      ? String(dictionary.dropLast(6))
      : dictionary.hasSuffix(".dict") ? String(dictionary.dropLast(5)) : dictionary
    return [dictionary, base + ".index", base + ".dict"]
  }
}
