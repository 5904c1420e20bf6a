// How much a shared concept says about two pages: inverse document frequency over the crawl.

import Foundation
import SverkaText

/// The weight of every concept in one crawl, and each page's weighted concept vectors.
///
/// A concept counts only when it occurs on both sides of the crawl (a word concept that no
/// page of the other language has cannot pair anything). Its weight is
/// `ln((N + 1) / (df + 1))`, where `N` counts the pages of both sides and `df` the pages
/// that mention it, so a date or a name found on two pages weighs far more than `2018`.
struct ConceptWeights {
  /// The weight of each concept id, 0 for concepts on one side only.
  let weight: [Double]
  /// How many Russian pages mention each concept.
  let russianFrequency: [Int32]
  /// How many English pages mention each concept.
  let englishFrequency: [Int32]

  init(english: [PageProfile], russian: [PageProfile]) {
    var largest: Int32 = -1
    for page in english + russian {
      if let last = page.words.last { largest = max(largest, last) }
      if let last = page.anchors.last { largest = max(largest, last) }
    }
    var englishFrequency = [Int32](repeating: 0, count: Int(largest) + 1)
    var russianFrequency = englishFrequency
    for page in english {
      for id in page.words { englishFrequency[Int(id)] += 1 }
      for id in page.anchors { englishFrequency[Int(id)] += 1 }
    }
    for page in russian {
      for id in page.words { russianFrequency[Int(id)] += 1 }
      for id in page.anchors { russianFrequency[Int(id)] += 1 }
    }
    let pages = Double(english.count + russian.count)
    weight = zip(englishFrequency, russianFrequency).map { en, ru in
      en > 0 && ru > 0 ? log((pages + 1) / Double(en + ru + 1)) : 0
    }
    self.englishFrequency = englishFrequency
    self.russianFrequency = russianFrequency
  }

  /// The Euclidean norm of a page's weighted concepts.
  func norm(_ concepts: [Int32]) -> Double {
    var sum = 0.0
    for id in concepts {
      let value = weight[Int(id)]
      sum += value * value
    }
    return sum.squareRoot()
  }

  /// The weighted dot product of two sorted concept lists.
  func dot(_ left: [Int32], _ right: [Int32]) -> Double {
    var sum = 0.0
    SortedOverlap.forEachShared(left, right) { id in
      let value = weight[Int(id)]
      sum += value * value
    }
    return sum
  }
}
