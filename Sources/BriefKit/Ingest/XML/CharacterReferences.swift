/// Decodes `&name;`, `&#20013;` and `&#x4E00;` in XML and HTML text, byte by byte: text
/// without `&` is copied in one piece.
enum CharacterReferences {
    /// The five names XML predefines.
    static func xmlName(_ name: ArraySlice<UInt8>) -> Unicode.Scalar? {
        switch String(decoding: name, as: UTF8.self) {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default: return nil
        }
    }

    /// Appends `bytes[range]` to `out` with references decoded.
    /// - Parameters:
    ///   - named: the scalars a name stands for (`xmlName`, or the HTML table).
    ///   - lenient: HTML's habit: a name may lack its `;` (`&nbsp` as in `&nbsp中`),
    ///     tried from the longest known prefix.
    ///   An unknown or malformed reference is kept as written.
    static func decode(_ bytes: [UInt8], _ range: Range<Int>, into out: inout [UInt8],
                       named: (ArraySlice<UInt8>) -> [Unicode.Scalar]? = { xmlName($0).map { [$0] } },
                       lenient: Bool = false) {
        var p = range.lowerBound
        let end = range.upperBound
        while p < end {
            guard let amp = bytes[p..<end].firstIndex(of: UInt8(ascii: "&")) else {
                out.append(contentsOf: bytes[p..<end])
                return
            }
            out.append(contentsOf: bytes[p..<amp])
            let (scalars, next) = reference(bytes, at: amp, end: end, named: named, lenient: lenient)
            if let scalars {
                for s in scalars { appendUTF8(s, to: &out) }
                p = next
            } else {
                out.append(UInt8(ascii: "&"))
                p = amp + 1
            }
        }
    }

    /// The reference at `amp`, and where the text after it starts; nil when there is none.
    private static func reference(_ bytes: [UInt8], at amp: Int, end: Int, named: (ArraySlice<UInt8>) -> [Unicode.Scalar]?,
                                  lenient: Bool) -> ([Unicode.Scalar]?, Int) {
        var p = amp + 1
        // Names and numbers are short: look at most 32 bytes ahead for the ';'.
        let limit = min(end, amp + 34)
        if p < limit, bytes[p] == UInt8(ascii: "#") {
            p += 1
            var hex = false
            if p < limit, bytes[p] == UInt8(ascii: "x") || bytes[p] == UInt8(ascii: "X") { hex = true; p += 1 }
            var value: UInt32 = 0
            let digitsStart = p
            while p < limit, let d = digit(bytes[p], hex: hex), value <= 0x10FFFF {
                value = value * (hex ? 16 : 10) + d
                p += 1
            }
            guard p > digitsStart else { return (nil, amp + 1) }
            if p < end, bytes[p] == UInt8(ascii: ";") { p += 1 } else if !lenient { return (nil, amp + 1) }
            // NUL, surrogates and values past Unicode stand for the replacement character.
            let scalar = value == 0 ? nil : Unicode.Scalar(value)
            return ([scalar ?? "\u{FFFD}"], p)
        }
        let nameStart = p
        while p < limit, isNameByte(bytes[p]) { p += 1 }
        guard p > nameStart else { return (nil, amp + 1) }
        if p < end, bytes[p] == UInt8(ascii: ";"), let s = named(bytes[nameStart..<p]) { return (s, p + 1) }
        guard lenient else { return (nil, amp + 1) }
        // "&nbsp中", "&copy2024": the longest name that is known, without its ';'.
        var q = p
        while q > nameStart {
            if let s = named(bytes[nameStart..<q]) { return (s, q) }
            q -= 1
        }
        return (nil, amp + 1)
    }

    private static func digit(_ b: UInt8, hex: Bool) -> UInt32? {
        switch b {
        case 0x30...0x39: return UInt32(b - 0x30)
        case 0x41...0x46 where hex: return UInt32(b - 0x41 + 10)
        case 0x61...0x66 where hex: return UInt32(b - 0x61 + 10)
        default: return nil
        }
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    static func appendUTF8(_ s: Unicode.Scalar, to out: inout [UInt8]) {
        UTF8.encode(s) { out.append($0) }
    }
}
