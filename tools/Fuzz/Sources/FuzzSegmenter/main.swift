// Fuzz target: any paragraph text through both languages' sentence segmenters.

import FuzzSupport
import SverkaCore

/// Every visible character of the paragraph lands in exactly one sentence, in order, and a
/// second run gives the same sentences.
func fuzzSegmenter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = String(decoding: fuzzBytes(data, size), as: UTF8.self)
  for language in Language.allCases {
    guard
      let segmenter = Invariant.readOrInputError({ try SentenceSegmenter(language: language) }),
      let sentences = Invariant.readOrInputError({ try segmenter.sentences(in: text) }),
      let again = Invariant.readOrInputError({ try segmenter.sentences(in: text) })
    else { continue }
    Invariant.sentences(sentences, cover: text, "\(language) paragraph")
    Invariant.check(sentences == again, "\(language): second segmentation differs")
  }
  return 0
}

runFuzzer(fuzzSegmenter)
