// `sverka-dev`: the development aids kept out of the product (segmenter timings, ICU's bare
// boundaries, the aligner's score evidence, the pairer's candidates) for the scripts in tools/.

import ArgumentParser

/// The development aids' root command; not a product of the package, built beside `sverka`.
@main
struct SverkaDev: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sverka-dev",
    abstract: "Development aids for Sverka's benchmarks and fitting scripts in tools/.",
    subcommands: [SegmentAid.self, EvidenceAid.self, CandidatesAid.self]
  )
}
