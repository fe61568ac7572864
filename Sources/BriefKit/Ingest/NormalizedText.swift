import Foundation

/// A document's text prepared for matching, with a map back to the original.
///
/// Normalisation folds full-width forms to ASCII, drops page-footer lines
/// ("上海计算机软件技术开发中心 第 2 页"), joins lines a PDF broke mid-sentence and closes
/// the spaces inside split numbers ("1, 351, 459, 890" → "1,351,459,890"). Every byte of the
/// result records the UTF-8 offset of the original byte it came from, so a match in the
/// normalised text is reported at its place in the file.
public struct NormalizedText: Sendable {
    /// The normalised text as UTF-8.
    public let bytes: [UInt8]
    /// For each normalised byte, the offset of the original byte it stands for.
    let origin: OriginMap
    /// The original text as UTF-8.
    public let original: [UInt8]
    /// The original as the string it came from, while small (see `keptTextLimit`): a quote
    /// cut from it is copied without checking its UTF-8 again, as decoding bytes must.
    var originalText: String? = nil
    public var originalLength: Int { original.count }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The original byte range behind a normalised range.
    public func originalRange(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let o = range.lowerBound < origin.count ? Int(origin[range.lowerBound]) : originalLength
            return o..<o
        }
        let start = Int(origin[range.lowerBound])
        var end = Int(origin[range.upperBound - 1]) + 1
        // A folded character (％ → %) stands for a whole multi-byte scalar: take all of it.
        while end < original.count, original[end] & 0xC0 == 0x80 { end += 1 }
        return start..<end
    }
}

public enum Normalizer {
    /// Takes the text: once it is copied to bytes the string is released, so a large
    /// document is not held twice while its normalised copy is built.
    /// `joinsWrappedLines`: false for text whose lines are blocks already (a web page, a Word
    /// file, a feed's article), where a long line is no PDF line wrapped mid-sentence.
    /// `dropsEmphasis`: `**` is Markdown's bold mark, no text (see `TextContext.dropsEmphasis`).
    /// `keepsParagraphs`: a blank line ends a paragraph (Markdown): no sentence runs over it.
    public static func normalize(_ text: consuming String, joinsWrappedLines: Bool = true, dropsEmphasis: Bool = false,
                                 keepsParagraphs: Bool = false) -> NormalizedText {
        let original = Array(text.utf8)
        guard original.count <= keptTextLimit else {
            _ = consume text
            return normalize(bytes: original, joinsWrappedLines: joinsWrappedLines, dropsEmphasis: dropsEmphasis, keepsParagraphs: keepsParagraphs)
        }
        var normalized = normalize(bytes: original, joinsWrappedLines: joinsWrappedLines, dropsEmphasis: dropsEmphasis, keepsParagraphs: keepsParagraphs)
        normalized.originalText = consume text
        return normalized
    }

    /// Texts up to this size keep their string beside their bytes (for quotes); a larger
    /// one is held once. The same size as the windows of a streamed document.
    static let keptTextLimit = 8 << 20

    /// Normalises valid UTF-8 (a window of a streamed document is not made a string first).
    static func normalize(bytes original: [UInt8], joinsWrappedLines: Bool = true, dropsEmphasis: Bool = false,
                          keepsParagraphs: Bool = false, startsDocument: Bool = true) -> NormalizedText {
        let lines = LineIndex(bytes: original)
        var out: [UInt8] = []
        // 32-bit offsets: the ingestor refuses files over 4 GB.
        var origin = OriginMap()
        out.reserveCapacity(original.count)
        origin.reserveCapacity(original.count / 32)

        var lineNo = 1
        // Newlines held back until we know whether to join; emptied keeping its storage, as a
        // document's blank lines would otherwise allocate it again each time.
        var pendingBreak: [(UInt8, UInt32)] = []
        var previousLineJoinable = false
        var previousEndsInQuantity = false
        // A PDF's text without form feeds: a page number (`— 3 —`) and the running title
        // after it cut a sentence in two; the title repeats the document's first lines.
        var head: [UInt8] = [], headLines = 0
        var afterPageNumber = false
        var spaced = SpacedColumns()
        while lineNo <= lines.lineStarts.count {
            let range = lines.range(ofLine: lineNo)
            let newlineOffset = range.upperBound
            defer { lineNo += 1 }
            var lineBytes = original[range]
            let shape = LineShape(lineBytes)
            if isPageFooter(shape) { continue }
            if shape.isShort, isDashedPageNumber(shape.trimmed) { afterPageNumber = true; continue }
            let isBlank = lineBytes.allSatisfy { $0 == 0x20 || $0 == 0x09 }
            if isBlank {
                if newlineOffset < original.count { pendingBreak.append((0x0A, UInt32(newlineOffset))) }
                continue
            }
            if afterPageNumber {
                afterPageNumber = false
                if isRunningTitle(shape.trimmed, head: head) { continue }
            }
            if headLines < 6 {
                // Appended in place: filter grew a new array a doubling at a time for each line.
                head.reserveCapacity(head.count + shape.trimmed.count)
                for b in shape.trimmed where b != 0x20 { head.append(b) }
                headLines += 1
            }
            if !pendingBreak.isEmpty || out.last == 0x0A {
                // A PDF line break inside a sentence: the previous line ran to full width
                // without closing punctuation, and this one does not start a new item.
                // (A measure opening the next line goes on the number, unless that line is a
                // row of a spaced table: `本年收入合计   1,229.40` after a row ending `154.88`.)
                // (A Markdown paragraph ends at a blank line: `> 2026年1月15日…审议通过` is no
                // sentence the paragraph after it goes on.)
                let acrossParagraphs = keepsParagraphs && !pendingBreak.isEmpty
                if (joinsWrappedLines && previousLineJoinable && !acrossParagraphs && !startsNewItem(shape) && !standsAlone(shape)) || (previousEndsInQuantity && startsWithMeasure(shape) && !hasColumnGap(shape)) {
                    pendingBreak.removeAll(keepingCapacity: true)
                    if out.last == 0x0A { out.removeLast(); origin.removeLast() }
                    // The continuation's indent is layout, not text: "比      2024年增加" is 比2024年增加
                    // (after a digit or letter it keeps words and numbers apart: "……4   2025").
                    // One blank may be a word gap the PDF kept; an indent is two or more.
                    if let last = out.last, last >= 0x80, lineBytes.prefix(2).elementsEqual([0x20, 0x20]) {
                        lineBytes = lineBytes.drop(while: { $0 == 0x20 })
                    }
                } else {
                    for (b, o) in pendingBreak { out.append(b); origin.append(o) }
                    pendingBreak.removeAll(keepingCapacity: true)
                }
            }
            let rowStart = out.count
            if dropsEmphasis, lineBytes.contains(0x2A) {
                appendWithoutEmphasis(lineBytes, into: &out, origin: &origin)
            } else {
                appendFolded(lineBytes, into: &out, origin: &origin)
            }
            // A row of a table laid out with spaces reads as a row of cells: the first blank
            // of each gap becomes a tab, byte for byte, so offsets and quotes are unchanged.
            // Cells go under the header column they stand in, so a row whose first cells are
            // empty keeps its figures in their columns.
            if !shape.hasTab, hasColumnGap(shape), isSpacedRow(shape, inTable: !spaced.isEmpty) {
                spaced.mark(&out, from: rowStart, original: lineBytes)
            } else if !spaced.isEmpty, spaced.continues(lineBytes) {
                // The second line of a row's wrapped cells: its words under their columns.
                spaced.mark(&out, from: rowStart, original: lineBytes)
            } else if !spaced.isEmpty {
                spaced.reset()
            }
            // The document's first line, ending on what a title ends with (…2025年度工作报告),
            // is its title: the paragraph under it is no continuation, or its opening 2024年
            // would be read inside the title and lost.
            previousLineJoinable = isJoinable(shape) && !(startsDocument && headLines == 1 && endsAsTitle(shape))
            previousEndsInQuantity = endsInQuantity(shape)
            if newlineOffset < original.count { out.append(0x0A); origin.append(UInt32(newlineOffset)) }
        }
        for (b, o) in pendingBreak { out.append(b); origin.append(o) }
        closeNumberSpaces(&out, &origin)
        closeSpacedYears(&out, &origin)
        closeWordSpaces(&out, &origin)
        return NormalizedText(bytes: out, origin: origin, original: original)
    }

    /// Full-width folding. Bytes are copied in runs; only a lead byte that may start a
    /// full-width form (EF BC/BD for U+FF01..U+FF5E, E3 80 80 for U+3000) is decoded.
    /// The line without its `**` marks, each piece between them folded as any line is (the
    /// pieces keep their offsets, so the origin map still points into the original).
    static func appendWithoutEmphasis(_ line: ArraySlice<UInt8>, into out: inout [UInt8], origin: inout OriginMap) {
        var start = line.startIndex, i = line.startIndex
        while i + 1 < line.endIndex {
            if line[i] == 0x2A, line[i + 1] == 0x2A {
                if start < i { appendFolded(line[start..<i], into: &out, origin: &origin) }
                i += 2
                start = i
                continue
            }
            i += 1
        }
        if start < line.endIndex { appendFolded(line[start..<line.endIndex], into: &out, origin: &origin) }
    }

    static func appendFolded(_ line: ArraySlice<UInt8>, into out: inout [UInt8], origin: inout OriginMap) {
        line.withUnsafeBufferPointer { b in
            // Indices below are offsets into the slice; `base` turns them into the
            // document's offsets for the origin map.
            let base = line.startIndex
            var i = 0, run = 0
            func flush(_ end: Int) {
                guard run < end else { return }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<end]))
                origin.append(contentsOf: UInt32(base + run)..<UInt32(base + end))
            }
            while i + 3 <= b.count {
                // Plain text passes eight bytes a step: no E3 or EF lead byte in the word.
                // A word with one goes straight to it (E3 leads 。、《》, so most words of
                // Chinese text have one; stepping a byte at a time up to it cost more than
                // the folding).
                while i + 8 <= b.count {
                    if let k = ByteScan.firstIndex(in: ByteScan.word(b, at: i), of: 0xE3, or: 0xEF) { i += k; break }
                    i += 8
                }
                guard i + 3 <= b.count else { break }
                let lead = b[i]
                // Only U+FF01…FF5E (EF BC 81…EF BD 9E) and U+3000 (E3 80 80) fold; tested
                // on the bytes, since E3 also leads 。、《》 on nearly every line.
                var folded: UInt8? = nil
                if lead == 0xEF {
                    let b1 = b[i + 1], b2 = b[i + 2]
                    if b1 == 0xBC && b2 >= 0x81 && b2 <= 0xBF { folded = b2 - 0x60 }        // FF01…FF3F → 21…5F
                    else if b1 == 0xBD && b2 >= 0x80 && b2 <= 0x9E { folded = b2 - 0x20 }   // FF40…FF5E → 60…7E
                } else if lead == 0xE3, b[i + 1] == 0x80, b[i + 2] == 0x80 {
                    folded = 0x20
                } else if lead == 0xE3, b[i + 1] == 0x80, b[i + 2] == 0x87,
                          let (start, digits) = ChineseNumerals.numeralYear(b, around: i), start >= run {
                    // 二〇二三年: a year in numerals, read as 2023年 (its quote keeps it as written).
                    flush(start)
                    for (k, d) in digits.enumerated() {
                        out.append(0x30 + UInt8(d)); origin.append(UInt32(base + start + 3 * k))
                    }
                    i = start + 12
                    run = i
                    continue
                }
                if let f = folded {
                    flush(i)
                    out.append(f); origin.append(UInt32(base + i))
                    i += 3
                    run = i
                    continue
                }
                i += 1
            }
            flush(b.count)
        }
    }
}
