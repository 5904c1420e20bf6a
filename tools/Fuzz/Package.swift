// swift-tools-version: 6.0
// Sverka's libFuzzer targets: a package of its own, so that `swift build` and `swift test` at
// the root never build them. tools/fuzz.sh builds them with `-sanitize=fuzzer,address`.
import PackageDescription

/// One fuzz target: a file with `LLVMFuzzerTestOneInput` and no `main`, which libFuzzer brings.
func fuzzTarget(_ name: String) -> Target {
  .executableTarget(
    name: name,
    dependencies: ["FuzzSupport"],
    swiftSettings: [.unsafeFlags(["-parse-as-library"])]
  )
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
