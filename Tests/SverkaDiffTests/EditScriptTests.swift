// Property tests: random edit scripts applied to real paragraphs must be recovered.

import Foundation
import SverkaModel
import SverkaRead
import SverkaTestSupport
import Testing

@testable import SverkaDiff

/// Builds an edited edition from an old one and records what the diff should find.
struct EditScript {
  enum Kind: String, CaseIterable {
    case delete, insert, change, move, split, merge, cosmetic
  }

  struct Edit {
    var kind: Kind
    var a: [Int]
    var bTags: [Int]
  }

  var a: [String]
  var b: [String] = []
  var edits: [Edit] = []
  /// For each paragraph of `b`, the tag that made it.
  var tags: [Int] = []

  /// The operation each edit kind must come back as.
  static func operation(_ kind: Kind) -> ParagraphDiff.Operation {
    switch kind {
    case .delete: .deleted
    case .insert: .inserted
    case .change: .changed
    case .move: .moved
    case .split: .split
    case .merge: .merged
    case .cosmetic: .cosmetic
    }
  }

  init(pool: [String], seed: UInt64, length: Int = 12, editCount: Int = 3) {
    var random = SeededGenerator(seed: seed)
    var chosen = Array(pool.shuffled(using: &random).prefix(length + editCount))
    let spare = Array(chosen.suffix(editCount))
    chosen.removeLast(editCount)
    a = chosen
    var touched = Set<Int>()
    var plan: [Int: Kind] = [:]
    for _ in 0..<editCount {
      let kind = Kind.allCases.randomElement(using: &random) ?? .change
      let free = (0..<length).filter { index in
        !touched.contains(index)
          && (kind != .merge || (index + 1 < length && !touched.contains(index + 1)))
      }
      guard let index = free.randomElement(using: &random) else { continue }
      if kind == .split, Self.splitPoint(a[index]) == nil { continue }
      touched.insert(index)
      if kind == .merge { touched.insert(index + 1) }
      plan[index] = kind
    }
    // Keep neighbours of every edit untouched so each edit is unambiguous on its own.
    var output: [(String, Int)] = []
    var moved: [(String, Int)] = []
    var tag = 0
    var index = 0
    var spares = spare.makeIterator()
    while index < length {
      let text = a[index]
      tag += 1
      switch plan[index] {
      case nil:
        output.append((text, -1 - index))
      case .delete?:
        edits.append(Edit(kind: .delete, a: [index], bTags: []))
      case .insert?:
        output.append((text, -1 - index))
        if let fresh = spares.next() {
          output.append((fresh, tag))
          edits.append(Edit(kind: .insert, a: [], bTags: [tag]))
        }
      case .change?:
        output.append((Self.changed(text, &random), tag))
        edits.append(Edit(kind: .change, a: [index], bTags: [tag]))
      case .move?:
        moved.append((text, tag))
        edits.append(Edit(kind: .move, a: [index], bTags: [tag]))
      case .split?:
        let cut = Self.splitPoint(text) ?? text.endIndex
        output.append((String(text[..<cut]).trimmingCharacters(in: .whitespaces), tag))
        output.append((String(text[cut...]).trimmingCharacters(in: .whitespaces), tag + 1000))
        edits.append(Edit(kind: .split, a: [index], bTags: [tag, tag + 1000]))
      case .merge?:
        output.append((text + " " + a[index + 1], tag))
        edits.append(Edit(kind: .merge, a: [index, index + 1], bTags: [tag]))
        index += 1
      case .cosmetic?:
        output.append((Self.cosmetic(text), tag))
        edits.append(Edit(kind: .cosmetic, a: [index], bTags: [tag]))
      }
      index += 1
    }
    for item in moved {
      // Far from where it was: the start if it stood in the second half, else the end.
      let origin = edits.first { $0.bTags == [item.1] }?.a.first ?? 0
      if origin >= length / 2 { output.insert(item, at: 0) } else { output.append(item) }
    }
    b = output.map(\.0)
    tags = output.map(\.1)
  }

  /// A cut after a sentence in the middle third of the text, if there is one.
  static func splitPoint(_ text: String) -> String.Index? {
    let marks = text.indices.filter { index in
      text[index] == "." && text.index(after: index) < text.endIndex
        && text[text.index(after: index)] == " "
    }
    let middle = marks.filter {
      let offset = text.distance(from: text.startIndex, to: $0)
      return offset > text.count / 4 && offset < text.count * 3 / 4
    }
    return middle.first.map { text.index($0, offsetBy: 2) }
  }

  /// The text with one or two words replaced or removed.
  static func changed(_ text: String, _ random: inout SeededGenerator) -> String {
    var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    let candidates = words.indices.filter {
      words[$0].count >= 4 && words[$0].allSatisfy(\.isLetter)
    }
    guard let first = candidates.randomElement(using: &random) else { return text + " Indeed." }
    words[first] = Bool.random(using: &random) ? "substantially" : "существенно"
    if let second = candidates.randomElement(using: &random), second != first,
      Bool.random(using: &random)
    {
      words.remove(at: second)
    }
    return words.joined(separator: " ")
  }

  /// The text with typography changed: a no-break space, straight quotes, dashes.
  static func cosmetic(_ text: String) -> String {
    var result = text.replacingOccurrences(of: "’", with: "'")
      .replacingOccurrences(of: "«", with: "„").replacingOccurrences(of: "»", with: "“")
      .replacingOccurrences(of: " – ", with: " — ")
    if let space = result.firstIndex(of: " ") {
      result.replaceSubrange(space...space, with: "\u{00A0}")
    }
    return result
  }
}

@Suite struct EditScriptTests {
  /// Paragraphs of the pair folders (both languages), long enough to be distinct.
  static let pool: [String] = {
    var paragraphs: [String] = []
    for folder in Fixtures.pairFolders {
      for name in ["en-GB.txt", "ru-RU.txt"] {
        guard let bytes = try? Fixtures.bytes(folder.appendingPathComponent(name)),
          let statement = try? StatementReader().readParagraphs(bytes, path: name)
        else { continue }
        paragraphs += statement.paragraphs.map(\.text).filter {
          $0.split(separator: " ").count >= 12
        }
      }
    }
    return Array(Set(paragraphs)).sorted()
  }()

  @Test func poolIsLargeEnough() {
    #expect(Self.pool.count >= 40)
  }

  /// 200 seeded scripts in the suite; `SVERKA_LARGE=1` (tools/large-tests.sh) runs 2,000.
  @Test func randomScriptsAreRecovered() throws {
    var recovered = 0
    var total = 0
    var falseAlarms = 0
    var failures: [String] = []
    let differ = RevisionDiff()
    for seed in UInt64(1)...UInt64(TestScale.count(small: 200, large: 2000)) {
      let script = EditScript(pool: Self.pool, seed: seed, editCount: 4)
      let diff = try differ.diff(script.a, script.b)
      #expect(diff.coversEveryParagraphOnce, "seed \(seed)")
      for edit in script.edits {
        total += 1
        let bIndices = edit.bTags.compactMap { tag in script.tags.firstIndex(of: tag).map { $0 + 1 }
        }
        let aIndices = edit.a.map { $0 + 1 }
        let wanted = EditScript.operation(edit.kind)
        let found = diff.paragraphs.contains { op in
          op.operation == wanted && op.a == aIndices && op.b == bIndices
        }
        if found {
          recovered += 1
        } else if failures.count < 5 {
          failures.append("seed \(seed): \(edit.kind)")
        }
      }
      let untouched = Set(0..<script.a.count).subtracting(script.edits.flatMap(\.a))
      for index in untouched {
        guard let target = script.tags.firstIndex(of: -1 - index) else { continue }
        let ok = diff.paragraphs.contains {
          $0.operation == .equal && $0.a == [index + 1] && $0.b == [target + 1]
        }
        if !ok { falseAlarms += 1 }
      }
    }
    let rate = Double(recovered) / Double(max(1, total))
    print("edit scripts: recovered \(recovered) of \(total), \(falseAlarms) false alarms")
    #expect(rate >= 0.99, "recovered \(recovered) of \(total); first misses: \(failures)")
    #expect(falseAlarms == 0, "untouched paragraphs not equal: \(falseAlarms)")
  }
}
