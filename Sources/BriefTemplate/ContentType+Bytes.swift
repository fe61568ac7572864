/// Escaping straight into an output byte buffer: runs that need no escape are copied whole,
/// and only the few ASCII characters acted on are looked at one by one. Every character
/// acted on is ASCII, and the bytes of other characters (all ≥ 0x80) are never split.
extension ContentType {
    func escape(_ text: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        switch self {
        case .none: out.append(contentsOf: text)
        case .html: Self.escapeHTML(text, into: &out)
        case .markdown: Self.escapeMarkdown(text, into: &out)
        }
    }

    /// `& " ' < >`: bits of the bytes below 64.
    private static let htmlSpecial: UInt64 = 1 << 0x26 | 1 << 0x22 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E

    static func escapeHTML(_ text: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var run = 0
        for i in 0..<text.count {
            let b = text[i]
            guard b < 64, htmlSpecial & (1 << UInt64(b)) != 0 else { continue }  // one compare for the bytes of Chinese text
            out.append(contentsOf: UnsafeBufferPointer(rebasing: text[run..<i]))
            switch b {
            case 0x26: out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])          // &amp;
            case 0x3C: out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])                // &lt;
            case 0x3E: out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])                // &gt;
            case 0x22: out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])    // &quot;
            default: out.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])            // &#39;
            }
            run = i + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: text[run...]))
    }

    /// Bytes escaped anywhere in Markdown: \r \n \t \ ` * _ [ ] | ! ~ { } ( ) < > &, as
    /// bits of two 64-bit words (bytes below 64, bytes 64 to 127).
    private static let markdownLow: UInt64 = 1 << 0x0D | 1 << 0x0A | 1 << 0x09 | 1 << 0x2A | 1 << 0x21
        | 1 << 0x28 | 1 << 0x29 | 1 << 0x3C | 1 << 0x3E | 1 << 0x26
    private static let markdownHigh: UInt64 = 1 << (0x5C - 64) | 1 << (0x60 - 64) | 1 << (0x5F - 64) | 1 << (0x5B - 64)
        | 1 << (0x5D - 64) | 1 << (0x7C - 64) | 1 << (0x7E - 64) | 1 << (0x7B - 64) | 1 << (0x7D - 64)

    /// The same set as a table indexed by byte: one load per byte in the hot loop.
    private static let markdownSpecial: [Bool] = (0..<256).map { isMarkdownSpecial(UInt8($0)) }

    @inline(__always)
    private static func isMarkdownSpecial(_ b: UInt8) -> Bool {
        b < 64 ? markdownLow & (1 << UInt64(b)) != 0 : b < 128 && markdownHigh & (1 << UInt64(b - 64)) != 0
    }

    /// The rules of `escapeMarkdown(_:)`. `#`, `-`, `+`, `=`, `>` and `1.` act differently
    /// before the first character that is not a space, so that part goes byte by byte; the
    /// rest copies runs between the bytes that are always escaped. A sign before a digit
    /// (`+31 项`, `-3.5%`) opens no list and is left as written.
    static func escapeMarkdown(_ text: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var i = 0
        func isDigit(_ k: Int) -> Bool { k < text.count && text[k] >= 0x30 && text[k] <= 0x39 }
        while i < text.count {
            let b = text[i]
            i += 1
            if b == 0x20 { out.append(b); continue }
            if b == 0x0D { continue }
            switch b {
            case 0x2D where isDigit(i), 0x2B where isDigit(i): out.append(b)
            case 0x23, 0x2D, 0x2B, 0x3D: out.append(0x5C); out.append(b)          // # - + = open a block
            case 0x3E: out.append(contentsOf: [0x5C, 0x26, 0x67, 0x74, 0x3B])      // \&gt; would quote
            case 0x30...0x39:
                // 2023. at the start opens an ordered list: the point is escaped.
                out.append(b)
                var k = i
                while isDigit(k), k - i < 8 { k += 1 }
                if k < text.count, text[k] == 0x2E, k + 1 == text.count || text[k + 1] == 0x20 || text[k + 1] == 0x09 {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: text[i..<k]))
                    out.append(0x5C); out.append(0x2E)
                    i = k + 1
                }
            default: escapeMarkdownByte(b, into: &out)
            }
            break
        }
        var run = i
        markdownSpecial.withUnsafeBufferPointer { special in
            while i < text.count {
                let b = text[i]
                if special[Int(b)] {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: text[run..<i]))
                    escapeMarkdownByte(b, into: &out)
                    run = i + 1
                }
                i += 1
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: text[run...]))
    }

    @inline(__always)
    private static func escapeMarkdownByte(_ b: UInt8, into out: inout [UInt8]) {
        switch b {
        case 0x0D: break                                                           // \r goes
        case 0x0A, 0x09: out.append(0x20)                                          // a line break or tab: a space
        case 0x3C: out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])                // &lt;
        case 0x3E: out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])                // &gt;
        case 0x26: out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])          // &amp;
        case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x7C, 0x21, 0x7E, 0x7B, 0x7D, 0x28, 0x29:
            out.append(0x5C); out.append(b)
        default: out.append(b)
        }
    }
}
