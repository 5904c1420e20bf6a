// The bitext map: an alignment drawn as an inline SVG dot plot of its sentence links.

import SverkaModel

/// Draws an ``Alignment``'s sentence links as an SVG bitext map, English sentences across
/// and Russian sentences down.
///
/// A 1-1 link is a square dot, an n:m link a box over the sentences it joins (outlined, so
/// a 2-1 reads as such), and a sentence without counterpart a hollow red ring on the edge of
/// the gap, at the place where the other side has none. Each mark is shaded by the link's
/// confidence (blue when confident, amber when uncertain, red when doubtful, fainter the
/// lower the score) and carries the class `link`, so the marks of a map number exactly its
/// links. A mark is a link to its row (`href(i)` for the i-th link), with a tooltip giving
/// the sentence numbers and the score. A faint diagonal shows where a one-to-one alignment
/// would run.
public struct BitextMap: Sendable {
  /// The longest side of the plot, in pixels.
  public var size: Double
  /// Scores below this are drawn as doubtful.
  public var doubtful: Double
  /// Scores below this, and at least `doubtful`, are drawn as uncertain.
  public var confident: Double

  /// Creates a map drawer.
  ///
  /// - Parameters:
  ///   - size: the longest side of the plot, in pixels.
  ///   - doubtful: the score under which a link is drawn as doubtful.
  ///   - confident: the score from which a link is drawn as confident.
  public init(size: Double = 440, doubtful: Double = 0.5, confident: Double = 0.8) {
    self.size = size
    self.doubtful = doubtful
    self.confident = confident
  }

  /// The `<svg>` element for `alignment`.
  ///
  /// - Parameters:
  ///   - alignment: the links to draw.
  ///   - englishCount: the number of English sentences.
  ///   - russianCount: the number of Russian sentences.
  ///   - label: the map's accessible name.
  ///   - href: the target of the i-th link's mark (0-based), such as `#l3`.
  /// - Returns: the SVG markup, one line a mark.
  /// - Complexity: O(*n*) in the number of links.
  public func svg(
    for alignment: Alignment, englishCount: Int, russianCount: Int, label: String,
    href: (Int) -> String
  ) -> String {
    let columns = max(englishCount, 1)
    let rows = max(russianCount, 1)
    let step = min(size / Double(columns), size / Double(rows), 16)
    let width = Double(columns) * step
    let height = Double(rows) * step
    let left = 30.0
    let top = 18.0
    let dot = max(step, 3)
    // Room for the axis labels, however few the sentences.
    let totalWidth = max(width + left + 8, left + 110)
    let totalHeight = max(height + top + 8, top + 110)
    var out = "<svg class=\"bitext-map\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
    out += "width=\"\(Self.number(totalWidth))\" height=\"\(Self.number(totalHeight))\" "
    out += "viewBox=\"0 0 \(Self.number(totalWidth)) \(Self.number(totalHeight))\" "
    out += "aria-label=\"\(HTMLText.escape(label))\">\n"
    out += "<title>\(HTMLText.escape(label))</title>\n"
    out += "<rect class=\"frame\" x=\"\(Self.number(left))\" y=\"\(Self.number(top))\" "
    out += "width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" "
    out += "fill=\"#fafafa\" stroke=\"#bbb\"/>\n"
    out += "<line x1=\"\(Self.number(left))\" y1=\"\(Self.number(top))\" "
    out += "x2=\"\(Self.number(left + width))\" y2=\"\(Self.number(top + height))\" "
    out += "stroke=\"#e0e0e0\"/>\n"
    out += "<text x=\"\(Self.number(left))\" y=\"12\" font-size=\"11\" fill=\"#555\">"
    out += "English 1–\(englishCount) →</text>\n"
    out += "<text x=\"12\" y=\"\(Self.number(top))\" font-size=\"11\" fill=\"#555\" "
    out += "transform=\"rotate(90 12 \(Self.number(top)))\">Russian 1–\(russianCount) →</text>\n"
    for (index, link) in alignment.sentences.enumerated() {
      let colour = colour(link.score)
      let opacity = Self.number(0.35 + 0.65 * min(max(link.score, 0), 1))
      let tip = HTMLText.escape(
        "en \(Self.range(link.english)) ↔ ru \(Self.range(link.russian)) · "
          + TSVWriter.score(link.score))
      out += "<a href=\"\(HTMLText.escape(href(index)))\">"
      if link.english.isEmpty || link.russian.isEmpty {
        // A ring on the line between the sentences the other side lacks.
        let x =
          left + Double(link.english.lowerBound) * step
          + (link.english.isEmpty ? 0 : Double(link.english.count) * step / 2)
        let y =
          top + Double(link.russian.lowerBound) * step
          + (link.russian.isEmpty ? 0 : Double(link.russian.count) * step / 2)
        out += "<circle class=\"link gap\" cx=\"\(Self.number(x))\" cy=\"\(Self.number(y))\" "
        out += "r=\"\(Self.number(max(dot / 2, 2.5)))\" fill=\"#fff\" stroke=\"#c62828\" "
        out += "stroke-width=\"1.5\">"
      } else {
        let w = max(Double(link.english.count) * step, dot)
        let h = max(Double(link.russian.count) * step, dot)
        let x =
          left + Double(link.english.lowerBound) * step
          + (Double(link.english.count) * step - w) / 2
        let y =
          top + Double(link.russian.lowerBound) * step
          + (Double(link.russian.count) * step - h) / 2
        let manyToMany = link.english.count > 1 || link.russian.count > 1
        out += "<rect class=\"link\(manyToMany ? " nm" : "")\" x=\"\(Self.number(x))\" "
        out += "y=\"\(Self.number(y))\" width=\"\(Self.number(w))\" height=\"\(Self.number(h))\" "
        out += "fill=\"\(colour)\" fill-opacity=\"\(opacity)\""
        if manyToMany { out += " stroke=\"#222\" stroke-width=\"1\"" }
        out += ">"
      }
      out += "<title>\(tip)</title>"
      out += link.english.isEmpty || link.russian.isEmpty ? "</circle></a>\n" : "</rect></a>\n"
    }
    return out + "</svg>"
  }

  /// The legend under a map, as HTML.
  public static let legend = """
    <p class="legend"><span class="k ok"></span> confident <span class="k unsure"></span> \
    uncertain <span class="k bad"></span> doubtful <span class="k nm"></span> n:m link \
    <span class="k gap"></span> no counterpart</p>
    """

  /// The styles of ``legend``.
  public static let legendStyle = """
    .legend{font-size:.85em;color:#555;margin:.2em 0 1em}
    .legend .k{display:inline-block;width:.8em;height:.8em;vertical-align:-.05em;\
    margin-left:.6em}
    .k.ok{background:#1d4f91}.k.unsure{background:#d98b00}.k.bad{background:#c62828}
    .k.nm{border:1.5px solid #222;background:#7f9cc4}.k.gap{border:1.5px solid #c62828;\
    border-radius:50%}
    svg.bitext-map a:hover rect,svg.bitext-map a:hover circle{stroke:#000;stroke-width:2}
    """

  private func colour(_ score: Double) -> String {
    score < doubtful ? "#c62828" : score < confident ? "#d98b00" : "#1d4f91"
  }

  /// `3`, `3–4` or `–` (1-based).
  private static func range(_ range: Range<Int>) -> String {
    if range.isEmpty { return "–" }
    if range.count == 1 { return "\(range.lowerBound + 1)" }
    return "\(range.lowerBound + 1)–\(range.upperBound)"
  }

  /// A coordinate with at most two decimals.
  private static func number(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }
}
