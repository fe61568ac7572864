// swift-tools-version:6.0
import PackageDescription

// Benchmarks live apart from the library and its tests; run with
//   swift run -c release --package-path Benchmarks template-bench
let package = Package(
    name: "BriefBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Brief", path: "..")],
    targets: [
        .executableTarget(name: "template-bench", dependencies: [.product(name: "BriefKit", package: "Brief")],
                          path: "Sources/TemplateBench"),
    ]
)
