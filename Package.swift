// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Debrief",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "DebriefKit", targets: ["DebriefKit"]),
        .library(name: "DebriefTesting", targets: ["DebriefTesting"]),
        .executable(name: "debrief", targets: ["debrief"]),
        .library(name: "DebriefInsights", targets: ["DebriefInsights"]),
        .library(name: "DebriefReports", targets: ["DebriefReports"]),
    ],
    dependencies: [],
    targets: [
        // The core: value types, protocols and the conversation engine. No I/O.
        .target(name: "DebriefKit"),
        // Test kit for plugin and store authors.
        .target(name: "DebriefTesting", dependencies: ["DebriefKit"]),
        // The executable: argument parsing and wiring only.
        .executableTarget(name: "debrief", dependencies: ["DebriefKit"]),

        .testTarget(name: "DebriefKitTests", dependencies: ["DebriefKit", "DebriefTesting"]),

        // Patterns across debriefs, plans and the practice deck (spaced repetition).
        .target(name: "DebriefInsights", dependencies: ["DebriefKit"], path: "Plugins/DebriefInsights"),
        // Reporters (text, Markdown, JSON, HTML) and the feedback-request email.
        .target(name: "DebriefReports", dependencies: ["DebriefKit", "DebriefInsights"], path: "Plugins/DebriefReports"),
        .testTarget(name: "DebriefInsightsTests", dependencies: ["DebriefInsights", "DebriefKit", "DebriefTesting"]),
        .testTarget(name: "DebriefReportsTests", dependencies: ["DebriefReports", "DebriefInsights", "DebriefKit", "DebriefTesting"],
                    exclude: ["Golden"]),
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
