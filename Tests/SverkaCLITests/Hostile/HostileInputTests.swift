// The hostile-input battery: every trap of the reliability issue, and the encoding and path
// traps that already passed, run against the built binary with exit status and messages.

import Foundation
import Testing

@Suite struct HostileInputTests {
  static let english = Scratch.english
  static let russian = Scratch.russian

  /// The sample's two sentences a line each, as `segment` prints them.
  static let englishSentences = """
    Close foreign policy coordination within the Union State is becoming increasingly \
    important.
    We held consultations in Minsk on 19 June.

    """

  /// Checks that no raw control character but the line feed is in `text`.
  static func noRawControls(_ text: String, _ what: String) -> [String] {
    text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") }
      ? ["raw control character in \(what)"] : []
  }

  static let dataLoss: [HostileCase] = [
    HostileCase(
      "segment -o its input", setUp: { try $0.file("x.txt", english) },
      #"exec "$SVERKA" segment x.txt -o x.txt"#, status: 2,
      message: "x.txt: the output would overwrite the input x.txt",
      check: { _, scratch in scratch.contents("x.txt") == english ? [] : ["x.txt changed"] }),
    HostileCase(
      "align -o a link to its input", setUp: { try $0.pairFolder("p") },
      #"ln -s p/en-GB.txt out.tsv && exec "$SVERKA" align p -o out.tsv"#, status: 2,
      message: "out.tsv: the output would overwrite the input p/en-GB.txt",
      check: { _, scratch in
        scratch.contents("p/en-GB.txt") == english ? [] : ["en-GB.txt changed"]
      }),
    HostileCase(
      "diff -o its second input",
      setUp: {
        try $0.file("a.txt", english)
        try $0.file("b.txt", english + " Added.")
      },
      #"exec "$SVERKA" diff a.txt b.txt -o b.txt"#, status: 2,
      message: "b.txt: the output would overwrite the input b.txt"),
    HostileCase(
      "segment - -o the file on standard input", setUp: { try $0.file("x.txt", english) },
      #"exec "$SVERKA" segment - -o x.txt < x.txt"#, status: 2,
      message: "x.txt: the output would overwrite the input -"),
    HostileCase(
      "batch pairs in r and r/r",
      setUp: {
        try $0.pairFolder("r")
        try $0.pairFolder("r/r")
      },
      #"exec "$SVERKA" batch r --out o"#, status: 0, message: "[2/2] r", oneLine: false,
      check: { _, scratch in
        ["o/r.tsv", "o/r/r.tsv"].compactMap { name in
          scratch.contents(name)?.split(separator: "\n").count == 3 ? nil : "\(name) missing"
        }
      }),
  ]

  static let limits: [HostileCase] = [
    HostileCase(
      "segment: a file one byte over 64 MiB, refused from its size",
      #"truncate -s 67108865 big.txt && exec "$SVERKA" segment big.txt"#, status: 2,
      message: "big.txt: 67108865 bytes is more than the 67108864 bytes (64 MiB)"),
    HostileCase(
      "align: a file one byte over 16 MiB", setUp: { try $0.file("ru.txt", russian) },
      #"truncate -s 16777217 big.txt && exec "$SVERKA" align big.txt ru.txt"#, status: 2,
      message: "big.txt: 16777217 bytes is more than the 16777216 bytes (16 MiB)"),
    HostileCase(
      "segment: an endless stream on standard input",
      #"exec "$SVERKA" segment - < /dev/zero"#, status: 2,
      message: "-: more than the 67108864 bytes (64 MiB) this command reads"),
  ]

  static let streams: [HostileCase] = [
    HostileCase(
      "map with standard input closed", #"exec "$SVERKA" map <&-"#, status: 2,
      message: "-: cannot read: standard input is closed"),
    HostileCase(
      "map with a folder as standard input", #"exec "$SVERKA" map < ."#, status: 2,
      message: "-: cannot read: standard input is a folder"),
    HostileCase(
      "segment with a folder as standard input", #"exec "$SVERKA" segment - < ."#, status: 2,
      message: "-: cannot read: standard input is a folder"),
    HostileCase(
      "segment /dev/zero", #"exec "$SVERKA" segment /dev/zero"#, status: 2,
      message: "/dev/zero: not a regular file (a character device)"),
    HostileCase(
      "align /dev/urandom", setUp: { try $0.file("ru.txt", russian) },
      #"exec "$SVERKA" align /dev/urandom ru.txt"#, status: 2,
      message: "/dev/urandom: not a regular file (a character device)"),
    HostileCase(
      "segment a FIFO", #"mkfifo f.txt && exec "$SVERKA" segment f.txt"#, status: 2,
      message: "f.txt: not a regular file (a FIFO)"),
    HostileCase(
      "segment a folder", #"exec "$SVERKA" segment ."#, status: 2,
      message: ".: cannot read: it is a folder"),
  ]

  static let batch: [HostileCase] = [
    HostileCase(
      "batch: a folder with only en-GB.txt", setUp: { try $0.file("s/only/en-GB.txt", english) },
      #"exec "$SVERKA" batch s --out o"#, status: 2,
      message: "s/only: not a pair folder (no ru-RU.txt)"),
    HostileCase(
      "batch: one pair and one folder with only en-GB.txt",
      setUp: {
        try $0.pairFolder("s/good")
        try $0.file("s/half/en-GB.txt", english)
      },
      #"exec "$SVERKA" batch s --out o"#, status: 2,
      message: "s/half: not a pair folder (no ru-RU.txt)", oneLine: false,
      check: { run, scratch in
        (scratch.contents("o/s/good.tsv") == nil ? ["good pair not written"] : [])
          + (run.stderr.contains("0 of 1 pairs failed, 1 folder(s) with one edition skipped")
            ? [] : ["no summary"])
      }),
    HostileCase(
      "batch: a linked pair folder is followed", setUp: { try $0.pairFolder("real/p") },
      #"mkdir t && ln -s "$PWD/real/p" t/linked && exec "$SVERKA" batch t --out o"#,
      status: 0, message: "[1/1] t/linked: 2 links", oneLine: false,
      check: { _, scratch in scratch.contents("o/t/linked.tsv") == nil ? ["not written"] : [] }),
    HostileCase(
      "batch: a link cycle is reported once", setUp: { try $0.pairFolder("t/p") },
      #"ln -s .. t/p/up && exec "$SVERKA" batch t --out o"#, status: 0,
      message: "t/p/up: skipped, the same folder as t", oneLine: false),
    HostileCase(
      "batch: a FIFO named en-GB.txt does not stall",
      setUp: { try $0.file("u/p/ru-RU.txt", russian) },
      #"mkfifo u/p/en-GB.txt && exec "$SVERKA" batch u --out o"#, status: 2,
      message: "u/p/en-GB.txt: not a regular file (a FIFO)", oneLine: false),
    HostileCase(
      "batch: control characters in a folder name are escaped in progress",
      setUp: { try $0.pairFolder("v/a\u{1B}[2Jb") },
      #"exec "$SVERKA" batch v --out o"#, status: 0, message: "v/a\\u001b[2Jb: 2 links",
      oneLine: false),
  ]

  static let smaller: [HostileCase] = [
    HostileCase(
      "a file name with a newline", #"exec "$SVERKA" segment "$(printf 'a\nb.txt')""#,
      status: 2, message: "a\\u000ab.txt: no such file"),
    HostileCase(
      "a doubled UTF-8 BOM",
      setUp: {
        try $0.file("x.txt", [0xEF, 0xBB, 0xBF] + [0xEF, 0xBB, 0xBF] + Array(english.utf8))
      },
      #"exec "$SVERKA" segment x.txt"#, status: 0, message: nil,
      check: { run, _ in run.stdout == englishSentences ? [] : ["output: \(run.stdout)"] }),
    HostileCase(
      "map: an id of 1e400",
      setUp: { try $0.file("r.jsonl", "{\"id\": 1e400, \"en\": \"Text.\", \"ru\": \"Текст.\"}\n") },
      #"exec "$SVERKA" map < r.jsonl"#, status: 2,
      message: "<stdin>:1: not valid JSON: Number 1e400",
      check: { run, _ in
        run.stdout.hasPrefix("{\"id\":null,\"line\":1,\"error\":") ? [] : ["record: \(run.stdout)"]
      }),
    HostileCase(
      "ESC and BEL in TSV",
      setUp: {
        try $0.file(
          "en.txt", english.replacingOccurrences(of: "Minsk", with: "\u{1B}[1mMinsk\u{7}"))
        try $0.file("ru.txt", russian)
      },
      #"exec "$SVERKA" align en.txt ru.txt"#, status: 0, message: nil,
      check: { run, _ in
        noRawControls(run.stdout.replacingOccurrences(of: "\t", with: " "), "TSV")
          + (run.stdout.contains("\\u001b[1mMinsk\\u0007") ? [] : ["not escaped"])
      }),
    HostileCase(
      "ESC and BEL in segment output",
      setUp: {
        try $0.file(
          "en.txt", english.replacingOccurrences(of: "Minsk", with: "\u{1B}[1mMinsk\u{7}"))
      },
      #"exec "$SVERKA" segment en.txt"#, status: 0, message: nil,
      check: { run, _ in
        noRawControls(run.stdout, "segment output")
          + (run.stdout.contains("in \\u001b[1mMinsk\\u0007 on") ? [] : ["not escaped"])
      }),
    HostileCase(
      "--dictionary names the file given",
      setUp: {
        try $0.file("random.bin", (0..<512).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) })
      },
      #"exec "$SVERKA" align "$PAIR" --dictionary random.bin"#, status: 2,
      message: "random.bin: cannot read: not a dictd dictionary: no random.bin.index beside it"),
    HostileCase(
      "--encoding windows-1251 on UTF-8", setUp: { try $0.file("ru.txt", russian) },
      #"exec "$SVERKA" segment --encoding windows-1251 ru.txt"#, status: 2,
      message: "ru.txt: the bytes are valid UTF-8, not windows-1251"),
  ]

  static let passing: [HostileCase] = [
    HostileCase(
      "an empty file", setUp: { try $0.file("e.txt", []) }, #"exec "$SVERKA" segment e.txt"#,
      status: 2, message: "e.txt: the file is empty"),
    HostileCase(
      "a binary file", setUp: { try $0.file("b.txt", [0x41, 0x42, 0x00, 0x43]) },
      #"exec "$SVERKA" read b.txt"#, status: 2,
      message: "b.txt: not a text file (control byte at offset 2)"),
    HostileCase(
      "invalid UTF-8, with its offset",
      setUp: { try $0.file("bad.txt", Array("Abc".utf8) + [0xFF] + Array("def.".utf8)) },
      #"exec "$SVERKA" segment bad.txt"#, status: 2,
      message: "bad.txt: not valid UTF-8 at byte offset 3"),
    HostileCase(
      "a UTF-8 BOM", setUp: { try $0.file("x.txt", [0xEF, 0xBB, 0xBF] + Array(english.utf8)) },
      #"exec "$SVERKA" segment x.txt"#, status: 0, message: nil,
      check: { run, _ in run.stdout == englishSentences ? [] : ["output: \(run.stdout)"] }),
    HostileCase(
      "UTF-16LE with a BOM",
      setUp: {
        try $0.file(
          "x.txt", [0xFF, 0xFE] + english.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
      },
      #"exec "$SVERKA" segment x.txt"#, status: 0, message: nil,
      check: { run, _ in run.stdout == englishSentences ? [] : ["output: \(run.stdout)"] }),
    HostileCase(
      "CRLF and CR line ends",
      setUp: { try $0.file("x.txt", english + "\r\n\r\nSecond paragraph.\r\rThird.\r") },
      #"exec "$SVERKA" segment x.txt"#, status: 0, message: nil,
      check: { run, _ in
        run.stdout == englishSentences + "\nSecond paragraph.\n\nThird.\n"
          ? [] : ["output: \(run.stdout)"]
      }),
    HostileCase(
      "Russian given as English",
      setUp: {
        try $0.file("p/en-GB.txt", russian)
        try $0.file("p/ru-RU.txt", russian)
      },
      #"exec "$SVERKA" align p"#, status: 2, message: "p/en-GB.txt: expected"),
    HostileCase(
      "one language twice",
      setUp: {
        try $0.file("a.txt", english)
        try $0.file("b.txt", english)
      },
      #"exec "$SVERKA" align a.txt b.txt"#, status: 2, message: "a.txt and b.txt are both"),
    HostileCase(
      "a missing file", #"exec "$SVERKA" diff nope.txt nope2.txt"#, status: 2,
      message: "nope.txt: no such file"),
    HostileCase(
      "- twice", #"exec "$SVERKA" align - -"#, status: 2,
      message: "-: standard input can be read for one input only"),
    HostileCase(
      "an output that cannot be written", setUp: { try $0.file("x.txt", english) },
      #"exec "$SVERKA" segment x.txt -o no/such/folder/out.txt"#, status: 2,
      message: "no/such/folder/out.txt: cannot write"),
  ]

  static let all = dataLoss + limits + streams + batch + smaller + passing

  @Test(arguments: all)
  func answersClearly(_ hostile: HostileCase) throws {
    let scratch = try Scratch()
    defer { try? FileManager.default.removeItem(at: scratch.folder) }
    try hostile.setUp(scratch)
    let run = try scratch.run(hostile.script)
    #expect(!run.timedOut, "stalled")
    #expect(run.status == hostile.status, "stderr: \(run.stderr)")
    if let message = hostile.message {
      #expect(run.stderr.contains(message), "stderr: \(run.stderr)")
      let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false)
      if hostile.oneLine {
        #expect(lines.count == 2 && lines[0].hasPrefix("sverka: "), "stderr: \(run.stderr)")
      }
      #expect(lines.last == "", "stderr does not end with a line end")
    } else {
      #expect(run.stderr.isEmpty, "stderr: \(run.stderr)")
    }
    if hostile.status == 2 && hostile.oneLine && !hostile.script.contains("map") {
      #expect(run.stdout.isEmpty, "stdout: \(run.stdout)")
    }
    #expect(Self.noRawControls(run.stderr, "stderr").isEmpty)
    for problem in hostile.check(run, scratch) { Issue.record(Comment(rawValue: problem)) }
  }
}
