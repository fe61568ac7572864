import Foundation

/// A pull scanner over the bytes of an XML document: start and end tags, text and CDATA,
/// with comments and processing instructions skipped. It never resolves entities beyond
/// the five predefined ones and character references, and it refuses a DOCTYPE: an
/// external entity could read a file or the network, and internal ones can expand without
/// bound (no Office part has a DOCTYPE).
///
///     var scanner = XMLScanner(bytes)
///     while let token = try scanner.next() { … }
struct XMLScanner {
    enum Token {
        case start(XMLTag)
        /// An end tag's qualified name.
        case end(Range<Int>)
        /// Text with entities still encoded (`XMLText.decode`).
        case text(Range<Int>)
        /// CDATA content, taken as it is.
        case cdata(Range<Int>)
    }

    enum Failure: Error, Equatable {
        /// A DOCTYPE declaring an entity that names an outside resource (SYSTEM or PUBLIC).
        case externalEntity(offset: Int)
        /// Any other DOCTYPE.
        case doctype(offset: Int)
        /// Unterminated markup.
        case malformed(String, offset: Int)
    }

    let bytes: [UInt8]
    private(set) var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func next() throws(Failure) -> Token? {
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                let start = position
                position = find(UInt8(ascii: "<"), from: position) ?? bytes.count
                return .text(start..<position)
            }
            let open = position
            guard open + 1 < bytes.count else { throw .malformed("markup cut short", offset: open) }
            switch bytes[open + 1] {
            case UInt8(ascii: "/"):
                let nameStart = open + 2
                guard let close = find(UInt8(ascii: ">"), from: nameStart) else { throw .malformed("end tag cut short", offset: open) }
                var nameEnd = nameStart
                while nameEnd < close, !isSpace(bytes[nameEnd]) { nameEnd += 1 }
                position = close + 1
                return .end(nameStart..<nameEnd)
            case UInt8(ascii: "?"):
                guard let end = find("?>", from: open + 2) else { throw .malformed("processing instruction cut short", offset: open) }
                position = end + 2
            case UInt8(ascii: "!"):
                if starts(with: "<!--", at: open) {
                    guard let end = find("-->", from: open + 4) else { throw .malformed("comment cut short", offset: open) }
                    position = end + 3
                } else if starts(with: "<![CDATA[", at: open) {
                    guard let end = find("]]>", from: open + 9) else { throw .malformed("CDATA section cut short", offset: open) }
                    position = end + 3
                    return .cdata((open + 9)..<end)
                } else if starts(with: "<!DOCTYPE", at: open) {
                    throw doctype(at: open)
                } else {
                    throw .malformed("unknown markup declaration", offset: open)
                }
            default:
                return .start(try tag(at: open))
            }
        }
        return nil
    }

    /// A start tag: its name, the bytes of its attributes, and whether it closes itself.
    private mutating func tag(at open: Int) throws(Failure) -> XMLTag {
        var p = open + 1
        while p < bytes.count, !isSpace(bytes[p]), bytes[p] != UInt8(ascii: ">"), bytes[p] != UInt8(ascii: "/") { p += 1 }
        let name = (open + 1)..<p
        let attributesStart = p
        var quote: UInt8 = 0
        while p < bytes.count {
            let b = bytes[p]
            if quote != 0 { if b == quote { quote = 0 } }
            else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") { quote = b }
            else if b == UInt8(ascii: ">") { break }
            p += 1
        }
        guard p < bytes.count else { throw .malformed("start tag cut short", offset: open) }
        let selfClosing = p > attributesStart && bytes[p - 1] == UInt8(ascii: "/")
        position = p + 1
        return XMLTag(name: name, attributes: attributesStart..<(selfClosing ? p - 1 : p), selfClosing: selfClosing)
    }

    /// Tells a DOCTYPE that reaches outside (an external subset or an external entity:
    /// SYSTEM or PUBLIC anywhere in it) from any other, for the error message.
    private func doctype(at open: Int) -> Failure {
        // The declaration ends at the first '>' after its internal subset, if it has one.
        var end = find(UInt8(ascii: ">"), from: open) ?? bytes.count
        if let bracket = find(UInt8(ascii: "["), from: open), bracket < end {
            end = find(UInt8(ascii: "]"), from: bracket).flatMap { find(UInt8(ascii: ">"), from: $0) } ?? bytes.count
        }
        let declaration = bytes[open..<end]
        if contains(declaration, "SYSTEM") || contains(declaration, "PUBLIC") { return .externalEntity(offset: open) }
        return .doctype(offset: open)
    }

    // MARK: byte helpers

    private func find(_ b: UInt8, from: Int) -> Int? {
        guard from < bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress, let hit = memchr(base + from, Int32(b), buffer.count - from) else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        }
    }

    private func find(_ s: StaticString, from: Int) -> Int? {
        let needle = UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount)
        guard let first = needle.first else { return from }
        var p = from
        while let hit = find(first, from: p) {
            if hit + needle.count <= bytes.count, bytes[hit..<(hit + needle.count)].elementsEqual(needle) { return hit }
            p = hit + 1
        }
        return nil
    }

    private func starts(with s: StaticString, at p: Int) -> Bool {
        let needle = UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount)
        return p + needle.count <= bytes.count && bytes[p..<(p + needle.count)].elementsEqual(needle)
    }

    private func contains(_ slice: ArraySlice<UInt8>, _ s: StaticString) -> Bool {
        let needle = Array(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
        guard slice.count >= needle.count else { return false }
        var i = slice.startIndex
        while i + needle.count <= slice.endIndex {
            if slice[i] == needle[0], slice[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }
}

/// A start tag as byte ranges into the scanned document.
struct XMLTag {
    /// The qualified name (`w:p`).
    var name: Range<Int>
    /// The bytes between the name and `>` (or `/>`).
    var attributes: Range<Int>
    var selfClosing: Bool
}
