// Every way an input can be wrong, each with a one-line message that names the file.

import SverkaModel

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
      "\(path): no such file"
    case .unreadable(let path, let reason):
      "\(path): cannot read: \(reason)"
    case .tooLarge(let path, let bytes, let limit):
      "\(path): \(bytes) bytes is more than the \(limit) bytes Sverka reads"
    case .tooManySentences(let path, let count, let limit):
      "\(path): \(count) sentences is more than the \(limit) a side Sverka aligns"
    case .empty(let path):
      "\(path): the file is empty"
    case .binary(let path, let offset):
      "\(path): not a text file (control byte at offset \(offset))"
    case .notUTF8(let path, let offset, let suggestion):
      "\(path): not valid UTF-8 at byte offset \(offset)"
        + (suggestion.map { "; it looks like \($0): try --encoding \($0)" } ?? "")
    case .invalidInEncoding(let path, let encoding, let offset):
      "\(path): not valid \(encoding) at byte offset \(offset)"
    case .unknownEncoding(let path, let encoding):
      "\(path): unknown encoding '\(encoding)'"
    case .noLetters(let path):
      "\(path): no letters, so no language to detect"
    case .wrongLanguage(let path, let expected, let found):
      "\(path): expected \(expected) but the text is \(found)"
    case .sameLanguage(let first, let second, let language):
      "\(first) and \(second) are both \(language); align pairs English with Russian "
        + "(use 'sverka diff' to compare two editions in one language)"
    case .notAPairFolder(let path, let missing):
      "\(path): not a pair folder (no \(missing))"
    case .standardInputTwice:
      "-: standard input can be read for one input only"
    case .unwritable(let path, let reason):
      "\(path): cannot write: \(reason)"
    case .malformed(let path, let line, let reason):
      "\(path):\(line): \(reason)"
    }
  }
}
