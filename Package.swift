// swift-tools-version:6.0
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Nastavnik",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "nastavnik", targets: ["nastavnik"])
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        // Named for the direct UUID conversion (Persistence/SQL/SQLiteUUID.swift); in the graph under the driver.
        .package(url: "https://github.com/vapor/sqlite-nio.git", from: "1.13.2"),
        // Named for the Persistence target, which uses Fluent's and SQLKit's core without Vapor.
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/leaf.git", from: "4.5.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        // The SMTP client (Sources/Mail) is written on SwiftNIO and NIOSSL, already in the graph under Vapor.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        // The /metrics page in the Prometheus text format.
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        // Tests only: the pages' and the API's snapshots (its SnapshotTesting library builds without swift-syntax).
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing.git", from: "1.19.7"),
        // Tests only: property-based tests of matching, with shrinking to the smallest failing bases.
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
    ],
    targets: [
        .target(
            name: "MentoringCore",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Matching",
            dependencies: ["MentoringCore"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Documents",
            dependencies: [
                "MentoringCore",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Mail",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "MailTestSupport",
            path: "Tests/MailTestSupport",
            exclude: ["smtp_sink.py"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "MailTests",
            dependencies: [
                "Mail", "MailTestSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Persistence",
            dependencies: [
                "MentoringCore",
                "Matching",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQL", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        // A C call SQLite's settings need (see its header); linked against the SQLite that SQLiteNIO bundles.
        .target(name: "SQLitePlanning", dependencies: [.product(name: "SQLiteNIO", package: "sqlite-nio")]),
        .target(
            name: "App",
            dependencies: [
                "MentoringCore",
                "Mail",
                "Matching",
                "Documents",
                "Persistence",
                "SQLitePlanning",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Leaf", package: "leaf"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "nastavnik",
            dependencies: ["App"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "MentoringCoreTests",
            dependencies: ["MentoringCore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "MatchingTests",
            dependencies: [
                "Matching", "MentoringCore", .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DocumentsTests",
            dependencies: ["Documents", "MentoringCore"],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "RoadmapImportBenchmark",
            dependencies: ["Documents", "MentoringCore"],
            path: "Benchmarks/RoadmapImport",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "PeopleImportBenchmark",
            dependencies: ["Documents", "MentoringCore"],
            path: "Benchmarks/PeopleImport",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "matching-bench",
            dependencies: ["Matching"],
            path: "Benchmarks/MatchingBench",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "BenchmarkTiming",
            path: "Benchmarks/Timing",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "mentorship-bench",
            dependencies: [
                "App", "BenchmarkTiming", "MentoringCore", .product(name: "Fluent", package: "fluent"),
                .product(name: "Vapor", package: "vapor"),
            ],
            path: "Benchmarks/MentorshipBench",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "region-bench",
            dependencies: [
                "App", "BenchmarkTiming", "Documents", "MentoringCore", .product(name: "Fluent", package: "fluent"),
                .product(name: "Vapor", package: "vapor"),
            ],
            path: "Benchmarks/RegionBench",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "AppTests",
            dependencies: [
                "App",
                "Documents",
                "Mail",
                "MailTestSupport",
                "Matching",
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                "MentoringCore",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Surface/__Snapshots__"],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
