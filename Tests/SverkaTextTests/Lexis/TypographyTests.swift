// The quote, dash and minus sets and their views, and that the matching key folds them all.

import SverkaText
import Testing

@Suite struct TypographyTests {
  @Test func everyDashIsADashAndFoldsToAHyphen() throws {
    for dash in ("-" + Typography.dashVariants).unicodeScalars {
      #expect(Typography.isDash(dash), "\(dash)")
      #expect(Typography.isRangeDash(dash), "\(dash)")
      #expect(try Normalizer().key("9\(dash)10").text == "9-10", "\(dash)")
    }
  }

  @Test func theMinusSignIsARangeDashButNoDash() throws {
    #expect(!Typography.isDash(Typography.minus))
    #expect(Typography.isRangeDash(Typography.minus))
    #expect(try Normalizer().key("2018−2019").text == "2018-2019")
  }

  @Test func everyQuoteFoldsToItsPlainForm() throws {
    for quote in Typography.singleQuoteVariants.unicodeScalars {
      #expect(try Normalizer().key("a\(quote)b").text == "a'b", "\(quote)")
    }
    for quote in Typography.doubleQuoteVariants.unicodeScalars {
      #expect(try Normalizer().key("a\(quote)b").text == "a\"b", "\(quote)")
    }
  }

  @Test func lineDashes() {
    #expect("-–—".unicodeScalars.allSatisfy(Typography.isLineDash))
    #expect(!Typography.isLineDash("‐"))
    #expect(!Typography.isLineDash(Typography.minus))
  }

  @Test func openingAndClosingQuotes() {
    #expect("\"'«‘‚“„‹".unicodeScalars.allSatisfy(Typography.isOpeningQuote))
    #expect("\"'»’“”›".unicodeScalars.allSatisfy(Typography.isClosingQuote))
    #expect(!Typography.isOpeningQuote("»"))
    #expect(!Typography.isClosingQuote("«"))
    #expect(!Typography.isClosingQuote("„"))
  }

  @Test func openingDoubleQuotes() {
    #expect(["\"", "«", "“", "„"].allSatisfy { Typography.isOpeningDoubleQuote($0) })
    #expect(!Typography.isOpeningDoubleQuote("'"))
    #expect(!Typography.isOpeningDoubleQuote("»"))
    #expect(!Typography.isOpeningDoubleQuote("«»"))
    #expect(!Typography.isOpeningDoubleQuote(""))
  }
}
