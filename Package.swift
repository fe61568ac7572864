// swift-tools-version:6.0
import PackageDescription

// Brief has no package dependencies by design: Foundation, Dispatch and XCTest only, and the
// system's zlib (Word files are zip archives) through a system-library target.
let package = Package(
    name: "Brief",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "BriefKit", targets: ["BriefKit"]),
        .library(name: "BriefTemplate", targets: ["BriefTemplate"]),
        .executable(name: "brief", targets: ["brief"]),
    ],
    targets: [
        // The Mustache engine stands alone: it knows nothing of documents or of BriefKit.
        .target(name: "BriefTemplate", path: "Sources/BriefTemplate"),
        // The system's zlib, for the deflate streams of Word files.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        .target(name: "BriefKit", dependencies: ["BriefTemplate", "CZlib"], path: "Sources/BriefKit"),
        .executableTarget(name: "brief", dependencies: ["BriefKit"], path: "Sources/brief"),
        .testTarget(
            name: "BriefTemplateTests",
            dependencies: ["BriefTemplate"],
            path: "Tests/BriefTemplateTests",
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "BriefKitTests",
            dependencies: ["BriefKit"],
            path: "Tests/BriefKitTests",
            exclude: ["Fixtures"]
        ),
        // Generated inputs through the public API only; Scripts/fuzz.sh runs it at scale.
        .testTarget(name: "BriefFuzzTests", dependencies: ["BriefKit"], path: "Tests/BriefFuzzTests"),
    ]
)
