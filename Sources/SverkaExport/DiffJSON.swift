// The JSON form of an edition diff that `sverka diff --format json` prints (DESIGN.md).

import SverkaModel

/// Encodes an ``EditionDiff`` as JSON, schema 1.
///
/// One operation a line inside `"paragraphs"`, so the output diffs well itself. `a` and
/// `b` are 1-based paragraph numbers, `null` for the side without one, and lists for the
/// side of a `merged` (`a`) or `split` (`b`) operation and for any side that has several
/// paragraphs (a many-to-many link of translation mode is labelled `merged` or `split` but
/// lists both sides); `a_hash` and `b_hash` follow the same shape. Each reason's evidence
/// follows as `"evidence": [{"reason", "a": [items only in A], "b": [items only in B]}]`.
/// The same input gives the same bytes.
public struct DiffJSON: OutputWriter, Sendable {
  /// Creates a writer.
  public init() {}

  /// The schema version written as `"schema"`.
  public static let schema = 1

  /// Appends the JSON of `diff`, ending in a newline to `target`.
  ///
  /// - Parameters:
  ///   - diff: what to write.
  ///   - target: where the text goes.
  public func write<Target: TextOutputStream>(_ diff: EditionDiff, to target: inout Target) {
    target.write(Self.document(diff))
  }

  /// The diff as JSON text ending in a newline.
  private static func document(_ diff: EditionDiff) -> String {
    var out: [UInt8] = []
    // One buffer of bytes grows for the whole document: tens of thousands of small
    // objects otherwise cost a string, an array and a join each.
    out.reserveCapacity(512 + 160 * diff.paragraphs.count)
    out += "{\"schema\": \(schema), \"mode\": \(JSONText.quoted(diff.mode.rawValue)),\n".utf8
    out += " \"a\": \(side(diff.a)),\n".utf8
    out += " \"b\": \(side(diff.b)),\n".utf8
    out += " \"summary\": \(summary(diff)),\n".utf8
    out += " \"paragraphs\": [".utf8
    for (index, paragraph) in diff.paragraphs.enumerated() {
      out += (index == 0 ? "\n  " : ",\n  ").utf8
      operation(paragraph, into: &out)
    }
    out += "\n ]}\n".utf8
    return String(decoding: out, as: UTF8.self)
  }

  private static func side(_ side: EditionDiff.Side) -> String {
    JSONText.object([
      ("path", side.path.map(JSONText.quoted) ?? "null"),
      ("language", JSONText.quoted(side.language.rawValue)),
      ("paragraphs", String(side.paragraphs.count)),
    ])
  }

  private static func summary(_ diff: EditionDiff) -> String {
    let counts = diff.counts
    var members = ParagraphDiff.Operation.allCases.map {
      ($0.rawValue, String(counts[$0] ?? 0))
    }
    members.append(("high", String(diff.paragraphs.filter { $0.severity == .high }.count)))
    members.append(("different", diff.hasDifferences(strict: false) ? "true" : "false"))
    return JSONText.object(members)
  }

  private static func numbers(_ values: [Int], list: Bool, into out: inout [UInt8]) {
    if values.isEmpty {
      out += "null".utf8
    } else if list {
      out += JSONText.array(values.map(String.init)).utf8
    } else {
      out += String(values[0]).utf8
    }
  }

  /// Short hashes are hex digits: quoted as they are, with no escaping to look for.
  private static func hashes(_ values: [String], list: Bool, into out: inout [UInt8]) {
    if values.isEmpty {
      out += "null".utf8
    } else if list {
      out += JSONText.array(values.map(JSONText.quoted)).utf8
    } else {
      out.append(UInt8(ascii: "\""))
      out += values[0].utf8
      out.append(UInt8(ascii: "\""))
    }
  }

  private static func operation(_ paragraph: ParagraphDiff, into out: inout [UInt8]) {
    // Every number of a side is written: a side with several paragraphs is always a list,
    // whatever the operation is called.
    let aList = paragraph.operation == .merged || paragraph.a.count > 1
    let bList = paragraph.operation == .split || paragraph.b.count > 1
    out += "{\"op\": \"".utf8
    out += paragraph.operation.rawValue.utf8
    out += "\", \"a\": ".utf8
    numbers(paragraph.a, list: aList, into: &out)
    out += ", \"b\": ".utf8
    numbers(paragraph.b, list: bList, into: &out)
    out += ", \"a_hash\": ".utf8
    hashes(paragraph.aHashes, list: aList, into: &out)
    out += ", \"b_hash\": ".utf8
    hashes(paragraph.bHashes, list: bList, into: &out)
    if let similarity = paragraph.similarity {
      out += ", \"similarity\": ".utf8
      out += JSONText.number(similarity).utf8
    }
    out += ", \"severity\": \"".utf8
    out += paragraph.severity.rawValue.utf8
    out += "\"".utf8
    if !paragraph.reasons.isEmpty {
      out += ", \"reasons\": ".utf8
      out += JSONText.array(paragraph.reasons.map { JSONText.quoted($0.rawValue) }).utf8
    }
    if !paragraph.evidence.isEmpty {
      out += ", \"evidence\": ".utf8
      out += JSONText.array(paragraph.evidence.map(evidence)).utf8
    }
    if !paragraph.cosmetic.isEmpty {
      out += ", \"cosmetic\": ".utf8
      out += JSONText.array(paragraph.cosmetic.map { JSONText.quoted($0.rawValue) }).utf8
    }
    if !paragraph.words.isEmpty {
      out += ", \"words\": ".utf8
      out += JSONText.array(paragraph.words.map(word)).utf8
    }
    out.append(UInt8(ascii: "}"))
  }

  private static func evidence(_ evidence: ReasonEvidence) -> String {
    JSONText.object([
      ("reason", JSONText.quoted(evidence.reason.rawValue)),
      ("a", JSONText.array(evidence.onlyInA.map(JSONText.quoted))),
      ("b", JSONText.array(evidence.onlyInB.map(JSONText.quoted))),
    ])
  }

  private static func word(_ change: WordChange) -> String {
    var members = [
      ("op", JSONText.quoted(change.operation.rawValue)), ("text", JSONText.quoted(change.text)),
    ]
    if let old = change.old { members.append(("old", JSONText.quoted(old))) }
    if !change.kinds.isEmpty {
      members.append(("kinds", JSONText.array(change.kinds.map { JSONText.quoted($0.rawValue) })))
    }
    return JSONText.object(members)
  }
}
