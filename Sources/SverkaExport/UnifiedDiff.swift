// A unified diff with one paragraph a line, for patch and code-review tools.

import SverkaDiff
import SverkaModel
import SverkaText

/// Renders two editions as a unified diff in which each line is one paragraph (line
/// breaks inside a paragraph printed as spaces), with three paragraphs of context.
///
/// Lines are compared exactly, so `patch` applied to the one-paragraph-a-line form of the
/// old edition gives the new one; typographic changes are therefore changes here.
public struct UnifiedDiff: OutputWriter, Sendable {
  /// The paragraphs of context around each change.
  public var context: Int

  /// Creates a writer.
  ///
  /// - Parameter context: the paragraphs of context around each change.
  public init(context: Int = 3) {
    self.context = context
  }

  /// Appends the unified diff of `diff` to `target`; nothing when the editions' lines are
  /// identical.
  ///
  /// - Parameters:
  ///   - diff: what to write.
  ///   - target: where the text goes.
  /// - Complexity: as ``SequenceAligner`` on the paragraphs: about linear for editions
  ///   that share most paragraphs.
  public func write<Target: TextOutputStream>(_ diff: EditionDiff, to target: inout Target) {
    target.write(Self.document(diff, context: context))
  }

  private static func document(_ diff: EditionDiff, context: Int) -> String {
    let aLines = diff.a.paragraphs.map { $0.joinedLines() }
    let bLines = diff.b.paragraphs.map { $0.joinedLines() }
    var ids: [String: Int32] = [:]
    func id(_ line: String) -> Int32 {
      if let known = ids[line] { return known }
      let new = Int32(ids.count)
      ids[line] = new
      return new
    }
    let matches = SequenceAligner.matches(aLines.map(id), bLines.map(id))
    // Edit script: (kind, a index, b index) with kind " ", "-", "+".
    var script: [(Character, Int, Int)] = []
    var i = 0
    var j = 0
    for (ma, mb) in matches + [(aLines.count, bLines.count)] {
      while i < ma {
        script.append(("-", i, j))
        i += 1
      }
      while j < mb {
        script.append(("+", i, j))
        j += 1
      }
      if ma < aLines.count { script.append((" ", i, j)) }
      i = ma + 1
      j = mb + 1
    }
    guard script.contains(where: { $0.0 != " " }) else { return "" }
    var out = "--- \(diff.a.path ?? "a")\n+++ \(diff.b.path ?? "b")\n"
    var index = 0
    while index < script.count {
      guard script[index].0 != " " else {
        index += 1
        continue
      }
      let start = max(0, index - context)
      var end = index
      var lastChange = index
      while end < script.count, end - lastChange <= 2 * context {
        if script[end].0 != " " { lastChange = end }
        end += 1
      }
      end = min(script.count, lastChange + context + 1)
      let hunk = script[start..<end]
      let aCount = hunk.filter { $0.0 != "+" }.count
      let bCount = hunk.filter { $0.0 != "-" }.count
      let aStart = aCount == 0 ? hunk.first?.1 ?? 0 : (hunk.first?.1 ?? 0) + 1
      let bStart = bCount == 0 ? hunk.first?.2 ?? 0 : (hunk.first?.2 ?? 0) + 1
      out += "@@ -\(aStart),\(aCount) +\(bStart),\(bCount) @@\n"
      for (kind, ia, jb) in hunk {
        out += String(kind) + (kind == "+" ? bLines[jb] : aLines[ia]) + "\n"
      }
      index = end
    }
    return out
  }

}
