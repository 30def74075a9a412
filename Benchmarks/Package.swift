// swift-tools-version:6.1
import PackageDescription

// The performance suite, a separate package so the root builds without it.
// Run from this folder: swift package --allow-writing-to-package-directory benchmark
let package = Package(
    name: "DebriefBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Debrief", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    ],
    targets: [
        .executableTarget(
            name: "StoreBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "DebriefKit", package: "Debrief"),
                .product(name: "DebriefSQLite", package: "Debrief"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Benchmarks/StoreBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)

