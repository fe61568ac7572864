/// A tag name split at dots once, at parse time: `a.b.c` → ["a","b","c"]; `.` → [].
struct TemplateName: Sendable {
    /// One dotted part: the key as a String (for hashing) and as bytes (for comparing).
    struct Part: Sendable {
        var key: String
        var bytes: [UInt8]
        /// Not ASCII, so looked up by comparing bytes rather than by hash.
        var scan: Bool
    }

    var parts: [Part]

    init(_ text: String) {
        parts = Self.split(text).map { s in
            let bytes = Array(s.utf8)
            return Part(key: s, bytes: bytes, scan: bytes.contains { $0 >= 0x80 })
        }
    }

    var text: String { parts.map(\.key).joined(separator: ".") }

    /// Split by byte at each `.`. A `.` followed by a combining mark is not a "." Character,
    /// so a name with one is split by Character, as the specification's reference does.
    private static func split(_ text: String) -> [String] {
        if text == "." { return [] }
        var bytes = text
        return bytes.withUTF8 { buf -> [String] in
            var parts: [String] = []
            var start = 0
            for i in 0..<buf.count where buf[i] == UInt8(ascii: ".") {
                if i + 1 < buf.count && buf[i + 1] >= 0x80 && Self.extendsCharacter(buf, at: i + 1) {
                    return text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                }
                parts.append(String(decoding: UnsafeBufferPointer(rebasing: buf[start..<i]), as: UTF8.self))
                start = i + 1
            }
            if parts.isEmpty { return [text] }
            parts.append(String(decoding: UnsafeBufferPointer(rebasing: buf[start...]), as: UTF8.self))
            return parts
        }
    }

    /// Whether the scalar at `i` joins the Character before it (a mark, ZWJ, a modifier).
    private static func extendsCharacter(_ buf: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        // CJK ideographs (lead bytes E4–E9: U+4000–U+9FFF), the usual case here, never do.
        if (0xE4...0xE9).contains(buf[i]) { return false }
        var decoder = UTF8()
        var iterator = buf[i...].makeIterator()
        guard case let .scalarValue(s) = decoder.decode(&iterator) else { return false }
        return s.properties.isGraphemeExtend || s.properties.generalCategory == .spacingMark || s.value == 0x200D
    }
}
