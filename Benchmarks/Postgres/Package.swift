// swift-tools-version:6.1
import PackageDescription

// PostgreSQL against SQLite on the same work, from a second process (Documentation/Performance.md,
// "PostgreSQL"). A package of its own so the Postgres trait stays out of the other benchmarks:
//   cd Benchmarks/Postgres && swift build -c release --product postgres-bench
//   DEBRIEF_TEST_POSTGRES_FSYNC=on ../../.ci/with-postgres .build/release/postgres-bench
// Sources/BenchmarkCorpus links to the storage benchmarks' corpus, so both measure the same debriefs.
let package = Package(
    name: "DebriefPostgresBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Debrief", path: "../..", traits: ["Postgres"]),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    ],
    targets: [
        .target(name: "BenchmarkCorpus", dependencies: [
            .product(name: "DebriefKit", package: "Debrief"),
            .product(name: "DebriefSQLite", package: "Debrief"),
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .executableTarget(name: "postgres-bench", dependencies: [
            "BenchmarkCorpus",
            .product(name: "DebriefKit", package: "Debrief"),
            .product(name: "DebriefSQLite", package: "Debrief"),
            .product(name: "DebriefPostgres", package: "Debrief"),
            .product(name: "DebriefInsights", package: "Debrief"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
