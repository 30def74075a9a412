// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Debrief",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "DebriefKit", targets: ["DebriefKit"]),
        .library(name: "DebriefTesting", targets: ["DebriefTesting"]),
        .library(name: "DebriefYAML", targets: ["DebriefYAML"]),
        .library(name: "DebriefReflection", targets: ["DebriefReflection"]),
        .library(name: "DebriefSTAR", targets: ["DebriefSTAR"]),
        .executable(name: "debrief", targets: ["debrief"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", exact: "1.5.0"),
    ],
    targets: [
        // The core: value types, protocols and the conversation engine. No I/O.
        .target(name: "DebriefKit"),
        // Test kit for plugin and store authors.
        .target(name: "DebriefTesting", dependencies: ["DebriefKit"]),
        // The executable: argument parsing and wiring only.
        .executableTarget(name: "debrief", dependencies: ["DebriefKit"]),

        // Built-in runtime plugins: only DebriefKit's public API (see Plugins/README.md).
        .target(name: "DebriefYAML", dependencies: ["DebriefKit", .product(name: "Yams", package: "Yams")], path: "Plugins/DebriefYAML"),

        .testTarget(name: "DebriefYAMLTests", dependencies: ["DebriefYAML", "DebriefTesting"]),
        .target(name: "DebriefSTAR", dependencies: ["DebriefKit"], path: "Plugins/DebriefSTAR"),
        .target(name: "DebriefReflection", dependencies: ["DebriefKit", "DebriefSTAR"], path: "Plugins/DebriefReflection"),

        .testTarget(name: "DebriefKitTests", dependencies: ["DebriefKit", "DebriefTesting"]),
        .testTarget(name: "DebriefSTARTests", dependencies: ["DebriefSTAR", "DebriefKit", "DebriefTesting"]),
        .testTarget(name: "DebriefReflectionTests", dependencies: ["DebriefReflection", "DebriefSTAR", "DebriefKit", "DebriefTesting"]),
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
