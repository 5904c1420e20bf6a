// The README's "Library use" example, run on a pair: the public API it shows works as shown.

import Foundation
import SverkaAlign
import SverkaDiff
import SverkaExport
import SverkaModel
import SverkaRead
import SverkaTestSupport
import Testing

@Suite struct LibraryUseTests {
  @Test func readmeExampleAlignsAndDiffs() throws {
    let folder = try #require(Fixtures.pairFolders.first)
    let text = { (name: String) in
      String(decoding: try Fixtures.bytes(folder.appendingPathComponent(name)), as: UTF8.self)
    }
    let reader = StatementReader()
    let english = try reader.read(text: text("en-GB.txt"), path: "en-GB.txt")
    let russian = try reader.read(text: text("ru-RU.txt"), path: "ru-RU.txt")
    let alignment = try Aligner().align(english, russian)
    let tsv = TSVWriter().text(AlignedEditions(alignment, english: english, russian: russian))
    #expect(tsv.split(separator: "\n").count == alignment.sentences.count + 1)

    let revised = try reader.readParagraphs(
      text: text("en-GB.txt") + "\nA paragraph added in revision.\n", path: nil)
    #expect(revised.sentenceCount == 0)
    let revision = try RevisionDiff().diff(english.statement, revised)
    #expect(revision.paragraphs.last?.operation == .inserted)
    #expect(DiffTextReport().text(revision).contains("A paragraph added in revision."))
  }
}
