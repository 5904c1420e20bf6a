// The JSON form of an edition diff that `sverka diff --format json` prints (DESIGN.md).

/// Encodes an ``EditionDiff`` as JSON, schema 1.
///
/// One operation a line inside `"paragraphs"`, so the output diffs well itself. `a` and
/// `b` are 1-based paragraph numbers, `null` for the side without one, and lists for the
/// side of a `split` or `merged` operation that has several; `a_hash` and `b_hash`
/// follow the same shape. The same input gives the same bytes.
public enum DiffJSON {
  /// The schema version written as `"schema"`.
  public static let schema = 1

  /// The diff as JSON text ending in a newline.
  public static func encode(_ diff: EditionDiff) -> String {
    var out = "{\"schema\": \(schema), \"mode\": \(JSONText.quoted(diff.mode.rawValue)),\n"
    out += " \"a\": \(side(diff.a)),\n"
    out += " \"b\": \(side(diff.b)),\n"
    out += " \"summary\": \(summary(diff)),\n"
    out += " \"paragraphs\": ["
    // One string grows for the whole document: tens of thousands of small objects
    // otherwise cost an array and a join each.
    out.reserveCapacity(out.utf8.count + 128 * diff.paragraphs.count)
    for (index, paragraph) in diff.paragraphs.enumerated() {
      out += index == 0 ? "\n  " : ",\n  "
      operation(paragraph, into: &out)
    }
    out += "\n ]}\n"
    return out
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

  private static func numbers(_ values: [Int], list: Bool) -> String {
    if values.isEmpty { return "null" }
    return list ? JSONText.array(values.map(String.init)) : String(values[0])
  }

  private static func hashes(_ values: [String], list: Bool) -> String {
    if values.isEmpty { return "null" }
    return list ? JSONText.array(values.map(JSONText.quoted)) : JSONText.quoted(values[0])
  }

  private static func operation(_ paragraph: ParagraphDiff, into out: inout String) {
    let aList = paragraph.operation == .merged
    let bList = paragraph.operation == .split
    out += "{\"op\": "
    out += JSONText.quoted(paragraph.operation.rawValue)
    out += ", \"a\": "
    out += numbers(paragraph.a, list: aList)
    out += ", \"b\": "
    out += numbers(paragraph.b, list: bList)
    out += ", \"a_hash\": "
    out += hashes(paragraph.aHashes, list: aList)
    out += ", \"b_hash\": "
    out += hashes(paragraph.bHashes, list: bList)
    if let similarity = paragraph.similarity {
      out += ", \"similarity\": "
      out += JSONText.number(similarity)
    }
    out += ", \"severity\": "
    out += JSONText.quoted(paragraph.severity.rawValue)
    if !paragraph.reasons.isEmpty {
      out += ", \"reasons\": "
      out += JSONText.array(paragraph.reasons.map { JSONText.quoted($0.rawValue) })
    }
    if !paragraph.cosmetic.isEmpty {
      out += ", \"cosmetic\": "
      out += JSONText.array(paragraph.cosmetic.map { JSONText.quoted($0.rawValue) })
    }
    if !paragraph.words.isEmpty {
      out += ", \"words\": "
      out += JSONText.array(paragraph.words.map(word))
    }
    out += "}"
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
