// Writes an alignment as one self-contained HTML page, for reading the two editions side by side.

import SverkaModel

/// Formats an ``Alignment`` as a standalone HTML page: a ``BitextMap`` of the links, then one
/// row a link, English on the left, Russian on the right, each row shaded by its confidence,
/// paragraph starts marked.
///
/// A click on a mark of the map goes to its row (`#l1`, `#l2`, … in link order). The page has
/// no scripts and loads nothing; its styles are inline, so it can be mailed or archived as it
/// is.
public struct AlignmentHTMLReport: OutputWriter, Sendable {
  /// Scores below this are shaded as doubtful.
  public var doubtful: Double
  /// Scores below this, and at least `doubtful`, are shaded as uncertain.
  public var confident: Double

  /// Creates a report writer.
  ///
  /// - Parameters:
  ///   - doubtful: the score under which a link is marked doubtful.
  ///   - confident: the score from which a link is not marked at all.
  public init(doubtful: Double = 0.5, confident: Double = 0.8) {
    self.doubtful = doubtful
    self.confident = confident
  }

  /// Appends the HTML page of the alignment, ending in a newline to `target`.
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
    let englishStarts = Self.paragraphStarts(linked.english)
    let russianStarts = Self.paragraphStarts(linked.russian)
    let title = HTMLText.escape(linked.english.title ?? linked.russian.title ?? "Aligned editions")
    let map = BitextMap(doubtful: doubtful, confident: confident).svg(
      for: alignment, englishCount: linked.english.sentenceCount,
      russianCount: linked.russian.sentenceCount, label: "Bitext map of the alignment",
      href: { "#l\($0 + 1)" })
    var out = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <title>\(title)</title>
      <style>
      body{font:15px/1.45 system-ui,sans-serif;margin:2em;color:#222}
      table{border-collapse:collapse;width:100%}
      th,td{vertical-align:top;padding:.35em .6em;border-bottom:1px solid #e4e4e4}
      td.id,td.score{white-space:nowrap;color:#666;font-variant-numeric:tabular-nums}
      tr.paragraph td{border-top:2px solid #999}
      tr.uncertain{background:#fff7df}
      tr.doubtful{background:#fde3e1}
      td.none{color:#999;font-style:italic}
      td[lang]{unicode-bidi:isolate;overflow-wrap:anywhere}
      tr:target{outline:3px solid #ffab00;outline-offset:-2px}
      figure.map{margin:0 0 1em}
      \(BitextMap.legendStyle)
      @media print{figure.map{break-after:page}tr{break-inside:avoid}}
      </style>
      </head>
      <body>
      <h1>\(title)</h1>
      <p>\(Self.summary(alignment, linked.english, linked.russian))</p>
      <figure class="map">
      \(map)
      \(BitextMap.legend)
      </figure>
      <table>
      <thead><tr><th>en</th><th>English</th><th>ru</th><th>Russian</th><th>score</th></tr></thead>
      <tbody>

      """
    for (index, link) in alignment.sentences.enumerated() {
      var classes: [String] = []
      if link.english.contains(where: englishStarts.contains)
        || link.russian.contains(where: russianStarts.contains)
      {
        classes.append("paragraph")
      }
      if link.score < doubtful {
        classes.append("doubtful")
      } else if link.score < confident {
        classes.append("uncertain")
      }
      let rowClass = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
      out += "<tr id=\"l\(index + 1)\"\(rowClass)>"
      out += "<td class=\"id\">\(TSVWriter.ids(link.english))</td>"
      out += Self.cell(linked.text(link.english, in: .english), lang: "en")
      out += "<td class=\"id\">\(TSVWriter.ids(link.russian))</td>"
      out += Self.cell(linked.text(link.russian, in: .russian), lang: "ru")
      out += "<td class=\"score\">\(TSVWriter.score(link.score))</td></tr>\n"
    }
    out += "</tbody>\n</table>\n</body>\n</html>\n"
    return out
  }

  private static func cell(_ text: String, lang: String) -> String {
    text.isEmpty
      ? "<td class=\"none\">(no counterpart)</td>"
      : "<td lang=\"\(lang)\">\(HTMLText.escape(text))</td>"
  }

  private static func summary(
    _ alignment: Alignment, _ english: SegmentedStatement, _ russian: SegmentedStatement
  )
    -> String
  {
    let unpaired = alignment.sentences.filter { $0.english.isEmpty || $0.russian.isEmpty }
    return "\(english.sentenceCount) English and \(russian.sentenceCount) Russian sentences, "
      + "\(alignment.sentences.count) links, \(unpaired.count) without counterpart."
  }

  /// The 0-based sentence indices that open a paragraph.
  private static func paragraphStarts(_ statement: SegmentedStatement) -> Set<Int> {
    var starts: Set<Int> = []
    var index = 0
    for paragraph in statement.paragraphs {
      if !paragraph.sentences.isEmpty { starts.insert(index) }
      index += paragraph.sentences.count
    }
    return starts
  }
}
