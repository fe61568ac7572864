/// Names and attributes of a scanned tag, read from the document's bytes.
extension XMLTag {
    /// The name without its prefix: `p` for `w:p`.
    func localName(in bytes: [UInt8]) -> ArraySlice<UInt8> { XMLName.local(bytes[name]) }

    /// The prefix of the name (`w` for `w:p`), empty when there is none.
    func prefix(in bytes: [UInt8]) -> ArraySlice<UInt8> { XMLName.prefix(bytes[name]) }

    /// The decoded value of the first attribute whose local name is `local` (`val` finds
    /// `w:val`), or nil.
    func attribute(_ local: String, in bytes: [UInt8]) -> String? {
        var found: String? = nil
        forEachAttribute(in: bytes) { name, value in
            guard XMLName.local(bytes[name]).elementsEqual(local.utf8) else { return true }
            var out: [UInt8] = []
            CharacterReferences.decode(bytes, value, into: &out)
            found = String(decoding: out, as: UTF8.self)
            return false
        }
        return found
    }

    /// Calls `body` with each attribute's qualified name and raw value (without quotes)
    /// until it returns false.
    func forEachAttribute(in bytes: [UInt8], _ body: (Range<Int>, Range<Int>) -> Bool) {
        var p = attributes.lowerBound
        let end = attributes.upperBound
        while p < end {
            while p < end, isSpace(bytes[p]) { p += 1 }
            let nameStart = p
            while p < end, !isSpace(bytes[p]), bytes[p] != UInt8(ascii: "=") { p += 1 }
            let name = nameStart..<p
            while p < end, isSpace(bytes[p]) { p += 1 }
            guard p < end, bytes[p] == UInt8(ascii: "=") else { if name.isEmpty { return } else { continue } }
            p += 1
            while p < end, isSpace(bytes[p]) { p += 1 }
            guard p < end, bytes[p] == UInt8(ascii: "\"") || bytes[p] == UInt8(ascii: "'") else { return }
            let quote = bytes[p]
            let valueStart = p + 1
            guard let close = bytes[valueStart..<end].firstIndex(of: quote) else { return }
            p = close + 1
            if !name.isEmpty, !body(name, valueStart..<close) { return }
        }
    }

    private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }
}

/// Qualified XML names split at their colon.
enum XMLName {
    static func local(_ name: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard let colon = name.firstIndex(of: UInt8(ascii: ":")) else { return name }
        return name[(colon + 1)...]
    }

    static func prefix(_ name: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard let colon = name.firstIndex(of: UInt8(ascii: ":")) else { return name[name.startIndex..<name.startIndex] }
        return name[..<colon]
    }
}
