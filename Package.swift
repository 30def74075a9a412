// swift-tools-version:6.1
import Foundation
import PackageDescription

let package = Package(
    name: "Debrief",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "DebriefKit", targets: ["DebriefKit"]),
        .library(name: "DebriefTesting", targets: ["DebriefTesting"]),
        .library(name: "DebriefREPL", targets: ["DebriefREPL"]),
        .library(name: "DebriefReflection", targets: ["DebriefReflection"]),
        .library(name: "DebriefSTAR", targets: ["DebriefSTAR"]),
        .library(name: "DebriefSQLite", targets: ["DebriefSQLite"]),
        .library(name: "DebriefPostgres", targets: ["DebriefPostgres"]),
        .library(name: "DebriefYAML", targets: ["DebriefYAML"]),
        .library(name: "DebriefInsights", targets: ["DebriefInsights"]),
        .library(name: "DebriefReports", targets: ["DebriefReports"]),
        .executable(name: "debrief", targets: ["debrief"]),
    ],
    // PostgreSQL support is opt-in (`swift build --traits Postgres`), so the default build stays lean.
    traits: [
        .trait(name: "Postgres", description: "DebriefPostgres and `debrief --store postgresql://…`"),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        // Built only with the Postgres trait.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // The core: value types, protocols and the conversation engine. No I/O.
        .target(name: "DebriefKit"),
        // Test kit for plugin and store authors.
        .target(name: "DebriefTesting", dependencies: ["DebriefKit"]),
        // libedit, the line editor behind the REPL (shim.h wraps its variadic calls).
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        // The chat REPL as a library: line editors, rendering, slash commands, signals.
        .target(name: "DebriefREPL", dependencies: ["DebriefKit", "CEditLine"]),
        // The executable: argument parsing and wiring only.
        .executableTarget(name: "debrief", dependencies: [
            "DebriefKit", "DebriefREPL", "DebriefSQLite", "DebriefReflection", "DebriefSTAR", "DebriefYAML",
            "DebriefReports", "DebriefInsights",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .target(name: "DebriefPostgres", condition: .when(traits: ["Postgres"])),
        ]),

        // Built-in runtime plugins: each uses only DebriefKit's public API, never another plugin
        // (see Plugins/README.md; ArchitectureTests enforces it). Sources/debrief composes them.
        .target(name: "DebriefSTAR", dependencies: ["DebriefKit"], path: "Plugins/DebriefSTAR"),
        .target(name: "DebriefReflection", dependencies: ["DebriefKit"], path: "Plugins/DebriefReflection"),
        .target(name: "DebriefSQLite", dependencies: ["DebriefKit", .product(name: "GRDB", package: "GRDB.swift"),
                                                   .product(name: "GRDBSQLite", package: "GRDB.swift"),
                                                   .product(name: "Crypto", package: "swift-crypto"), .product(name: "_CryptoExtras", package: "swift-crypto")],
                path: "Plugins/DebriefSQLite"),
        // DebriefStore on PostgreSQL: its sources compile to nothing without the Postgres trait.
        .target(name: "DebriefPostgres", dependencies: [
            "DebriefKit", .product(name: "PostgresNIO", package: "postgres-nio", condition: .when(traits: ["Postgres"])),
        ], path: "Plugins/DebriefPostgres"),
        .target(name: "DebriefYAML", dependencies: ["DebriefKit", .product(name: "Yams", package: "Yams")], path: "Plugins/DebriefYAML"),
        // The built-in insight providers and the practice deck (spaced repetition).
        .target(name: "DebriefInsights", dependencies: ["DebriefKit"], path: "Plugins/DebriefInsights"),
        // Reporters (text, Markdown, JSON, HTML) and the feedback-request email.
        .target(name: "DebriefReports", dependencies: ["DebriefKit"], path: "Plugins/DebriefReports"),

        .testTarget(name: "DebriefKitTests", dependencies: ["DebriefKit", "DebriefTesting"]),
        // Reads the sources: no file under Plugins/ imports another built-in plugin.
        .testTarget(name: "ArchitectureTests"),
        .testTarget(name: "DebriefREPLTests", dependencies: ["DebriefREPL", "DebriefKit", "DebriefTesting"]),
        .testTarget(name: "DebriefSTARTests", dependencies: ["DebriefSTAR", "DebriefKit", "DebriefTesting"]),
        .testTarget(name: "DebriefReflectionTests", dependencies: ["DebriefReflection", "DebriefSTAR", "DebriefKit", "DebriefTesting"]),
        .testTarget(name: "DebriefSQLiteTests", dependencies: [
            "DebriefSQLite", "DebriefKit", "DebriefTesting", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "DebriefYAMLTests", dependencies: ["DebriefYAML", "DebriefTesting"]),
        .testTarget(name: "DebriefInsightsTests", dependencies: ["DebriefInsights", "DebriefKit", "DebriefTesting"]),
        .testTarget(name: "DebriefReportsTests", dependencies: ["DebriefReports", "DebriefInsights", "DebriefKit", "DebriefTesting"],
                    exclude: ["Golden"]),
        .testTarget(name: "DebriefPostgresTests", dependencies: ["DebriefPostgres", "DebriefKit", "DebriefTesting"]),
        // Drives the built `debrief` binary: in a pseudo-terminal, over pipes, and its storage commands.
        // Faults/ holds the fault suite (`make faults`): it seeds its fuzzer with DebriefTesting and
        // builds hostile stores with GRDB.
        .testTarget(name: "EndToEndTests", dependencies: [
            "DebriefKit", "DebriefSQLite", "DebriefREPL", "DebriefTesting", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(contentsOf: [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("MemberImportVisibility"),
        .enableUpcomingFeature("InternalImportsByDefault"),
    ])
    target.swiftSettings = settings
}

// The DocC plugin only when documentation is built (`make docs` sets DEBRIEF_DOCS=1), so an app
// that depends on Debrief doesn't resolve it (GRDB's SPI_BUILDER pattern).
if ProcessInfo.processInfo.environment["DEBRIEF_DOCS"] == "1" {
    package.dependencies.append(.package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"))
}
