// Writes a pairing as the Pairs TSV of DESIGN.md, or as JSON Lines with the evidence.

import SverkaExport

/// Formats a paired crawl: one row a page pair or single page.
///
/// Rows come in a fixed order: pairs and single English pages by English path, then single
/// Russian pages by Russian path. Every page is in exactly one row.
public struct PairingWriter: OutputWriter {
  /// The formats a pairing is written in.
  public enum Format: String, Sendable, CaseIterable {
    /// The Pairs TSV of DESIGN.md.
    case tsv
    /// JSON Lines with each pair's evidence, and the pages that could not be read.
    case jsonl
  }

  /// The TSV header row, without its line end.
  public static let header = "en\tru\tscore"

  /// The format written.
  public var format: Format

  /// Creates a writer.
  ///
  /// - Parameter format: the format to write.
  public init(format: Format = .tsv) {
    self.format = format
  }

  /// Appends the pairs and single pages of `crawl` to `target`.
  ///
  /// - Parameters:
  ///   - crawl: the paired crawl; its profiler names the shared concepts in the evidence.
  ///   - target: where the text goes.
  public func write<Target: TextOutputStream>(
    _ crawl: CrawlPairer.Result, to target: inout Target
  ) {
    switch format {
    case .tsv: target.write(tsv(crawl.pairing))
    case .jsonl:
      target.write(
        jsonLines(crawl.pairing, failures: crawl.failures, keys: crawl.profiler.conceptKeys()))
    }
  }

  /// One row of the output: a pair, or a page without counterpart.
  private enum Row {
    case pair(PagePair)
    case english(Int)
    case russian(Int)
  }

  private func rows(_ pairing: Pairing) -> [Row] {
    var english: [(String, Row)] = pairing.pairs.map {
      (pairing.english[$0.english].path, .pair($0))
    }
    english += pairing.singleEnglish.map { (pairing.english[$0].path, .english($0)) }
    english.sort { $0.0 < $1.0 }
    let russian = pairing.singleRussian.map { (pairing.russian[$0].path, Row.russian($0)) }
      .sorted { $0.0 < $1.0 }
    return english.map(\.1) + russian.map(\.1)
  }

  /// The TSV: the header `en ru score`, then a row a pair or single page, `\n` line ends.
  /// A single page has an empty other side and the score 0.000.
  private func tsv(_ pairing: Pairing) -> String {
    var out = Self.header + "\n"
    for row in rows(pairing) {
      switch row {
      case .pair(let pair):
        out += TSVWriter.escape(pairing.english[pair.english].path) + "\t"
        out += TSVWriter.escape(pairing.russian[pair.russian].path) + "\t"
        out += TSVWriter.score(pair.score) + "\n"
      case .english(let page):
        out += TSVWriter.escape(pairing.english[page].path) + "\t\t0.000\n"
      case .russian(let page):
        out += "\t" + TSVWriter.escape(pairing.russian[page].path) + "\t0.000\n"
      }
    }
    return out
  }

  /// JSON Lines in the TSV's row order: `en`, `ru` (a path or `null`), `score`, and for a
  /// pair its `evidence`; for a single page its `best_candidate` when it had one. Pages that
  /// could not be read follow as `{"path": …, "error": …}`.
  private func jsonLines(_ pairing: Pairing, failures: [CrawlFailure], keys: [String]) -> String {
    var out = ""
    for row in rows(pairing) {
      switch row {
      case .pair(let pair):
        out += record(pairing, pair, keys: keys) + "\n"
      case .english(let page):
        let best = pairing.bestRejectedEnglish[page]
        out +=
          single(
            en: JSONText.quoted(pairing.english[page].path), ru: "null",
            bestKey: "ru", best: best.map { (pairing.russian[$0.russian].path, $0.score) })
          + "\n"
      case .russian(let page):
        let best = pairing.bestRejectedRussian[page]
        out +=
          single(
            en: "null", ru: JSONText.quoted(pairing.russian[page].path),
            bestKey: "en", best: best.map { (pairing.english[$0.english].path, $0.score) })
          + "\n"
      }
    }
    for failure in failures {
      out +=
        JSONText.object([
          ("path", JSONText.quoted(failure.path)),
          ("error", JSONText.quoted(String(describing: failure.error))),
        ]) + "\n"
    }
    return out
  }

  /// The record of a page left single: its side's path, `null` for the other, score 0, and
  /// its best rejected candidate (on the side named `bestKey`) when it had one.
  private func single(en: String, ru: String, bestKey: String, best: (path: String, score: Double)?)
    -> String
  {
    var members = [("en", en), ("ru", ru), ("score", "0")]
    if let best {
      members.append(
        (
          "best_candidate",
          JSONText.object([
            (bestKey, JSONText.quoted(best.path)), ("score", JSONText.number(best.score)),
          ])
        ))
    }
    return JSONText.object(members)
  }

  /// Every scored candidate pair with its evidence, one a line, best score first: for
  /// inspecting why a page was or was not paired, and for fitting the calibration.
  package func candidateLines(_ crawl: CrawlPairer.Result) -> String {
    let (pairing, keys) = (crawl.pairing, crawl.profiler.conceptKeys())
    let chosen = Set(pairing.pairs.map { Int64($0.english) << 32 | Int64($0.russian) })
    return pairing.candidates.sorted {
      $0.score > $1.score
        || ($0.score == $1.score && ($0.english, $0.russian) < ($1.english, $1.russian))
    }.map { pair in
      let isChosen = chosen.contains(Int64(pair.english) << 32 | Int64(pair.russian))
      return record(
        pairing, pair, keys: keys,
        extra: [
          ("chosen", isChosen ? "true" : "false"),
          ("features", JSONText.array(pair.evidence.features.map { String($0) })),
        ]) + "\n"
    }.joined()
  }

  private func record(
    _ pairing: Pairing, _ pair: PagePair, keys: [String], extra: [(String, String)] = []
  ) -> String {
    let english = pairing.english[pair.english]
    let russian = pairing.russian[pair.russian]
    let evidence = pair.evidence
    var shared: [String: [String]] = [:]
    for id in sharedIDs(english.words, russian.words) + sharedIDs(english.anchors, russian.anchors)
    {
      let key = keys.indices.contains(Int(id)) ? keys[Int(id)] : ""
      let kind: String
      switch key.prefix(2) {
      case "n:": kind = "numbers"
      case "m:": kind = "months"
      case "a:": kind = "acronyms"
      case "c:": kind = "names"
      default: kind = "lexicon"
      }
      shared[kind, default: []].append(String(key.dropFirst(2)))
    }
    let kinds = ["numbers", "months", "acronyms", "names", "lexicon"]
    let sharedObject = JSONText.object(
      kinds.map { kind in
        (kind, JSONText.array((shared[kind] ?? []).sorted().map(JSONText.quoted)))
      })
    var evidenceMembers = [
      ("words", JSONText.number(evidence.words)),
      ("anchors", JSONText.number(evidence.anchors)),
      ("margin", JSONText.number(evidence.margin)),
      ("length_ratio", JSONText.number(evidence.lengthRatio)),
      (
        "paragraphs",
        JSONText.array([String(evidence.paragraphs.english), String(evidence.paragraphs.russian)])
      ),
    ]
    if let gap = evidence.datelineGap {
      evidenceMembers.append(("dateline_gap_minutes", String(gap)))
    }
    evidenceMembers.append(("shared", sharedObject))
    return JSONText.object(
      [
        ("en", JSONText.quoted(english.path)), ("ru", JSONText.quoted(russian.path)),
        ("score", JSONText.number(pair.score)), ("evidence", JSONText.object(evidenceMembers)),
      ] + extra)
  }

  private func sharedIDs(_ left: [Int32], _ right: [Int32]) -> [Int32] {
    var result: [Int32] = []
    var i = 0
    var j = 0
    while i < left.count && j < right.count {
      if left[i] == right[j] {
        result.append(left[i])
        i += 1
        j += 1
      } else if left[i] < right[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return result
  }
}
