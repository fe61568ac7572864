import Foundation
import XCTest

/// 10⁴ generated inputs in `swift test`; `Scripts/fuzz.sh` runs millions the same way in a
/// release build. BRIEF_FUZZ_CASES, BRIEF_FUZZ_SEED and BRIEF_FUZZ_FROM choose the cases.
final class FuzzHarnessTests: XCTestCase {
    func testGeneratedInputsNeitherCrashNorHang() throws {
        let env = ProcessInfo.processInfo.environment
        let cases = env["BRIEF_FUZZ_CASES"].flatMap(Int.init) ?? 10_000
        let seed = env["BRIEF_FUZZ_SEED"].flatMap(UInt64.init) ?? 20_261_201
        let from = env["BRIEF_FUZZ_FROM"].flatMap(Int.init) ?? 0
        // Seconds one case may take: generous for a debug build on a shared machine.
        let bound = env["BRIEF_FUZZ_BOUND"].flatMap(Double.init) ?? 10
        let harness = try FuzzHarness(seed: seed, bound: bound)
        let report = harness.run(from: from, count: cases) { r in
            print("brief-fuzz: \(r.cases) cases, \(r.failures.count) failures, peak \(Int(FuzzHarness.peakResidentMB())) MB")
        }
        let families = FuzzHarness.Family.allCases.map { "\($0.rawValue) \(report.byFamily[$0] ?? 0)" }.joined(separator: ", ")
        print("""
        brief-fuzz: seed \(seed), cases \(from)..<\(from + cases): \(report.cases) run (\(families)); \
        \(report.refused) refused with a Brief error, \(report.facts) facts checked, \(report.failures.count) failures; \
        \(String(format: "%.1f", report.seconds)) s, slowest \(String(format: "%.3f", report.slowest.seconds)) s (\(report.slowest.label)), \
        peak resident \(Int(report.peakResidentMB)) MB
        """)
        XCTAssertEqual(report.cases, cases)
        XCTAssertEqual(report.failures, [], "replay one with: Scripts/fuzz.sh --seed \(seed) --from N --cases 1")
        XCTAssertLessThan(report.peakResidentMB, 2048, "memory grows with the cases")
    }
}
