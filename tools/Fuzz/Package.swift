// swift-tools-version: 6.0
// Sverka's libFuzzer targets: a package of its own, so that `swift build` and `swift test` at
// the root never build them. tools/fuzz.sh builds them with `-sanitize=fuzzer,address`.
import PackageDescription

/// One fuzz target: a `main.swift` that hands its test function to libFuzzer's driver.
func fuzzTarget(_ name: String) -> Target {
  // lld: gold fails on these links with an internal error in its DWARF reader.
  .executableTarget(
    name: name, dependencies: ["FuzzSupport"], linkerSettings: [.unsafeFlags(["-use-ld=lld"])])
}

let package = Package(
  name: "SverkaFuzz",
  dependencies: [.package(name: "Sverka", path: "../..")],
  targets: [
    .target(
      name: "FuzzSupport",
      dependencies: [.product(name: "SverkaCore", package: "Sverka")]
    ),
    fuzzTarget("FuzzReader"),
    fuzzTarget("FuzzSegmenter"),
    fuzzTarget("FuzzAligner"),
    fuzzTarget("FuzzRevisionDiff"),
    fuzzTarget("FuzzTranslationCheck"),
    fuzzTarget("FuzzMapRecord"),
    fuzzTarget("FuzzDictd"),
  ],
  swiftLanguageModes: [.v6]
)
