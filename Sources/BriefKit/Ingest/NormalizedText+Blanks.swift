import Foundation

/// The blanks the normalizer closes after the text is folded and joined: inside a number
/// (1, 351 → 1,351) and between a number and its word (共有 17 项 → 共有17项). Each pass
/// collects the gaps and cuts them once, keeping the origin map in step.
extension Normalizer {
    /// Removes the space after a comma inside a number when a 3-digit group follows:
    /// "1, 351, 459" → "1,351,459". Other spaces stay: they may separate table cells.
    static func closeNumberSpaces(_ out: inout [UInt8], _ origin: inout OriginMap) {
        // Most texts have few ASCII commas (Chinese writes ，): memchr from one to the next,
        // and copy only if there are gaps.
        var gaps: [Range<Int>] = []
        out.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return }
            var i = 1
            while i + 4 < b.count, let hit = memchr(base + i, Int32(UInt8(ascii: ",")), b.count - 4 - i) {
                i = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                if isDigit(b[i - 1]) {
                    var j = i + 1
                    while j < b.count, b[j] == 0x20 || b[j] == 0x0A { j += 1 }
                    if j > i + 1, j + 3 <= b.count, isDigit(b[j]), isDigit(b[j + 1]), isDigit(b[j + 2]),
                       j + 3 == b.count || !isDigit(b[j + 3]) {
                        gaps.append((i + 1)..<j)
                    }
                }
                i += 1
            }
        }
        removeGaps(gaps, &out, &origin)
    }

    /// A year a scan's OCR letter-spaced (`2 0 2 5 年`): four digits with one blank between
    /// each, a year of 19xx or 20xx on its own; read as 2025 (the blank before 年 is closed
    /// after, as any number's). A count so spaced (`1 2 3 4`) is left alone: it may be four.
    static func closeSpacedYears(_ out: inout [UInt8], _ origin: inout OriginMap) {
        var gaps: [Range<Int>] = []
        out.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress, b.count >= 8 else { return }
            var i = 1
            while i + 6 <= b.count, let hit = memchr(base + i, 0x20, b.count - 5 - i) {
                i = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                defer { i += 1 }
                guard b[i - 1] == 0x31 || b[i - 1] == 0x32, isDigit(b[i + 1]), b[i + 2] == 0x20, isDigit(b[i + 3]), b[i + 4] == 0x20, isDigit(b[i + 5]),
                      i + 6 == b.count || !isDigit(b[i + 6]) && b[i + 6] != 0x2E,
                      i < 2 || !isDigit(b[i - 2]) && b[i - 2] != 0x2C && b[i - 2] != 0x2E else { continue }
                let century = (b[i - 1], b[i + 1])
                guard century == (0x31, 0x39) || century == (0x32, 0x30) else { continue }
                gaps.append(i..<(i + 1))
                gaps.append((i + 2)..<(i + 3))
                gaps.append((i + 4)..<(i + 5))
                i += 5
            }
        }
        removeGaps(gaps, &out, &origin)
    }

    /// The single blank a PDF of a Word file sets between a number and a Chinese word
    /// ("全区共有 17 项成果获 2024 年度…", "增长 6.2%"): the rules read 共有17项, as the text
    /// means it. Only one blank between a digit (or %) and a CJK ideograph, either way round,
    /// and not on a table's row (a line with a tab), where blanks part cells.
    static func closeWordSpaces(_ out: inout [UInt8], _ origin: inout OriginMap) {
        var gaps: [Range<Int>] = []
        out.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress, b.count >= 5 else { return }
            // U+4E00…U+9FFF lead with E4…E9 and take three bytes.
            func ideographEnds(at k: Int) -> Bool { k >= 2 && b[k - 2] >= 0xE4 && b[k - 2] <= 0xE9 && b[k - 1] & 0xC0 == 0x80 && b[k] & 0xC0 == 0x80 }
            func ideographStarts(at k: Int) -> Bool { k + 2 < b.count && b[k] >= 0xE4 && b[k] <= 0xE9 && b[k + 1] & 0xC0 == 0x80 && b[k + 2] & 0xC0 == 0x80 }
            var i = 3
            // The line of the last candidate, found once per line: a text of one huge line
            // with many candidates must not be walked back to its start for each.
            var checkedLine = (start: 0, end: -1, hasTab: false)
            while i + 3 < b.count, let hit = memchr(base + i, 0x20, b.count - 3 - i) {
                i = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                defer { i += 1 }
                guard b[i - 1] != 0x20, b[i + 1] != 0x20 else { continue }
                let before = b[i - 1], after = b[i + 1]
                // After a number only before its measure (17 项, 2024 年度, 12 万人次): "85.05 大幅度上升"
                // keeps its blank, as 85.05大 would read as N大 (两大产业).
                let numberThenWord = (isDigit(before) || before == 0x25) && ideographStarts(at: i + 1)
                    && measureWordStarts.contains(decodeScalar(b, at: i + 1).0)
                let wordThenNumber = ideographEnds(at: i - 1) && isDigit(after)
                guard numberThenWord || wordThenNumber else { continue }
                if i >= checkedLine.end {
                    var start = i
                    while start > checkedLine.end + 1, b[start - 1] != 0x0A { start -= 1 }
                    var end = i
                    while end < b.count, b[end] != 0x0A { end += 1 }
                    checkedLine = (start, end, memchr(base + start, 0x09, end - start) != nil)
                }
                if !checkedLine.hasTab { gaps.append(i..<(i + 1)) }
            }
        }
        removeGaps(gaps, &out, &origin)
    }

    /// Cuts the byte ranges `gaps` (in order) out of the text and its origin map, copying once.
    static func removeGaps(_ gaps: [Range<Int>], _ out: inout [UInt8], _ origin: inout OriginMap) {
        guard !gaps.isEmpty else { return }
        var o2: [UInt8] = []
        o2.reserveCapacity(out.count)
        var kept = 0
        for g in gaps {
            o2.append(contentsOf: out[kept..<g.lowerBound])
            kept = g.upperBound
        }
        o2.append(contentsOf: out[kept...])
        out = o2
        origin = origin.removing(gaps)
    }
}
