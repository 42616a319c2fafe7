// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Rapport",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "rapport", targets: ["rapport"]),
        .executable(name: "rapport-bench", targets: ["rapport-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
        .target(name: "RapportModel"),
        .target(
            name: "RapportStore",
            dependencies: ["RapportModel", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "RapportInterop",
            dependencies: [
                "RapportModel",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(name: "RapportUI", dependencies: ["RapportModel"]),
        .target(name: "RapportCurses", dependencies: ["RapportModel", "RapportUI", "CNcurses"]),
        // The theme files live at the top of the tree (Themes/) and are compiled into the binary:
        // no bundle to find at start (Foundation's Bundle lookup was ≈ 2 ms of the first frame),
        // nothing to copy beside an installed binary.
        .target(
            name: "RapportThemes",
            path: "Themes",
            resources: [.embedInCode("default.toml"), .embedInCode("light.toml"), .embedInCode("dark.toml"),
                        .embedInCode("high-contrast.toml"), .embedInCode("monochrome.toml")]
        ),
        // Commands and wiring live in a library so tests can run whole commands in process.
        .target(
            name: "RapportCLI",
            dependencies: [
                "RapportModel", "RapportStore", "RapportInterop", "RapportUI", "RapportCurses", "RapportThemes",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .executableTarget(
            name: "rapport", dependencies: ["RapportCLI", "RapportModel", "CMalloc"],
            // A release binary is not position-independent: the loader then has no 113,000
            // relocations to apply (and pages to copy) before main, ≈ 2 ms of every start.
            linkerSettings: [.unsafeFlags(["-Xclang-linker", "-no-pie"], .when(configuration: .release))]
        ),
        .executableTarget(
            name: "rapport-bench",
            dependencies: ["RapportModel", "RapportStore", "RapportUI", "RapportInterop"]
        ),
        .testTarget(name: "RapportModelTests", dependencies: ["RapportModel"]),
        .testTarget(name: "RapportStoreTests", dependencies: ["RapportStore", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "RapportUITests", dependencies: ["RapportUI", "RapportModel"], exclude: ["__Snapshots__"]),
        .testTarget(name: "RapportCursesTests", dependencies: ["RapportCurses", "RapportUI"]),
        .testTarget(name: "RapportCLITests", dependencies: ["RapportCLI", "RapportStore", "RapportUI", .product(name: "GRDB", package: "GRDB.swift")], exclude: ["__Snapshots__"]),
        .testTarget(name: "RapportEndToEndTests", dependencies: []),
        // Fixtures/ holds files as Procore, Autodesk Build and Fieldwire write them; tests read them by path.
        .testTarget(
            name: "RapportInteropTests",
            dependencies: ["RapportInterop", "RapportModel", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures"]
        ),
    ]
)
