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
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    .package(url: "https://github.com/apple/swift-algorithms", from: "1.2.0"),
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
      name: "SverkaCore",
      dependencies: [
        "CSverkaICU",
        "CStemmer",
        .product(name: "Collections", package: "swift-collections"),
        .product(name: "Algorithms", package: "swift-algorithms"),
      ],
      resources: [
        .embedInCode("Align/Resources/lexicon-en-ru.tsv"),
        .embedInCode("Segment/Resources/abbreviations-en.txt"),
        .embedInCode("Segment/Resources/abbreviations-ru.txt"),
        .embedInCode("Segment/Resources/prefixes-en.txt"),
        .embedInCode("Segment/Resources/prefixes-ru.txt"),
        .embedInCode("Segment/Resources/list-ends-en.txt"),
        .embedInCode("Segment/Resources/list-ends-ru.txt"),
        .embedInCode("Segment/Resources/names-en.txt"),
        .embedInCode("Segment/Resources/names-ru.txt"),
        .embedInCode("Segment/Resources/function-words-en.txt"),
        .embedInCode("Segment/Resources/function-words-ru.txt"),
        .embedInCode("Segment/Resources/lowercase-starts-en.txt"),
        .embedInCode("Segment/Resources/lowercase-starts-ru.txt"),
      ]
    ),
    .executableTarget(
      name: "sverka",
      dependencies: [
        "SverkaCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "SverkaCoreTests",
      dependencies: ["SverkaCore"],
      resources: [.copy("Resources")]
    ),
    .testTarget(
      name: "SverkaCLITests",
      dependencies: ["sverka"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
