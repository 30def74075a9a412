// swift-tools-version:6.1
import Foundation
import PackageDescription

// Depends on the Debrief package two folders up. A path dependency is named after its
// folder, so read that name rather than assume the clone is called "debrief".
let debrief = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "CustomPlugin",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "TechnicalInterview", targets: ["TechnicalInterview"]),
    ],
    dependencies: [
        .package(path: "../.."),
    ],
    targets: [
        .target(name: "TechnicalInterview", dependencies: [
            .product(name: "DebriefKit", package: debrief),
        ]),
        // The chapter as its own chat REPL, through DebriefREPL.
        .executableTarget(name: "technical-debrief", dependencies: [
            "TechnicalInterview",
            .product(name: "DebriefREPL", package: debrief),
            .product(name: "DebriefSQLite", package: debrief),
        ]),
        // The plugin next to the built-in ones, composed as the `debrief` host composes them.
        .testTarget(name: "TechnicalInterviewTests", dependencies: [
            "TechnicalInterview",
            .product(name: "DebriefTesting", package: debrief),
            .product(name: "DebriefReports", package: debrief),
            .product(name: "DebriefInsights", package: debrief),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
