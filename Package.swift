// swift-tools-version:6.0
import PackageDescription

// Brief has no package dependencies by design: Foundation, Dispatch and XCTest only, and the
// system's zlib (Word files are zip archives) through a system-library target.
let package = Package(
    name: "Brief",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "BriefKit", targets: ["BriefKit"]),
        .executable(name: "brief", targets: ["brief"]),
    ],
    targets: [
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        .target(name: "BriefKit", dependencies: ["CZlib"], path: "Sources/BriefKit"),
        .executableTarget(name: "brief", dependencies: ["BriefKit"], path: "Sources/brief"),
        .testTarget(
            name: "BriefKitTests",
            dependencies: ["BriefKit"],
            path: "Tests/BriefKitTests",
            exclude: ["Fixtures"]
        ),
    ]
)
