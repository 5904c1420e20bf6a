// The index page `sverka batch` writes: every pair with its bitext map, counts and weakest links.

import SverkaModel

/// Renders the `index.html` of a batch run: small bitext maps of every pair at the top, then
/// a table of the pairs with their sentence and link counts, links without counterpart, n:m
/// links, mean score and lowest-confidence links, and the pairs that failed with why.
public struct BatchIndexReport: OutputWriter, Sendable {
  /// One pair of a batch run, aligned or failed.
  public struct Pair: Sendable {
    /// A weak link, quoted.
    public struct WeakLink: Sendable {
      /// The 0-based index of the link in the alignment.
      public let index: Int
      /// The link.
      public let link: Alignment.Link
      /// The English sentences of the link, on one line.
      public let english: String
      /// The Russian sentences of the link, on one line.
      public let russian: String
    }

    /// The pair's name, its folder below the batch's root.
    public let name: String
    /// The alignment file written for it, relative to the index page.
    public let file: String?
    /// Whether `file` is an HTML page whose rows are `#l1`, `#l2`, ….
    public let fileHasRows: Bool
    /// The alignment, when the pair was aligned.
    public let alignment: Alignment?
    /// The number of English sentences.
    public let englishSentences: Int
    /// The number of Russian sentences.
    public let russianSentences: Int
    /// The lowest-scored links, lowest first.
    public let weakest: [WeakLink]
    /// Why the pair failed, when it did.
    public let error: String?

    /// An aligned pair.
    ///
    /// - Parameters:
    ///   - name: the pair's folder below the batch's root.
    ///   - file: the alignment file written for it, relative to the index page.
    ///   - fileHasRows: whether that file is an alignment HTML page with link anchors.
    ///   - aligned: the pair's alignment and its two statements.
    ///   - weakest: how many of the lowest-scored links to quote.
    public init(
      name: String, file: String?, fileHasRows: Bool, aligned: AlignedEditions, weakest: Int = 3
    ) {
      let alignment = aligned.alignment
      let linked = LinkedStatements(english: aligned.english, russian: aligned.russian)
      self.name = name
      self.file = file
      self.fileHasRows = fileHasRows
      self.alignment = alignment
      englishSentences = linked.english.sentenceCount
      russianSentences = linked.russian.sentenceCount
      self.weakest = alignment.sentences.enumerated()
        .sorted {
          $0.element.score != $1.element.score
            ? $0.element.score < $1.element.score : $0.offset < $1.offset
        }
        .prefix(weakest)
        .map {
          WeakLink(
            index: $0.offset, link: $0.element,
            english: linked.text($0.element.english, in: .english),
            russian: linked.text($0.element.russian, in: .russian))
        }
      error = nil
    }

    /// A pair that failed.
    public init(name: String, error: String) {
      self.name = name
      self.error = error
      file = nil
      fileHasRows = false
      alignment = nil
      englishSentences = 0
      russianSentences = 0
      weakest = []
    }
  }

  /// The page's title, such as the batch's folder.
  public var title: String
  /// The map drawer for the thumbnails.
  public var map: BitextMap

  /// Creates an index writer.
  ///
  /// - Parameters:
  ///   - title: the page's title, such as the batch's folder.
  ///   - map: the map drawer for the thumbnails.
  public init(title: String, map: BitextMap = BitextMap(size: 150)) {
    self.title = title
    self.map = map
  }

  /// Appends the index page for `pairs`, in the order given, to `target`.
  ///
  /// - Parameters:
  ///   - pairs: the pairs of the run.
  ///   - target: where the text goes.
  public func write<Target: TextOutputStream>(_ pairs: [Pair], to target: inout Target) {
    target.write(document(pairs))
  }

  private func document(_ pairs: [Pair]) -> String {
    let aligned = pairs.filter { $0.alignment != nil }
    let links = aligned.reduce(0) { $0 + ($1.alignment?.sentences.count ?? 0) }
    var out = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(HTMLText.escape(title))</title>
      <style>
      body{font:15px/1.45 system-ui,sans-serif;margin:1.5em 2em;color:#222}
      h1{font-size:1.3em;margin:0 0 .2em}
      .maps{display:flex;flex-wrap:wrap;gap:1em;margin:1em 0}
      .maps figure{margin:0;max-width:200px}
      .maps figcaption{font-size:.8em;overflow-wrap:anywhere}
      .maps figcaption a{color:#1d4f91}
      table{border-collapse:collapse;width:100%}
      th,td{vertical-align:top;padding:.35em .6em;border-bottom:1px solid #e4e4e4;text-align:left}
      td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      td.weak{font-size:.88em}
      td.weak div{margin-bottom:.35em;unicode-bidi:isolate;overflow-wrap:anywhere}
      .score{font-variant-numeric:tabular-nums;font-weight:600}
      .low{color:#c62828}.mid{color:#b36b00}
      tr.failed td{background:#fde3e1}
      tr:target{outline:3px solid #ffab00;outline-offset:-2px}
      \(BitextMap.legendStyle)
      @media print{.maps figure{break-inside:avoid}tr{break-inside:avoid}}
      </style>
      </head>
      <body>
      <h1>\(HTMLText.escape(title))</h1>

      """
    out += "<p>\(pairs.count) \(pairs.count == 1 ? "pair" : "pairs"): \(aligned.count) aligned, "
    out += "\(pairs.count - aligned.count) failed; \(links) links.</p>\n"
    out += "<section class=\"maps\" aria-label=\"Bitext maps\">\n"
    for (number, pair) in pairs.enumerated() {
      guard let alignment = pair.alignment else { continue }
      let target = { (index: Int) -> String in
        if let file = pair.file, pair.fileHasRows { return Self.path(file) + "#l\(index + 1)" }
        return "#p\(number + 1)"
      }
      out += "<figure>"
      out += map.svg(
        for: alignment, englishCount: pair.englishSentences, russianCount: pair.russianSentences,
        label: "Bitext map of \(pair.name)", href: target)
      out += "<figcaption><a href=\"#p\(number + 1)\">\(HTMLText.escape(pair.name))</a>"
      out += "</figcaption></figure>\n"
    }
    out += "</section>\n\(BitextMap.legend)\n"
    out += "<table>\n<thead><tr><th>pair</th><th>en</th><th>ru</th><th>links</th>"
    out += "<th>no counterpart</th><th>n:m</th><th>mean score</th>"
    out += "<th>lowest-confidence links</th></tr></thead>\n<tbody>\n"
    for (number, pair) in pairs.enumerated() {
      out += row(pair, number: number)
    }
    return out + "</tbody>\n</table>\n</body>\n</html>\n"
  }

  private func row(_ pair: Pair, number: Int) -> String {
    let name =
      pair.file.map {
        "<a href=\"\(HTMLText.escape(Self.path($0)))\">\(HTMLText.escape(pair.name))</a>"
      }
      ?? HTMLText.escape(pair.name)
    guard let alignment = pair.alignment else {
      return "<tr class=\"failed\" id=\"p\(number + 1)\"><td>\(name)</td>"
        + "<td colspan=\"7\">failed: \(HTMLText.escape(pair.error ?? "unknown error"))</td></tr>\n"
    }
    let links = alignment.sentences
    let unpaired = links.filter { $0.english.isEmpty || $0.russian.isEmpty }.count
    let manyToMany = links.filter { $0.english.count > 1 || $0.russian.count > 1 }.count
    let mean = links.isEmpty ? 0 : links.reduce(0) { $0 + $1.score } / Double(links.count)
    var out = "<tr id=\"p\(number + 1)\"><td>\(name)</td>"
    for value in [pair.englishSentences, pair.russianSentences, links.count, unpaired, manyToMany] {
      out += "<td class=\"num\">\(value)</td>"
    }
    out += "<td class=\"num\">\(TSVWriter.score(mean))</td><td class=\"weak\">"
    for weak in pair.weakest {
      let level =
        weak.link.score < map.doubtful ? "low" : weak.link.score < map.confident ? "mid" : ""
      let score = "<span class=\"score \(level)\">\(TSVWriter.score(weak.link.score))</span>"
      let ids = "en \(TSVWriter.ids(weak.link.english)) ↔ ru \(TSVWriter.ids(weak.link.russian))"
      let quote = [weak.english, weak.russian].filter { !$0.isEmpty }
        .map { HTMLText.escape(HTMLText.excerpt($0, limit: 90)) }.joined(separator: " | ")
      let label =
        pair.file.map {
          pair.fileHasRows
            ? "<a href=\"\(HTMLText.escape(Self.path($0)))#l\(weak.index + 1)\">\(HTMLText.escape(ids))</a>"
            : HTMLText.escape(ids)
        }
        ?? HTMLText.escape(ids)
      out += "<div>\(score) \(label): \(quote)</div>"
    }
    return out + "</td></tr>\n"
  }

  /// A relative file path as a URL path: each segment percent-encoded where HTML or URLs need it.
  private static func path(_ file: String) -> String {
    file.split(separator: "/", omittingEmptySubsequences: false).map { segment in
      var out = ""
      for byte in segment.utf8 {
        let scalar = Unicode.Scalar(byte)
        if byte < 0x80,
          scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar))
            || "-._~".unicodeScalars.contains(scalar)
        {
          out.unicodeScalars.append(scalar)
        } else {
          out += "%" + String(byte, radix: 16, uppercase: true).leftPadded
        }
      }
      return out
    }.joined(separator: "/")
  }
}

extension String {
  /// A one-digit hex string padded to two digits.
  fileprivate var leftPadded: String { count == 1 ? "0" + self : self }
}
