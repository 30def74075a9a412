// swift-tools-version:6.1
import PackageDescription

// The performance suite: a separate package so benchmarks never slow the main build.
// Run in release mode: `swift run -c release insights-benchmark 10000 100000`.
let package = Package(
    name: "DebriefBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Debrief", path: "..")],
    targets: [
        .executableTarget(name: "insights-benchmark", dependencies: [
            .product(name: "DebriefKit", package: "Debrief"),
            .product(name: "DebriefInsights", package: "Debrief"),
            .product(name: "DebriefReports", package: "Debrief"),
        ], path: "Sources/InsightsBenchmark"),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets {
    var settings = target.swiftSettings ?? []
    settings.append(contentsOf: [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("MemberImportVisibility"),
        .enableUpcomingFeature("InternalImportsByDefault"),
    ])
    target.swiftSettings = settings
}
