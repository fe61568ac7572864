/// The columns of a table laid out with spaces (`pdftotext -layout`), so that a row whose
/// first cells are empty (a second row under a merged 一级指标 cell) still puts each cell
/// under its header: without positions, `能耗在线监测接入单位  ≥1,500户  1,536户` read from the
/// left would put the target under 一级指标 and the result under 年度指标值.
///
/// The first spaced row of a table is its header; each header cell spans from its start to
/// the next one's, in display columns (a CJK character is two, as the layout prints it).
/// A later row's cell goes to the header column it overlaps most, and its row gets one tab
/// for each column boundary it crosses, written over blanks (byte for byte, so offsets and
/// quotes are unchanged).
struct SpacedColumns {
    /// Display column where each header cell starts.
    private(set) var starts: [Int] = []
    /// The table has had a row with figures (a row without any after it is a new header).
    private var hadData = false

    var isEmpty: Bool { starts.isEmpty }

    mutating func reset() {
        starts = []
        hadData = false
    }

    /// A cell of a spaced row: its bytes in `out` and its display columns.
    struct Cell {
        var bytes: Range<Int>
        var columns: Range<Int>
    }

    /// Marks the row `out[from...]` (whose original bytes are `original`) as cells.
    mutating func mark(_ out: inout [UInt8], from start: Int, original: ArraySlice<UInt8>) {
        let cells = Self.cells(out, from: start, original: original)
        guard cells.count >= 2 || (!starts.isEmpty && !cells.isEmpty) else { Normalizer.markCells(&out, from: start); return }
        let hasFigures = out[start...].contains { $0 >= 0x30 && $0 <= 0x39 }
        if starts.isEmpty || (hadData && !hasFigures && cells.count >= 3) {
            starts = cells.map(\.columns.lowerBound)
            hadData = false
            Normalizer.markCells(&out, from: start)
            return
        }
        if hasFigures { hadData = true }
        var previous = -1
        var gapStart = start
        for cell in cells {
            // The column it overlaps most; never left of the cell before (two cells under one
            // header keep their order, as without positions).
            var column = max(previous + 1, best(cell.columns))
            column = min(column, max(previous + 1, starts.count - 1))
            // One tab per boundary crossed, over the blanks between the cell before (or the
            // line start: none for a row that starts in the first column) and this one.
            let need = previous < 0 ? column : column - previous
            var k = gapStart
            var written = 0
            while written < need, k < cell.bytes.lowerBound, out[k] == 0x20 || out[k] == 0x09 {
                out[k] = 0x09
                written += 1
                k += 1
            }
            previous = column
            gapStart = cell.bytes.upperBound
        }
    }

    /// The header column a span overlaps most (the nearest when it overlaps none).
    func best(_ span: Range<Int>) -> Int {
        var bestColumn = 0, bestOverlap = -1
        for (i, s) in starts.enumerated() {
            let e = i + 1 < starts.count ? starts[i + 1] : Int.max
            let overlap = min(e, span.upperBound) - max(s, span.lowerBound)
            if overlap > bestOverlap { bestOverlap = overlap; bestColumn = i }
        }
        return bestColumn
    }

    /// Whether a line that is no spaced row goes on the table: a wrapped cell's second line,
    /// indented past the first column.
    func continues(_ line: ArraySlice<UInt8>) -> Bool {
        guard starts.count >= 2 else { return false }
        var indent = 0
        for b in line { if b == 0x20 { indent += 1 } else { break } }
        return indent >= starts[1]
    }

    /// The cells of `out[start...]`: runs set apart by two blanks or more, with display
    /// columns counted on the original scalars (folding is one scalar for one).
    static func cells(_ out: [UInt8], from start: Int, original: ArraySlice<UInt8>) -> [Cell] {
        var cells: [Cell] = []
        var i = start, o = original.startIndex
        var column = 0
        var cellStart: (byte: Int, column: Int)? = nil
        var lastEnd = (byte: start, column: 0)
        var blanks = 0
        while i < out.count, out[i] != 0x0A {
            let w = scalarLength(out[i])
            let (u, ow) = o < original.endIndex ? decodeScalar(original, at: o) : (" ", 1)
            let width = displayWidth(u)
            if out[i] == 0x20 || out[i] == 0x09 {
                blanks += 1
                if blanks >= 2, let c = cellStart {
                    cells.append(Cell(bytes: c.byte..<lastEnd.byte, columns: c.column..<lastEnd.column))
                    cellStart = nil
                }
            } else {
                if cellStart == nil { cellStart = (i, column) }
                blanks = 0
                lastEnd = (i + w, column + width)
            }
            column += width
            i += w
            o += ow
        }
        if let c = cellStart { cells.append(Cell(bytes: c.byte..<lastEnd.byte, columns: c.column..<lastEnd.column)) }
        return cells
    }

    static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// Two columns for East Asian wide and full-width characters, one for the rest.
    static func displayWidth(_ u: Unicode.Scalar) -> Int {
        switch u.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD: return 2
        default: return 1
        }
    }
}
