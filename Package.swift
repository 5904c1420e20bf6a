// swift-tools-version: 6.0
// Sverka: collate the English and Russian editions of official statements.
import PackageDescription

let package = Package(
  name: "Sverka",
  products: [
    .library(name: "SverkaCore", targets: ["SverkaCore"]),
    .executable(name: "sverka", targets: ["sverka"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .systemLibrary(
      name: "CICU",
      pkgConfig: "icu-i18n",
      providers: [.apt(["libicu-dev"])]
    ),
    .systemLibrary(
      name: "CStemmer",
      providers: [.apt(["libstemmer-dev"])]
    ),
    .target(
      name: "CSverkaICU",
      dependencies: ["CICU"]
    ),
    .target(
      name: "SverkaText",
      dependencies: ["CSverkaICU", "CStemmer"],
      resources: [
        .embedInCode("Resources/months.tsv"),
        .embedInCode("Resources/acronyms.tsv"),
        .embedInCode("Resources/lexicon-en-ru.tsv"),
        .embedInCode("Resources/translated-names-en-ru.tsv"),
        .embedInCode("Resources/abbreviations-en.txt"),
        .embedInCode("Resources/abbreviations-ru.txt"),
        .embedInCode("Resources/prefixes-en.txt"),
        .embedInCode("Resources/prefixes-ru.txt"),
        .embedInCode("Resources/list-ends-en.txt"),
        .embedInCode("Resources/list-ends-ru.txt"),
        .embedInCode("Resources/names-en.txt"),
        .embedInCode("Resources/names-ru.txt"),
        .embedInCode("Resources/function-words-en.txt"),
        .embedInCode("Resources/function-words-ru.txt"),
        .embedInCode("Resources/lowercase-starts-en.txt"),
        .embedInCode("Resources/lowercase-starts-ru.txt"),
        .embedInCode("Resources/negations-en.txt"),
        .embedInCode("Resources/negations-ru.txt"),
        .embedInCode("Resources/weekdays.tsv"),
        .embedInCode("Resources/number-words.tsv"),
        .embedInCode("Resources/number-scales.tsv"),
        .embedInCode("Resources/hour-words.tsv"),
        .embedInCode("Resources/measure-units.tsv"),
        .embedInCode("Resources/adjective-endings-ru.txt"),
        .embedInCode("Resources/place-adjective-endings-en.txt"),
      ]
    ),
    .target(
      name: "SverkaModel",
      dependencies: ["SverkaText"]
    ),
    .target(
      name: "SverkaRead",
      dependencies: ["SverkaText", "SverkaModel"]
    ),
    .target(
      name: "SverkaAlign",
      dependencies: ["SverkaText", "SverkaModel", "SverkaRead"]
    ),
    .target(
      name: "SverkaDiff",
      dependencies: ["SverkaText", "SverkaModel"]
    ),
    .target(
      name: "SverkaCheck",
      dependencies: ["SverkaText", "SverkaModel", "SverkaRead", "SverkaAlign", "SverkaDiff"]
    ),
    .target(
      name: "SverkaExport",
      dependencies: ["SverkaText", "SverkaModel", "SverkaRead", "SverkaDiff"]
    ),
    .target(
      name: "SverkaPair",
      dependencies: ["SverkaText", "SverkaModel", "SverkaRead", "SverkaAlign", "SverkaExport"]
    ),
    .target(
      name: "SverkaCore",
      dependencies: [
        "SverkaText",
        "SverkaModel",
        "SverkaRead",
        "SverkaAlign",
        "SverkaDiff",
        "SverkaCheck",
        "SverkaExport",
        "SverkaPair",
      ]
    ),
    .executableTarget(
      name: "sverka",
      dependencies: [
        "SverkaCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "sverka-dev",
      dependencies: [
        "SverkaModel",
        "SverkaRead",
        "SverkaAlign",
        "SverkaExport",
        "SverkaPair",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .target(
      name: "SverkaTestSupport",
      dependencies: ["SverkaRead"],
      path: "Tests/SverkaTestSupport"
    ),
    .testTarget(
      name: "SverkaTextTests",
      dependencies: ["SverkaText"]
    ),
    .testTarget(
      name: "SverkaReadTests",
      dependencies: ["SverkaText", "SverkaModel", "SverkaRead", "SverkaTestSupport"],
      resources: [.copy("Resources")]
    ),
    .testTarget(
      name: "SverkaAlignTests",
      dependencies: [
        "SverkaModel",
        "SverkaRead",
        "SverkaAlign",
        "SverkaCheck",
        "SverkaExport",
        "SverkaTestSupport",
      ]
    ),
    .testTarget(
      name: "SverkaDiffTests",
      dependencies: [
        "SverkaText",
        "SverkaModel",
        "SverkaRead",
        "SverkaDiff",
        "SverkaExport",
        "SverkaTestSupport",
      ]
    ),
    .testTarget(
      name: "SverkaCheckTests",
      dependencies: [
        "SverkaModel",
        "SverkaRead",
        "SverkaAlign",
        "SverkaDiff",
        "SverkaCheck",
        "SverkaExport",
        "SverkaTestSupport",
      ],
      resources: [.copy("Resources")]
    ),
    .testTarget(
      name: "SverkaExportTests",
      dependencies: [
        "SverkaModel",
        "SverkaRead",
        "SverkaAlign",
        "SverkaExport",
        "SverkaTestSupport",
      ]
    ),
    .testTarget(
      name: "SverkaPairTests",
      dependencies: ["SverkaModel", "SverkaRead", "SverkaPair", "SverkaTestSupport"],
      exclude: ["Decoys"]
    ),
    .testTarget(
      name: "SverkaCLITests",
      dependencies: ["sverka", "sverka-dev"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
