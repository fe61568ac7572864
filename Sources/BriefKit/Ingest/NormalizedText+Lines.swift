#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The shape of one line and the rules that read it: whether a PDF wrapped it, whether it is a
/// page footer, a rule, a spaced table row or a new item (the joining and cell rules of
/// `Normalizer.normalize`).
extension Normalizer {
    /// What the joining rules look at in one line: the scalars at either end without the
    /// blanks, whether it is long and whether it has a tab (a table row). Built for every
    /// line, so only the last scalar and the counts are read up front; the head is
    /// decoded when a rule asks for it (after a line that may continue).
    struct LineShape {
        /// The last scalar before trailing blanks.
        let last: Unicode.Scalar?
        /// At least 20 scalars between the blanks: long enough to be a wrapped line.
        let isLong: Bool
        /// Under 30 scalars: shorter than a full-width line of a page.
        let isShort: Bool
        let hasTab: Bool
        /// Three spaces in a row between the blanks (found once: asked up to three times a line).
        let hasGap: Bool
        /// The bytes between the blanks.
        let trimmed: ArraySlice<UInt8>
        /// The bytes from the first non-blank to the end of the line.
        private let rest: ArraySlice<UInt8>

        init(_ line: ArraySlice<UInt8>) {
            var lo = line.startIndex, hi = line.endIndex
            while lo < hi {
                let (u, w) = decodeScalar(line, at: lo)
                guard String.blank(u) else { break }
                lo += w
            }
            var last: Unicode.Scalar? = nil
            while hi > lo {
                var p = hi - 1
                while p > lo, line[p] & 0xC0 == 0x80 { p -= 1 }
                let (u, _) = decodeScalar(line, at: p)
                if String.blank(u) { hi = p; continue }
                last = u
                break
            }
            // Scalars counted by their lead bytes, eight bytes a step, until 30: only
            // "at least 20" and "under 30" are asked, so overshooting 30 changes neither.
            let count = line.withUnsafeBufferPointer { b -> Int in
                var n = 0, k = lo - line.startIndex
                let end = hi - line.startIndex
                while k + 8 <= end, n < 30 {
                    n += ByteScan.scalarStarts(ByteScan.word(b, at: k))
                    k += 8
                }
                while k < end, n < 30 {
                    if b[k] & 0xC0 != 0x80 { n += 1 }
                    k += 1
                }
                return n
            }
            self.last = last
            isLong = count >= 20
            isShort = count < 30
            hasTab = line.withUnsafeBufferPointer { b in b.baseAddress.map { memchr($0, 0x09, b.count) != nil } ?? false }
            trimmed = line[lo..<max(lo, hi)]
            rest = line[lo...]
            hasGap = trimmed.count >= 5 && trimmed.withUnsafeBufferPointer { b in
                guard let base = b.baseAddress else { return false }
                // memchr from one space to the next: CJK lines have few.
                var i = 0
                while i + 2 < b.count, let hit = memchr(base + i, 0x20, b.count - i - 2) {
                    let k = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                    if b[k + 1] == 0x20, b[k + 2] == 0x20 { return true }
                    i = k + 1
                }
                // Two ideographic spaces between cells (2022　　1,205　　320), as a yearbook's
                // Word tables come out as text; the leading indent is trimmed already.
                var j = 0
                while j + 6 <= b.count, let hit = memchr(base + j, 0xE3, b.count - j - 5) {
                    let k = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                    if b[k + 1] == 0x80, b[k + 2] == 0x80, b[k + 3] == 0xE3, b[k + 4] == 0x80, b[k + 5] == 0x80 { return true }
                    j = k + 1
                }
                return false
            }
        }

        /// The first (up to `limit`) scalars after leading blanks: the item rules look at 8,
        /// a figure and its unit at 24.
        func head(_ limit: Int) -> [Unicode.Scalar] {
            var head: [Unicode.Scalar] = []
            head.reserveCapacity(limit)
            var i = rest.startIndex
            while i < rest.endIndex, head.count < limit {
                let (u, w) = decodeScalar(rest, at: i)
                head.append(u)
                i += w
            }
            return head
        }

        /// The first scalar after leading blanks.
        var first: Unicode.Scalar? { rest.isEmpty ? nil : decodeScalar(rest, at: rest.startIndex).0 }

        /// All scalars between the blanks.
        var scalars: [Unicode.Scalar] { Array(String(decoding: trimmed, as: UTF8.self).unicodeScalars) }
    }

    // Read for every line: bitmaps, not a string literal decoded per call.
    static let quantityEnds = ScalarSet("多余上近超约万亿千百十".unicodeScalars)
    static let measureStarts = ScalarSet("项家个人名位场次件篇本届倍期份条张辆台套元万亿千百%％".unicodeScalars)
    /// What may follow a number as its measure or date word, for a blank between them:
    /// every count's first scalar, currencies, and 年月日号 and the qualifiers 余多.
    static let measureWordStarts = ScalarSet(MeasureWords.counts.compactMap(\.unicodeScalars.first)
        + MeasureWords.currencies.compactMap(\.unicodeScalars.first) + "万亿千百年月日号余多".unicodeScalars)
    static let sentenceEnds = ScalarSet("。！？；：!?;:…".unicodeScalars)
    /// (Also a slide outline's and an article's marks: · ▪ ► ✓ ★ …; an emoji opens an item too.)
    static let bullets = ScalarSet("-•●■◆#|·・▪▸►▶➢➤✓✔√◎★☆◇□".unicodeScalars)
    static let numerals = ScalarSet("一二三四五六七八九十".unicodeScalars)
    static let numberEnds = ScalarSet(".．、)）".unicodeScalars)

    /// "… 第 N 页" alone on a line: a running page footer.
    /// `— 3 —`, `- 12 -`, `－3－`: a page number between dashes, on a line of its own.
    static func isDashedPageNumber(_ b: ArraySlice<UInt8>) -> Bool {
        // Every dash ends in 2D, 94, 93 or 8D: one byte test rejects nearly every short line.
        guard let last = b.last, last == 0x2D || last == 0x94 || last == 0x93 || last == 0x8D, b.count <= 24 else { return false }
        var s = b.filter { $0 != 0x20 }[...]
        func dropDash(_ fromStart: Bool) -> Bool {
            for dash: [UInt8] in [[0x2D], [0xE2, 0x80, 0x94], [0xE2, 0x80, 0x93], [0xEF, 0xBC, 0x8D]] {
                if fromStart, s.starts(with: dash) { s = s.dropFirst(dash.count); return true }
                if !fromStart, s.reversed().starts(with: dash.reversed()) { s = s.dropLast(dash.count); return true }
            }
            return false
        }
        guard dropDash(true), dropDash(false) else { return false }
        while dropDash(true) {}
        while dropDash(false) {}
        if (1...4).contains(s.count), s.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return true }
        // Full-width digits (— ３ —): EF BC 90…99 each.
        guard s.count % 3 == 0, (3...12).contains(s.count) else { return false }
        return stride(from: s.startIndex, to: s.endIndex, by: 3).allSatisfy { i in
            s[i] == 0xEF && s[i + 1] == 0xBC && (0x90...0x99).contains(s[i + 2])
        }
    }

    /// The line after a page number repeats the title of the document's first lines (上海市
    /// 虹口区科学技术委员会2025年工作总结和2026年工作打算): a running title, no text.
    static func isRunningTitle(_ b: ArraySlice<UInt8>, head: [UInt8]) -> Bool {
        let t = b.filter { $0 != 0x20 }
        guard t.count >= 12, t.count <= 180, t.count <= head.count, !t.contains(0x0A) else { return false }
        // No sentence: a title has no 。 (E3 80 82).
        if t.indices.contains(where: { $0 + 2 < t.count && t[$0] == 0xE3 && t[$0 + 1] == 0x80 && t[$0 + 2] == 0x82 }) { return false }
        return (0...(head.count - t.count)).contains { head[$0..<($0 + t.count)].elementsEqual(t) }
    }

    static func isPageFooter(_ line: LineShape) -> Bool {
        guard line.last == "页" else { return false }
        let s = line.scalars
        guard let r = s.lastIndex(of: "第") else { return false }
        var lo = r + 1, hi = s.count - 1
        while lo < hi, String.blank(s[lo]) { lo += 1 }
        while hi > lo, String.blank(s[hi - 1]) { hi -= 1 }
        return lo < hi && s[lo..<hi].allSatisfy { Digits.asciiValue($0) != nil }
    }

    /// Whitespace inside a quantity is ignored, newlines included ("100 多⏎项", "上⏎千家"):
    /// a line ending in a number or a qualifier, and the next starting with its measure.
    static func endsInQuantity(_ line: LineShape) -> Bool {
        guard let last = line.last, !line.hasTab else { return false }
        return Digits.asciiValue(last) != nil || quantityEnds.contains(last)
    }

    static func startsWithMeasure(_ line: LineShape) -> Bool {
        guard let first = line.first, !line.hasTab else { return false }
        return measureStarts.contains(first)
    }

    /// Whether a short line ends on a word titles end with (报告, 总结, 指南, 通知 …).
    static func endsAsTitle(_ line: LineShape) -> Bool {
        line.isShort && titleEnds.contains { line.trimmed.count > $0.count && line.trimmed.suffix($0.count).elementsEqual($0) }
    }
    static let titleEnds: [[UInt8]] = ["报告", "总结", "指南", "通知", "简报", "要点", "公告", "公示", "白皮书", "年报", "打算", "思路",
                                       "方案", "意见", "计划", "年鉴", "情况"].map { Array($0.utf8) }

    /// A line a PDF wrapped: long enough to be a full-width line and not ending a sentence.
    static func isJoinable(_ line: LineShape) -> Bool {
        guard line.isLong, let last = line.last else { return false }
        // "七、“三公”经费财政拨款支出决算情况说明": a numbered heading short of full width
        // ends its line; the paragraph under it is not its continuation.
        if line.isShort, startsNewItem(line) { return false }
        // "计量技术培训：146期 / 6,520人次" in a list of key figures, "=====" under a heading:
        // lines of their own, not a wrapped sentence.
        if line.isShort, isLabelledFigure(line) { return false }
        if isRule(line) || hasColumnGap(line) { return false }
        // "| 检验检测报告 | 份 | 11,460 | 12,875 |": a row of a pipe table is a line of its own;
        // the paragraph after the table had been joined onto its last row and lost.
        if last == "|" || last == "｜" || line.first == "|" || line.first == "｜" { return false }
        return !sentenceEnds.contains(last) && !line.hasTab
    }

    /// A line no sentence wraps into: a key figure of its own, or a rule.
    static func standsAlone(_ line: LineShape) -> Bool {
        (line.isShort && isLabelledFigure(line)) || isRule(line) || hasColumnGap(line)
    }

    /// Cells set apart by two blanks or more: at least three cells, or two whose last is a
    /// figure (营业收入（亿元）   3.27); no cell says a sentence or a label with a colon
    /// (联系方式：…  邮编：201203 is an address line).
    /// In a table already begun, a row of three cells or more may have a sentence in its last
    /// (a 偏差原因 column: 三季度机房迁移，).
    static func isSpacedRow(_ line: LineShape, inTable: Bool = false) -> Bool {
        let cells = String(decoding: line.trimmed, as: UTF8.self).replacingOccurrences(of: "\u{3000}", with: " ").components(separatedBy: "  ")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard cells.count >= 2 else { return false }
        // "其中：技术研究与开发（机构运行）": a sub-row's label, no sentence.
        let sentence = { (c: String) in
            var t = Substring(c)
            for lead in ["其中：", "其中:"] where t.hasPrefix(lead) { t = t.dropFirst(lead.count) }
            return t.unicodeScalars.contains { "：:，。；".unicodeScalars.contains($0) }
        }
        if inTable && cells.count >= 3 && !cells.dropLast().contains(where: sentence) { return true }
        if cells.contains(where: sentence) { return false }
        if cells.count >= 3 { return true }
        return cells.last!.unicodeScalars.contains { Digits.asciiValue($0) != nil }
    }

    /// Turns the first blank of each run of two or more in `out[from...]` into a tab.
    static func markCells(_ out: inout [UInt8], from start: Int) {
        var i = start
        // Leading indentation is no gap.
        while i < out.count, out[i] == 0x20 { i += 1 }
        while i + 1 < out.count {
            if out[i] == 0x20, out[i + 1] == 0x20 {
                out[i] = 0x09
                i += 2
                while i < out.count, out[i] == 0x20 { i += 1 }
                continue
            }
            i += 1
        }
    }

    /// Three spaces or more inside a line: cells of a table laid out with spaces (pdftotext
    /// -layout), which a wrapped sentence never has.
    static func hasColumnGap(_ line: LineShape) -> Bool { line.hasGap }

    /// A short label, a colon and a figure: "服务企业：12,316家".
    static func isLabelledFigure(_ line: LineShape) -> Bool {
        // A colon in the first bytes, or no scalars are decoded (asked of most short lines).
        let lead = line.trimmed.prefix(48)
        guard lead.contains(0x3A) || zip(lead, lead.dropFirst()).contains(where: { $0 == 0xBC && $1 == 0x9A }) else { return false }
        let s = line.head(30)
        guard let colon = s.prefix(16).firstIndex(where: { $0 == "：" || $0 == ":" }), colon >= 2 else { return false }
        return s[(colon + 1)...].contains { Digits.asciiValue($0) != nil }
            && !s[..<colon].contains { $0 == "，" || $0 == "。" || $0 == "；" }
    }

    /// A line of one repeated rule character (=====, -----, ———, ━━━).
    static func isRule(_ line: LineShape) -> Bool {
        guard let first = line.first, ruleMarks.contains(first), line.isLong else { return false }
        return line.scalars.allSatisfy { $0 == first }
    }
    static let ruleMarks = ScalarSet("=-_—─━＝*~".unicodeScalars)

    /// Headings and list items start a new line of their own: "一、", "（二）", "3.2", "- ".
    static func startsNewItem(_ line: LineShape) -> Bool {
        // Eight scalars: all the rules below read (a figure's unit reads its own 24).
        let s = line.head(8)
        guard let first = s.first else { return true }
        if bullets.contains(first) || (0x1F300...0x1FAFF).contains(first.value) || (0x2600...0x27BF).contains(first.value) { return true }
        if first == "（" || first == "(" {
            // "（一）", "(2)" number a list; "（所）长负责制" continues a sentence.
            let inner = Array(s.dropFirst().prefix(4))
            if let close = inner.firstIndex(where: { $0 == "）" || $0 == ")" }), close > 0,
               inner[..<close].allSatisfy({ Digits.asciiValue($0) != nil || numerals.contains($0) }) {
                return true
            }
        }
        // "3.2.1 标题", "1、", "2）": a section or list number, not a figure continuing a sentence.
        if let d = s.firstIndex(where: { Digits.asciiValue($0) == nil }), d > 0, numberEnds.contains(s[d]) {
            // "11.57 亿元，…" continues a sentence: a decimal followed by its unit.
            return !startsWithFigureAndUnit(line.head(24))
        }
        if s.count >= 2, numerals.contains(s[0]),
           s[1..<min(4, s.count)].contains("、") { return true }
        return line.hasTab
    }

    /// A decimal number followed (spaces allowed) by a unit or measure: "11.57 亿元", "35238.25万元".
    static func startsWithFigureAndUnit(_ s: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i < s.count, Digits.asciiValue(s[i]) != nil { i += 1 }
        guard i > 0, i < s.count, s[i] == "." || s[i] == "．" else { return false }
        i += 1
        let fractionStart = i
        while i < s.count, Digits.asciiValue(s[i]) != nil { i += 1 }
        guard i > fractionStart else { return false }
        while i < s.count, s[i] == " " { i += 1 }
        guard i < s.count else { return false }
        return "万亿元%％项家个人次".unicodeScalars.contains(s[i])
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}
