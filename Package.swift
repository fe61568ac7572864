// swift-tools-version:6.0
import PackageDescription

// Brief has no package dependencies by design: Foundation, Dispatch and XCTest only.
let package = Package(
    name: "Brief",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "BriefKit", targets: ["BriefKit"]),
        .executable(name: "brief", targets: ["brief"]),
    ],
    targets: [
        .target(name: "BriefKit", path: "Sources/BriefKit"),
        .executableTarget(name: "brief", dependencies: ["BriefKit"], path: "Sources/brief"),
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
