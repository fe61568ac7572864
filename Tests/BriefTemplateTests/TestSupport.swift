import BriefTemplate
import Foundation

/// The fixtures beside this file, found from its location so tests run from any folder.
enum TemplatePaths {
    static let testsDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let fixtures = testsDir.appendingPathComponent("Fixtures")

    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("brief-template-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}

/// A seeded generator, so random cases can be repeated exactly.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// One file of the Mustache specification.
struct SpecFile: Decodable {
    struct Test: Decodable {
        var name: String
        var data: SpecJSON
        var template: String
        var expected: String
        var partials: [String: String]?
    }
    var tests: [Test]
}

/// The specification's JSON data. Numbers keep their text as JSON wrote it where it is an
/// integer; decimals go through Double, as the specification's own harnesses read them.
enum SpecJSON: Decodable {
    case null, bool(Bool), number(String), string(String), array([SpecJSON]), object([String: SpecJSON])

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int.self) { self = .number(String(i)) }
        else if let d = try? c.decode(Double.self) { self = .number(NumberFormatting.plain(d)) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([SpecJSON].self) { self = .array(a) }
        else { self = .object(try c.decode([String: SpecJSON].self)) }
    }
}
