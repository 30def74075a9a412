// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Debrief",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "DebriefKit", targets: ["DebriefKit"]),
        .library(name: "DebriefTesting", targets: ["DebriefTesting"]),
        .library(name: "DebriefSQLite", targets: ["DebriefSQLite"]),
        .library(name: "DebriefREPL", targets: ["DebriefREPL"]),
        .executable(name: "debrief", targets: ["debrief"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
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
            "DebriefKit", "DebriefREPL", "DebriefSQLite",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // The embedded default store: SQLite through GRDB, with export and import.
        .target(name: "DebriefSQLite", dependencies: ["DebriefKit", .product(name: "GRDB", package: "GRDB.swift")],
                path: "Plugins/DebriefSQLite"),

        .testTarget(name: "DebriefKitTests", dependencies: ["DebriefKit", "DebriefTesting"]),
        .testTarget(name: "DebriefSQLiteTests", dependencies: [
            "DebriefSQLite", "DebriefKit", "DebriefTesting", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "DebriefREPLTests", dependencies: ["DebriefREPL", "DebriefKit", "DebriefTesting"]),
        // Drives the built `debrief` binary: in a pseudo-terminal, over pipes, and its storage commands.
        .testTarget(name: "EndToEndTests", dependencies: ["DebriefKit", "DebriefSQLite", "DebriefREPL"]),
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
