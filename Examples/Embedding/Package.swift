// swift-tools-version:6.1
import Foundation
import PackageDescription

// Depends on the Debrief package two folders up. A path dependency is named after its
// folder, so read that name rather than assume the clone is called "debrief".
let debrief = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "Embedding",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: "../.."),
    ],
    targets: [
        // The embedding itself: a debrief driven by a list of answers, no terminal.
        .target(name: "EmbeddedCoach", dependencies: [
            .product(name: "DebriefKit", package: debrief),
            .product(name: "DebriefReflection", package: debrief),
            .product(name: "DebriefSTAR", package: debrief),
            .product(name: "DebriefReports", package: debrief),
        ]),
        // `embedding answers.json [--format markdown|text]`
        .executableTarget(name: "embedding", dependencies: ["EmbeddedCoach"]),
        .testTarget(name: "EmbeddedCoachTests", dependencies: ["EmbeddedCoach"]),
    ],
    swiftLanguageModes: [.v6]
)
