// Every way an input can be wrong, each with a one-line message that names the file.

import SverkaModel
import SverkaText

/// A problem with an input file or with how the inputs were given.
///
/// The command-line tool prints `description` on one line and exits with status 2.
public enum InputError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file does not exist.
  case fileNotFound(String)
  /// The file exists but could not be read.
  case unreadable(String, reason: String)
  /// The file is larger than Sverka reads.
  case tooLarge(String, bytes: Int, limit: Int)
  /// The file holds more sentences than the aligner takes (``Aligner/sentenceLimit``).
  case tooManySentences(String, count: Int, limit: Int)
  /// A stream (standard input) goes on past the number of bytes Sverka reads.
  case streamTooLarge(String, limit: Int)
  /// The path names a FIFO, a device or a socket, which are refused before they are opened
  /// (one would block, another never end); `kind` says which.
  case notRegularFile(String, kind: String)
  /// The output file is one of the inputs (the same file, perhaps through a link), which
  /// writing would destroy.
  case outputIsInput(String, input: String)
  /// The file has more sentences or paragraphs than the command takes.
  case tooManyUnits(String, count: Int, unit: String, limit: Int)
  /// The bytes are valid UTF-8, and ICU's detector says so, but another charset was named,
  /// which would turn the text into mojibake.
  case encodingContradicted(String, encoding: String, detected: String)
  /// The file holds no bytes, or only white space.
  case empty(String)
  /// The file holds a NUL byte or mostly control characters: it is not text.
  case binary(String, offset: Int)
  /// The file is not valid UTF-8; ICU's detector may suggest an encoding to pass.
  case notUTF8(String, offset: Int, suggestion: String?)
  /// The file is not valid in the encoding the user named.
  case invalidInEncoding(String, encoding: String, offset: Int)
  /// ICU does not know the encoding the user named.
  case unknownEncoding(String, encoding: String)
  /// The file has text but no letters, so it has no language.
  case noLetters(String)
  /// The file is not in the language its place requires (a Russian file given as English).
  case wrongLanguage(String, expected: Language, found: Language)
  /// Both files are in one language, which `align` cannot pair.
  case sameLanguage(String, String, Language)
  /// A folder given as a pair lacks one of its editions.
  case notAPairFolder(String, missing: String)
  /// Standard input was named for more than one input.
  case standardInputTwice
  /// An output file or stream cannot be written (it cannot be created, the disk is full,
  /// the pipe is closed).
  case unwritable(String, reason: String)
  /// A line of `--segmented` input or of a record stream is not what it must be.
  case malformed(String, line: Int, reason: String)

  public var description: String {
    switch self {
    case .fileNotFound(let path):
      "\(path.escapingControls()): no such file"
    case .unreadable(let path, let reason):
      "\(path.escapingControls()): cannot read: \(reason)"
    case .tooLarge(let path, let bytes, let limit):
      "\(path.escapingControls()): \(bytes) bytes is more than the \(limit) bytes "
        + "(\(Self.mebibytes(limit))) this command reads"
    case .streamTooLarge(let path, let limit):
      "\(path.escapingControls()): more than the \(limit) bytes (\(Self.mebibytes(limit))) "
        + "this command reads"
    case .notRegularFile(let path, let kind):
      "\(path.escapingControls()): not a regular file (\(kind)); "
        + "to read a stream, pipe it to standard input and name it -"
    case .outputIsInput(let path, let input):
      "\(path.escapingControls()): the output would overwrite the input "
        + "\(input.escapingControls()); write to another file"
    case .tooManySentences(let path, let count, let limit):
      "\(path.escapingControls()): \(count) sentences is more than the \(limit) a side "
        + "Sverka aligns"
    case .tooManyUnits(let path, let count, let unit, let limit):
      "\(path.escapingControls()): \(count) \(unit) is more than the \(limit) "
        + "this command takes"
    case .encodingContradicted(let path, let encoding, let detected):
      "\(path.escapingControls()): the bytes are valid \(detected), not \(encoding) "
        + "(ICU's detector agrees); drop --encoding \(encoding)"
    case .empty(let path):
      "\(path.escapingControls()): the file is empty"
    case .binary(let path, let offset):
      "\(path.escapingControls()): not a text file (control byte at offset \(offset))"
    case .notUTF8(let path, let offset, let suggestion):
      "\(path.escapingControls()): not valid UTF-8 at byte offset \(offset)"
        + (suggestion.map { "; it looks like \($0): try --encoding \($0)" } ?? "")
    case .invalidInEncoding(let path, let encoding, let offset):
      "\(path.escapingControls()): not valid \(encoding.escapingControls()) at byte offset \(offset)"
    case .unknownEncoding(let path, let encoding):
      "\(path.escapingControls()): unknown encoding '\(encoding.escapingControls())'"
    case .noLetters(let path):
      "\(path.escapingControls()): no letters, so no language to detect"
    case .wrongLanguage(let path, let expected, let found):
      "\(path.escapingControls()): expected \(expected) but the text is \(found)"
    case .sameLanguage(let first, let second, let language):
      "\(first.escapingControls()) and \(second.escapingControls()) are both \(language); align pairs English with Russian "
        + "(use 'sverka diff' to compare two editions in one language)"
    case .notAPairFolder(let path, let missing):
      "\(path.escapingControls()): not a pair folder (no \(missing.escapingControls()))"
    case .standardInputTwice:
      "-: standard input can be read for one input only"
    case .unwritable(let path, let reason):
      "\(path.escapingControls()): cannot write: \(reason)"
    case .malformed(let path, let line, let reason):
      "\(path.escapingControls()):\(line): \(reason.escapingControls())"
    }
  }

  /// `bytes` as whole mebibytes, for messages.
  private static func mebibytes(_ bytes: Int) -> String {
    "\(bytes >> 20) MiB"
  }
}
