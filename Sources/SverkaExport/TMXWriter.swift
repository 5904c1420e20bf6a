// Writes an alignment as TMX 1.4, the translation-memory format CAT tools import.

import SverkaModel

/// Formats an ``Alignment`` as a TMX 1.4 document.
///
/// Each link is a translation unit (`<tu>`) with an English and a Russian variant
/// (`<tuv xml:lang="en-GB">`, `<tuv xml:lang="ru-RU">`), its score as the property
/// `x-sverka-score` and its 1-based sentence ids as `x-sverka-en-ids` / `x-sverka-ru-ids`.
/// A sentence without counterpart is a unit with one variant, so nothing is left out;
/// tools that import only pairs skip those units. Characters that XML 1.0 cannot carry
/// (C0 controls other than tab, line feed and carriage return) become U+FFFD.
public struct TMXWriter: OutputWriter, Sendable {
  /// The version written in the header's `creationtoolversion`.
  public var toolVersion: String

  /// Creates a writer.
  ///
  /// - Parameter toolVersion: Sverka's version, for the header.
  public init(toolVersion: String = "0.1.0") {
    self.toolVersion = toolVersion
  }

  /// Appends the TMX document of the alignment: UTF-8 XML ending in a newline to `target`.
  ///
  /// - Parameters:
  ///   - aligned: the links and the two statements they index.
  ///   - target: where the text goes.
  public func write<Target: TextOutputStream>(_ aligned: AlignedEditions, to target: inout Target) {
    target.write(document(aligned.alignment, english: aligned.english, russian: aligned.russian))
  }

  private func document(
    _ alignment: Alignment, english: SegmentedStatement, russian: SegmentedStatement
  ) -> String {
    let linked = LinkedStatements(english: english, russian: russian)
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <tmx version="1.4">
        <header creationtool="Sverka" creationtoolversion="\(Self.escape(toolVersion))" \
      segtype="sentence" o-tmf="Sverka" adminlang="en-GB" srclang="en-GB" datatype="plaintext"/>
        <body>

      """
    for (index, link) in alignment.sentences.enumerated() {
      out += "    <tu tuid=\"\(index + 1)\">\n"
      out += "      <prop type=\"x-sverka-score\">\(TSVWriter.score(link.score))</prop>\n"
      out += "      <prop type=\"x-sverka-en-ids\">\(TSVWriter.ids(link.english))</prop>\n"
      out += "      <prop type=\"x-sverka-ru-ids\">\(TSVWriter.ids(link.russian))</prop>\n"
      for (language, range) in [(Language.english, link.english), (.russian, link.russian)]
      where !range.isEmpty {
        let segment = Self.escape(linked.text(range, in: language))
        out += "      <tuv xml:lang=\"\(language.editionTag)\"><seg>\(segment)</seg></tuv>\n"
      }
      out += "    </tu>\n"
    }
    out += "  </body>\n</tmx>\n"
    return out
  }

  /// Text escaped for XML content and attribute values.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
      case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": out += "\u{FFFD}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
