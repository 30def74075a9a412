// swift-tools-version:6.1
import PackageDescription

// The performance suite, a separate package so benchmarks never slow the main build.
// Storage (ordo-one/benchmark): swift package --allow-writing-to-package-directory benchmark
// Whole commands on generated stores: python3 Commands/commands.py (see its header)
// Results, with the baselines each is measured against: ../Documentation/Performance.md
let package = Package(
    name: "DebriefBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Debrief", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    ],
    targets: [
        // The seeded corpus and the generated stores every benchmark reads.
        .target(name: "BenchmarkCorpus", dependencies: [
            .product(name: "DebriefKit", package: "Debrief"),
            .product(name: "DebriefSQLite", package: "Debrief"),
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // make-store N: generates the store the whole-command benchmark (Commands/commands.py) times.
        .executableTarget(name: "make-store", dependencies: ["BenchmarkCorpus"], path: "Sources/MakeStore"),
        .executableTarget(
            name: "StoreBenchmarks",
            dependencies: [
                "BenchmarkCorpus",
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
