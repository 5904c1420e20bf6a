// Puts two statements in the aligner's order, English first, whatever order they came in.

import SverkaModel
import SverkaRead

extension Aligner {
  /// The English and the Russian edition among `first` and `second`, which may come in
  /// either order.
  ///
  /// - Throws: ``InputError/sameLanguage(_:_:_:)`` when both are in one language.
  public static func editions(_ first: SegmentedStatement, _ second: SegmentedStatement)
    throws(InputError) -> (english: SegmentedStatement, russian: SegmentedStatement)
  {
    switch (first.language, second.language) {
    case (.english, .russian): return (first, second)
    case (.russian, .english): return (second, first)
    default:
      throw InputError.sameLanguage(
        first.path ?? "<first>", second.path ?? "<second>", first.language)
    }
  }

  /// Aligns two editions given in either order, English first.
  ///
  /// - Parameters:
  ///   - first: one edition.
  ///   - second: the other edition, in the other language.
  /// - Returns: the alignment with the English and the Russian edition it indexes.
  /// - Throws: ``InputError/sameLanguage(_:_:_:)`` when both are in one language; as
  ///   ``align(_:_:)``.
  /// - Complexity: that of ``align(_:_:)``.
  public func alignEditions(_ first: SegmentedStatement, _ second: SegmentedStatement) throws
    -> AlignedEditions
  {
    let (english, russian) = try Self.editions(first, second)
    return AlignedEditions(try align(english, russian), english: english, russian: russian)
  }
}
