// The two languages Sverka collates, with the tags their editions carry.

/// A language of a statement's edition.
public enum Language: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
  case english = "en"
  case russian = "ru"

  /// The edition tag used in page switches and pair folders: `en-GB` or `ru-RU`.
  public var editionTag: String {
    switch self {
    case .english: "en-GB"
    case .russian: "ru-RU"
    }
  }

  /// The file name of this edition in a pair folder: `en-GB.txt` or `ru-RU.txt`.
  public var editionFileName: String { editionTag + ".txt" }

  public var description: String {
    switch self {
    case .english: "English"
    case .russian: "Russian"
    }
  }
}
