extension String {
    /// `self == word` for a word of plain text (below), as word lists are: equal bytes, and
    /// String's own test only when this string has a scalar outside plain text. `==` on
    /// unequal non-ASCII strings normalises both, which cost more than the rule comparing a
    /// table cell with its labels.
    func isSameText(asPlainWord word: String) -> Bool {
        assert(word.isPlainText, "\(word) is not plain text")
        if hasSameBytes(as: word) { return true }
        // Plain text is in NFC: two plain strings are equal only byte for byte.
        return !isPlainText && self == word
    }

    /// Only scalars that are in NFC next to any other and have no combining class: ASCII,
    /// U+0080–02FF, U+2010–20CF, U+3000–9FFF but for its combining marks (U+302A–302F,
    /// U+3099–309A), and U+FF00–FFEF. Such text is in NFC, so `==` on it compares bytes.
    var isPlainText: Bool {
        var copy = self
        return copy.withUTF8 { b in
            var i = 0
            while i < b.count {
                let lead = b[i]
                if lead < 0x80 { i += 1; continue }
                if lead >= 0xC2 && lead <= 0xCB { i += 2; continue }   // U+0080–02FF
                guard lead >= 0xE2, lead <= 0xEF, i + 2 < b.count else { return false }
                let v = UInt32(lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                switch v {
                case 0x2010...0x20CF, 0xFF00...0xFFEF: break
                case 0x3000...0x9FFF where !(0x302A...0x302F).contains(v) && v != 0x3099 && v != 0x309A: break
                default: return false
                }
                i += 3
            }
            return true
        }
    }
}
