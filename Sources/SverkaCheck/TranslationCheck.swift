// Translation mode: an English and a Russian edition checked against each other.

import Foundation
import SverkaAlign
import SverkaDiff
import SverkaModel
import SverkaRead
import SverkaText

/// Checks that an English and a Russian edition say the same, through a paragraph
/// alignment.
///
/// Paragraphs without a counterpart are `deleted` (English only) or `inserted` (Russian
/// only); aligned paragraphs are `changed` when inconsistent, with reasons: a sentence
/// without counterpart, digit sequences that differ (after normalising, so `2018−2019`
/// equals `2018-2019` and `72nd` equals `72-й`), month names that differ, an acronym or
/// name on one side only (Russian transliterated with ICU's `Russian-Latin/BGN`, plus an
/// acronym table, the lexicon, cognate keys and consonant skeletons), a sentence that one
/// side denies and the other affirms (with ``checksNegation``), or a length ratio far from
/// the document's. Otherwise
/// `equal`. Each reason comes with its evidence (``ParagraphDiff/evidence``): the sentences,
/// numbers, dates or names found on one side only.
///
/// The alignment comes from any ``ParagraphAligning``; the default is the project's
/// ``Aligner``. A paragraph of a many-paragraph link none of whose sentences has a
/// counterpart is taken out of it (``TranslationLinkSplitter``) and reported `deleted` or
/// `inserted`; an English paragraph alone next to a Russian one alone whose sentences
/// translate part of it are checked as a pair (``TranslationLinkJoiner``). Linked paragraphs that are still not one-to-one are `merged` (several of
/// `a`) or `split` (several of `b` only), with their reasons if any; a side with several
/// paragraphs is always listed whole.
///
/// The checks work on sentences, so they take ``SegmentedStatement``s, as the aligner does.
///
/// Each aligned operation's `similarity` is the aligner's confidence in the paragraph link
/// (its posterior probability, from 0 to 1), not a word similarity: see
/// ``ParagraphDiff/similarity``.
public struct TranslationCheck {
  /// Where the paragraph links come from.
  public var aligner: any ParagraphAligning
  /// Whether to flag a one-to-one sentence link that one side denies and the other affirms
  /// (`negation_changed`, see ``TranslationNegations``).
  ///
  /// Off by default: idiomatic translation moves negation about so often (`couldn't be
  /// more wrong` ↔ `ошибались`, `keep watching` ↔ `не переключайтесь`, `it must suck to be
  /// them` ↔ `не завидую им`) that on real news, speech, literary and social translations the
  /// check flags about five faithful paragraphs in a hundred, while it finds about three in
  /// five flipped negations. Turn it on for close, literal translations.
  public var checksNegation: Bool

  /// Creates a check over an aligner.
  public init(aligner: any ParagraphAligning = Aligner(), checksNegation: Bool = false) {
    self.aligner = aligner
    self.checksNegation = checksNegation
  }

  /// Checks `a` against `b`, one English and one Russian, in either order.
  ///
  /// - Parameters:
  ///   - a: one edition.
  ///   - b: the other edition, in the other language.
  /// - Returns: a translation-mode diff whose `a` is the first argument.
  /// - Throws: ``InputError/sameLanguage(_:_:_:)`` when both are in one language;
  ///   whatever the aligner throws; ``ICUError`` when ICU fails.
  /// - Complexity: the aligner's, plus O(N) over the text.
  public func check(_ a: SegmentedStatement, _ b: SegmentedStatement) throws -> EditionDiff {
    guard a.language != b.language else {
      throw InputError.sameLanguage(a.path ?? "a", b.path ?? "b", a.language)
    }
    let englishFirst = a.language == .english
    let english = englishFirst ? a : b
    let russian = englishFirst ? b : a
    let englishCounts = english.paragraphs.map(\.sentences.count)
    let russianCounts = russian.paragraphs.map(\.sentences.count)
    // What needs no alignment (the words of every sentence, the facts of every paragraph,
    // the paragraph hashes) is worked out beside the aligner, much of which is one thread's
    // work. `concurrentPerform` runs a task on the calling thread too, so it never waits for
    // a free one, even when the check itself runs on a pool's thread.
    let prepared = ResultSlots<Prepared>(count: 1)
    let aligned = ResultSlots<[ParagraphLink]>(count: 1)
    // Only the first task uses the aligner.
    nonisolated(unsafe) let aligner = aligner
    DispatchQueue.concurrentPerform(iterations: 2) { task in
      if task == 0 {
        aligned.set(0, Result { try aligner.paragraphLinks(english: english, russian: russian) })
      } else {
        prepared.set(
          0, Result { try Self.prepare(english: english, russian: russian, a: a, b: b) })
      }
    }
    let split = try aligned.get(0).flatMap {
      TranslationLinkSplitter.split($0, englishCounts: englishCounts, russianCounts: russianCounts)
    }
    let ratio = TranslationInspector.lengthRatio(english: english, russian: russian, links: split)
    let links = TranslationLinkJoiner(
      english: english, russian: russian, median: ratio.median,
      tolerance: max(ratio.spread, 0.5)
    ).join(split)
    let (words, facts, aHashes, bHashes) = try prepared.get(0)
    let found = try Self.inspect(
      links, english: english, russian: russian, checksNegation: checksNegation, words: words,
      facts: facts)
    var operations: [ParagraphDiff] = []
    for (link, evidence) in zip(links, found) {
      let aSide = englishFirst ? link.english : link.russian
      let bSide = englishFirst ? link.russian : link.english
      var operation = ParagraphDiff(
        .equal, a: aSide.map { $0 + 1 }, b: bSide.map { $0 + 1 },
        similarity: (link.score * 1000).rounded() / 1000,
        aHashes: aSide.map { aHashes[$0] }, bHashes: bSide.map { bHashes[$0] })
      if link.english.isEmpty || link.russian.isEmpty {
        operation.operation = aSide.isEmpty ? .inserted : .deleted
        operation.similarity = nil
        operations.append(operation)
        continue
      }
      // The inspector says English first; the evidence follows the diff's sides.
      operation.evidence = evidence.map { found in
        englishFirst
          ? found
          : ReasonEvidence(reason: found.reason, onlyInA: found.onlyInB, onlyInB: found.onlyInA)
      }
      operation.reasons = operation.evidence.map(\.reason)
      if aSide.count > 1 || bSide.count > 1 {
        // The structure is the first thing to say; the reasons still come with it.
        operation.operation = aSide.count > 1 ? .merged : .split
      } else {
        operation.operation = operation.reasons.isEmpty ? .equal : .changed
      }
      operations.append(operation)
    }
    return EditionDiff(
      mode: .translation,
      a: EditionDiff.Side(
        path: a.path, language: a.language, paragraphs: a.paragraphs.map(\.text),
        hashes: aHashes),
      b: EditionDiff.Side(
        path: b.path, language: b.language, paragraphs: b.paragraphs.map(\.text),
        hashes: bHashes),
      paragraphs: operations)
  }

  /// The words of every sentence (``DocumentWords``), the facts of every paragraph
  /// (``DocumentFacts``) and the paragraph hashes of `a` and `b`.
  private typealias Prepared = (
    words: DocumentWords, facts: DocumentFacts, aHashes: [String], bHashes: [String]
  )

  /// What the check needs besides the links, four tasks side by side.
  private static func prepare(
    english: SegmentedStatement, russian: SegmentedStatement, a: SegmentedStatement,
    b: SegmentedStatement
  ) throws -> Prepared {
    let words = ResultSlots<DocumentWords>(count: 1)
    let facts = ResultSlots<DocumentFacts>(count: 1)
    let hashes = ResultSlots<[String]>(count: 2)
    DispatchQueue.concurrentPerform(iterations: 4) { task in
      if task == 3 {
        facts.set(0, .success(DocumentFacts(english: english, russian: russian)))
      } else if task == 0 {
        words.set(
          0,
          Result {
            try DocumentWords(
              english: english, russian: russian,
              ordinary: OrdinaryWords(english: english, russian: russian))
          })
      } else {
        hashes.set(task - 1, Result { try Self.hashes(of: task == 1 ? a : b) })
      }
    }
    return (try words.get(0), try facts.get(0), try hashes.get(0), try hashes.get(1))
  }

  /// The short hash of each paragraph's matching key (``KeyHash``).
  ///
  /// - Throws: ``ICUError`` when ICU's normalizer fails.
  static func hashes(of statement: SegmentedStatement) throws -> [String] {
    // The folder's key is the normalizer's, read from the bytes where it can be.
    let folder = KeyFolder(normalizer: Normalizer())
    return try statement.paragraphs.map {
      KeyHash.short(String(decoding: try folder.keyBytes($0.text), as: UTF8.self))
    }
  }

  /// The evidence of every link (empty for a link with a side empty), from the words of
  /// every sentence, `words`, and the facts of every paragraph, `facts`.
  ///
  /// Links are judged independently, so they are shared out over the cores in `runs` runs
  /// of consecutive links (by default one a core from 256 links on), each with its own
  /// ``TranslationInspector`` (whose caches are not shared between threads) reading the one
  /// table of words. The result does not depend on `runs`.
  static func inspect(
    _ links: [ParagraphLink], english: SegmentedStatement, russian: SegmentedStatement,
    checksNegation: Bool, words: DocumentWords, facts: DocumentFacts, runs: Int? = nil
  ) throws -> [[ReasonEvidence]] {
    let runs = max(
      1, runs ?? (links.count >= 256 ? ProcessInfo.processInfo.activeProcessorCount : 1))
    let ratio = TranslationInspector.lengthRatio(english: english, russian: russian, links: links)
    return try Concurrently.tryMap(runs) { task in
      let inspector = try TranslationInspector(
        english: english, russian: russian, ratio: ratio, checksNegation: checksNegation,
        words: words, facts: facts)
      let run = (links.count * task / runs)..<(links.count * (task + 1) / runs)
      return try links[run].map { link in
        link.english.isEmpty || link.russian.isEmpty ? [] : try inspector.evidence(link)
      }
    }.flatMap { $0 }
  }
}
