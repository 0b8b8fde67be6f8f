// swift-tools-version: 6.1
import PackageDescription

/// Every target builds in Swift 6 mode with the upcoming features Hummingbird uses.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

// Layers, dependencies pointing one way:
//   DuidingCore ← DuidingResources ← DuidingText, DuidingReader, DuidingTime, DuidingKnowledge ─┐
//   CMemoryHints ← DuidingLearning ← DuidingSyntax, DuidingEntities (← DuidingKnowledge) ──┴─ DuidingPipeline ← DuidingEvaluation ← duiding
//   DuidingCore ← DuidingStore (GRDB/SQLite) ← DuidingServer (Hummingbird) ← duiding
let package = Package(
    name: "Duiding",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "duiding", targets: ["duiding"]),
        .library(name: "DuidingPipeline", targets: ["DuidingPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // Value types of the analysis and their serialisations (JSON, CoNLL-U). No I/O.
        .target(name: "DuidingCore", swiftSettings: strictSettings),
        // Language data and trained models shipped with the engine, and the loader of their line format.
        .target(
            name: "DuidingResources",
            dependencies: ["DuidingCore"],
            path: "Resources",
            exclude: ["README.md"],
            sources: ["Loader"],
            resources: [.copy("nl"), .copy("en"), .copy("common"), .copy("knowledge"), .copy("models")],
            swiftSettings: strictSettings
        ),
        // Tokenizer, sentence splitter, language identification.
        .target(name: "DuidingText", dependencies: ["DuidingCore", "DuidingResources"], swiftSettings: strictSettings),
        // Language-neutral learning: averaged perceptron, feature hashing, model files.
        .target(name: "DuidingLearning", dependencies: ["CMemoryHints"], swiftSettings: strictSettings),
        // Memory hints (a cache prefetch) the Swift standard library does not expose, for the perceptron's scoring.
        .target(name: "CMemoryHints"),
        // Tagger (UPOS, XPOS, FEATS); later the lemmatizer and the parser.
        .target(name: "DuidingSyntax", dependencies: ["DuidingCore", "DuidingLearning"], swiftSettings: strictSettings),
        // Named entities (later: linking and coreference).
        .target(name: "DuidingEntities", dependencies: ["DuidingCore", "DuidingLearning"], swiftSettings: strictSettings),
        // Knowledge base (entities, roles over time, countries), entity linking and in-document coreference.
        .target(
            name: "DuidingKnowledge", dependencies: ["DuidingCore", "DuidingResources", "DuidingEntities"], swiftSettings: strictSettings
        ),
        // Quotes with their speakers, and claims with their numbers: read from the parse and the linked entities.
        .target(name: "DuidingStatements", dependencies: ["DuidingCore", "DuidingResources"], swiftSettings: strictSettings),
        // Political events: the CAMEO/PLOVER codebook (later: event patterns and the coder).
        .target(name: "DuidingEvents", dependencies: ["DuidingCore", "DuidingResources", "DuidingStatements"], swiftSettings: strictSettings),
        // Article reader for pasted text: blocks and metadata.
        .target(name: "DuidingReader", dependencies: ["DuidingCore", "DuidingResources"], swiftSettings: strictSettings),
        .target(name: "DuidingTime", dependencies: ["DuidingCore", "DuidingResources"], swiftSettings: strictSettings),
        // Components in order, checked when built; turns input into an Analysis.
        .target(
            name: "DuidingPipeline",
            dependencies: [
                "DuidingCore", "DuidingResources", "DuidingText", "DuidingReader", "DuidingSyntax", "DuidingEntities", "DuidingTime",
                "DuidingKnowledge", "DuidingStatements", "DuidingEvents",
            ],
            swiftSettings: strictSettings
        ),
        // Metrics against gold files (CoNLL 2018 alignment) and throughput benchmarks.
        .target(
            name: "DuidingEvaluation",
            dependencies: ["DuidingCore", "DuidingText", "DuidingPipeline"],
            swiftSettings: strictSettings
        ),
        // Articles and their analyses: the `Store` protocol and its SQLite backend (GRDB, FTS5).
        .target(
            name: "DuidingStore",
            dependencies: ["DuidingCore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings
        ),
        // The HTTP server: JSON API under /api/v1. The only layer that imports Hummingbird.
        .target(
            name: "DuidingServer",
            dependencies: [
                "DuidingCore", "DuidingPipeline", "DuidingStore", "DuidingKnowledge",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            resources: [.copy("Resources/openapi.json"), .copy("Resources/style.css")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "duiding",
            dependencies: [
                "DuidingCore", "DuidingResources", "DuidingText", "DuidingReader", "DuidingPipeline", "DuidingEvaluation",
                "DuidingLearning", "DuidingSyntax", "DuidingEntities", "DuidingEvents", "DuidingStore", "DuidingServer", "DuidingKnowledge",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "DuidingCoreTests", dependencies: ["DuidingCore"], swiftSettings: strictSettings),
        .testTarget(
            name: "DuidingTextTests",
            dependencies: ["DuidingCore", "DuidingResources", "DuidingText"],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "DuidingTimeTests", dependencies: ["DuidingTime", "DuidingCore", "DuidingResources"], swiftSettings: strictSettings),
        .testTarget(
            name: "DuidingKnowledgeTests", dependencies: ["DuidingKnowledge", "DuidingCore", "DuidingResources"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "DuidingStatementsTests", dependencies: ["DuidingStatements", "DuidingCore", "DuidingResources"],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "DuidingEventsTests", dependencies: ["DuidingEvents", "DuidingResources", "DuidingCore"], swiftSettings: strictSettings),
        .testTarget(name: "DuidingLearningTests", dependencies: ["DuidingLearning"], swiftSettings: strictSettings),
        .testTarget(name: "DuidingEntitiesTests", dependencies: ["DuidingEntities", "DuidingLearning"], swiftSettings: strictSettings),
        .testTarget(name: "DuidingSyntaxTests", dependencies: ["DuidingSyntax", "DuidingLearning"], swiftSettings: strictSettings),
        .testTarget(
            name: "DuidingReaderTests",
            dependencies: ["DuidingCore", "DuidingResources", "DuidingReader"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "DuidingServerTests",
            dependencies: [
                "DuidingServer", "DuidingStore", "DuidingPipeline", "DuidingCore",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "DuidingCLITests",
            dependencies: [
                "duiding", "DuidingCore", "DuidingStore", "DuidingKnowledge", "DuidingResources", "DuidingPipeline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "DuidingStoreTests",
            dependencies: ["DuidingCore", "DuidingStore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "DuidingPipelineTests",
            dependencies: [
                "DuidingCore", "DuidingResources", "DuidingText", "DuidingReader", "DuidingPipeline", "DuidingEvaluation",
                "DuidingEntities", "DuidingKnowledge", "DuidingEvents", "DuidingSyntax",
            ],
            exclude: ["Golden"],
            swiftSettings: strictSettings
        ),
    ]
)
