// A paragraph's text as runs (plain, deleted, inserted, cosmetic) with evidence marked inside.

import Foundation
import SverkaModel

/// The text of one pane of a change report: runs of a word diff, and the evidence items of
/// the change's reasons marked wherever they occur.
///
/// Run boundaries and marks may cross: a mark that spans a deleted and an equal run is cut
/// into one `<mark>` inside each, so the HTML stays well nested.
struct MarkedText {
  /// What a run is.
  enum Kind: Equatable {
    /// Text in both editions.
    case plain
    /// Text only in the old edition (`<del>`).
    case deleted
    /// Text only in the new edition (`<ins>`).
    case inserted
    /// Text that differs only in typography; `other` is the other edition's form.
    case cosmetic(other: String)
    /// The break between two paragraphs of one pane.
    case paragraphBreak
  }

  /// An item to mark, and what the mark says about it.
  struct Mark {
    let item: String
    let reason: ChangeReason
    let note: String
  }

  private(set) var runs: [(kind: Kind, text: String)] = []

  /// Adds a run; empty runs are dropped, and the white space that opens a marked run is
  /// left unmarked (a word diff's runs carry the space before them).
  mutating func append(_ text: String, as kind: Kind = .plain) {
    if kind == .paragraphBreak {
      runs.append((kind, text))
      return
    }
    let body = text.drop { $0.isWhitespace }
    if kind != .plain && body.startIndex != text.startIndex {
      append(String(text[..<body.startIndex]))
      append(String(body), as: kind)
      return
    }
    guard !text.isEmpty else { return }
    if kind == .plain, let last = runs.last, last.kind == .plain {
      runs[runs.count - 1].text += text
    } else {
      runs.append((kind, text))
    }
  }

  /// The runs of the old side (`forOld`) or the new side of a word diff.
  init(words: [WordChange], forOld: Bool) {
    for change in words {
      switch change.operation {
      case .equal: append(change.text)
      case .deleted: if forOld { append(change.text, as: .deleted) }
      case .inserted: if !forOld { append(change.text, as: .inserted) }
      case .cosmetic:
        let old = change.old ?? change.text
        append(forOld ? old : change.text, as: .cosmetic(other: forOld ? change.text : old))
      }
    }
  }

  /// Both sides of a word diff in one text, deletions before insertions.
  init(inline words: [WordChange]) {
    for change in words {
      switch change.operation {
      case .equal: append(change.text)
      case .deleted: append(change.text, as: .deleted)
      case .inserted: append(change.text, as: .inserted)
      case .cosmetic: append(change.text, as: .cosmetic(other: change.old ?? change.text))
      }
    }
  }

  /// Whole paragraphs, one kind for all, with a break between them.
  init(paragraphs: [String], as kind: Kind = .plain) {
    for (index, paragraph) in paragraphs.enumerated() {
      if index > 0 { append("", as: .paragraphBreak) }
      append(paragraph, as: kind)
    }
  }

  /// The HTML of the runs with `marks` highlighted where their items occur.
  func html(marking marks: [Mark]) -> String {
    let full = runs.map(\.text).joined()
    let spans = Self.spans(of: marks, in: full)
    var out = ""
    var offset = 0
    var next = 0
    for run in runs {
      let bytes = Array(run.text.utf8)
      let (open, close) = Self.tags(run.kind)
      if run.kind == .paragraphBreak {
        out += open
        continue
      }
      var start = 0
      while start < bytes.count {
        let position = offset + start
        while next < spans.count && spans[next].range.upperBound <= position { next += 1 }
        var end = bytes.count
        var mark: (range: Range<Int>, mark: Mark)?
        if next < spans.count {
          let span = spans[next]
          if span.range.lowerBound > position {
            end = min(end, span.range.lowerBound - offset)
          } else {
            mark = span
            end = min(end, span.range.upperBound - offset)
          }
        }
        let piece = HTMLText.escape(
          String(decoding: bytes[start..<end], as: UTF8.self), lineBreaks: true)
        if let mark {
          let title = HTMLText.escape("\(mark.mark.reason.rawValue): \(mark.mark.note)")
          out += open + "<mark class=\"ev\" title=\"\(title)\">" + piece + "</mark>" + close
        } else {
          out += open + piece + close
        }
        start = end
      }
      offset += bytes.count
    }
    return out
  }

  private static func tags(_ kind: Kind) -> (String, String) {
    switch kind {
    case .plain: ("", "")
    case .deleted: ("<del>", "</del>")
    case .inserted: ("<ins>", "</ins>")
    case .cosmetic(let other):
      ("<span class=\"cos\" title=\"\(HTMLText.escape(other))\">", "</span>")
    case .paragraphBreak: ("<span class=\"pb\"></span>", "")
    }
  }

  /// The UTF-8 ranges of every occurrence of each mark's item in `text`, sorted, without
  /// overlaps (the earlier, then the longer, wins).
  ///
  /// An occurrence must not continue a word or number on its left, nor a number on its
  /// right (`15` is not marked inside `150`); on the right a word may go on, so a name is
  /// found under a case ending (`Лавров` in `Лаврова`).
  static func spans(of marks: [Mark], in text: String) -> [(range: Range<Int>, mark: Mark)] {
    var found: [(range: Range<Int>, mark: Mark)] = []
    for mark in marks {
      let item = mark.item.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !item.isEmpty else { continue }
      var searchStart = text.startIndex
      while let range = text.range(
        of: item, options: [.caseInsensitive], range: searchStart..<text.endIndex)
      {
        searchStart = range.upperBound
        if range.lowerBound > text.startIndex,
          text[text.index(before: range.lowerBound)].isLetterOrNumber
        {
          continue
        }
        if range.upperBound < text.endIndex, let last = item.last, last.isNumber,
          text[range.upperBound].isNumber
        {
          continue
        }
        let lower = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        let upper = lower + text.utf8.distance(from: range.lowerBound, to: range.upperBound)
        found.append((lower..<upper, mark))
      }
    }
    found.sort {
      $0.range.lowerBound != $1.range.lowerBound
        ? $0.range.lowerBound < $1.range.lowerBound : $0.range.count > $1.range.count
    }
    var kept: [(range: Range<Int>, mark: Mark)] = []
    for span in found where span.range.lowerBound >= (kept.last?.range.upperBound ?? 0) {
      kept.append(span)
    }
    return kept
  }
}

extension Character {
  /// Whether the character is a letter or a digit.
  fileprivate var isLetterOrNumber: Bool { isLetter || isNumber }
}
