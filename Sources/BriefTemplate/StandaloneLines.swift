/// Decides which lines are standalone: a line holding only whitespace and tags that write
/// nothing where they stand (sections, comments, partials…) vanishes from the output, and a
/// standalone partial indents each line it writes by the whitespace before its tag.
enum StandaloneLines {
    /// Marks standalone tags, their indentation, and the whitespace text they remove.
    /// - Complexity: O(n) in the number of tokens plus the bytes of their text.
    static func mark(_ tokens: inout [TemplateToken], in bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0
        while start < tokens.count {
            var end = start
            while end < tokens.count {
                let t = tokens[end]
                if t.kind == .text && bytes[t.range.upperBound - 1] == 0x0A { break }
                end += 1
            }
            let last = min(end, tokens.count - 1)
            markLine(&tokens, start...last, bytes)
            start = last + 1
        }
    }

    private static func markLine(_ tokens: inout [TemplateToken], _ line: ClosedRange<Int>,
                                 _ bytes: UnsafeBufferPointer<UInt8>) {
        // Text runs end at newlines and tags, so at most one run stands before the first tag.
        var leading: Range<Int>? = nil
        var onlySpaceSoFar = true
        var allTextBlank = true
        var firstTag: Int? = nil
        var tagCount = 0
        var allMayStandAlone = true
        for i in line {
            let t = tokens[i]
            if t.kind == .text {
                let blank = ByteText.isBlank(bytes, t.range)
                if !blank { onlySpaceSoFar = false; allTextBlank = false }
                else if onlySpaceSoFar && firstTag == nil && bytes[t.range.upperBound - 1] != 0x0A { leading = t.range }
            } else {
                if firstTag == nil {
                    firstTag = i
                    if onlySpaceSoFar { tokens[i].indent = leading ?? t.range.lowerBound..<t.range.lowerBound }
                }
                tagCount += 1
                if !t.mayStandAlone { allMayStandAlone = false }
            }
        }
        guard allTextBlank, tagCount > 0, allMayStandAlone else { return }
        if tagCount > 1 && !inheritanceTagsOnly(tokens, line, bytes) { return }
        for i in line {
            if tokens[i].kind == .text { tokens[i].removed = true } else { tokens[i].standalone = true }
        }
    }

    /// Several tags on one line stand alone only when they are inheritance tags
    /// (`{{<parent}}{{$block}}`), and no block both opens and closes there: a block that
    /// does writes its content in place.
    private static func inheritanceTagsOnly(_ tokens: [TemplateToken], _ line: ClosedRange<Int>,
                                            _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var openedBlocks: Set<String> = []
        for i in line where tokens[i].kind != .text {
            let t = tokens[i]
            switch t.kind {
            case .parent: continue
            case .block: openedBlocks.insert(String(decoding: bytes[t.name], as: UTF8.self))
            case .close: if openedBlocks.contains(String(decoding: bytes[t.name], as: UTF8.self)) { return false }
            default: return false
            }
        }
        return true
    }
}
