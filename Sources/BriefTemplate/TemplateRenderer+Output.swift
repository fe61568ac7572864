extension TemplateRenderer {
    /// Template text: the indentation goes before each line that is not empty. Text runs of
    /// a template end at each newline, so every "\n" ends a line here.
    mutating func emitTemplateText(_ program: TemplateProgram, _ r: Range<Int>, indent: [UInt8]) {
        guard !r.isEmpty else { return }
        program.bytes.withUnsafeBufferPointer { buf in
            let text = UnsafeBufferPointer(rebasing: buf[r])
            if indent.isEmpty {
                out.append(contentsOf: text)
                atLineStart = text[text.count - 1] == 0x0A
                return
            }
            var start = 0
            while start < text.count {
                var end = start
                while end < text.count && text[end] != 0x0A { end += 1 }
                if end < text.count { end += 1 }
                emitIndentedLine(UnsafeBufferPointer(rebasing: text[start..<end]), indent: indent)
                start = end
            }
        }
    }

    /// Rendered text (a block's): the indentation goes before each line that is not empty,
    /// where lines end at a "\n" that does not follow "\r", as splitting by Character does.
    mutating func emitRenderedText(_ text: [UInt8], indent: [UInt8]) {
        guard !text.isEmpty else { return }
        text.withUnsafeBufferPointer { buf in
            if indent.isEmpty {
                out.append(contentsOf: buf)
                atLineStart = buf[buf.count - 1] == 0x0A
                return
            }
            var start = 0
            while start < buf.count {
                var end = start
                while end < buf.count && !(buf[end] == 0x0A && (end == start || buf[end - 1] != 0x0D)) { end += 1 }
                if end < buf.count { end += 1 }
                emitIndentedLine(UnsafeBufferPointer(rebasing: buf[start..<end]), indent: indent)
                start = end
            }
        }
    }

    private mutating func emitIndentedLine(_ line: UnsafeBufferPointer<UInt8>, indent: [UInt8]) {
        let empty = (line.count == 1 && line[0] == 0x0A) || (line.count == 2 && line[0] == 0x0D && line[1] == 0x0A)
        if atLineStart && !empty { out.append(contentsOf: indent) }
        out.append(contentsOf: line)
        atLineStart = line[line.count - 1] == 0x0A
    }

    /// Data: indented only if it starts a line; its own newlines are left alone. Nothing is
    /// written, not even the indentation, when the escaped value is empty.
    mutating func emitValue(_ bytes: UnsafeBufferPointer<UInt8>, escaped: Bool, indent: [UInt8]) {
        guard !bytes.isEmpty else { return }
        if atLineStart && !indent.isEmpty {
            var escapedBytes: [UInt8] = []
            if escaped { contentType.escape(bytes, into: &escapedBytes) } else { escapedBytes.append(contentsOf: bytes) }
            guard !escapedBytes.isEmpty else { return }
            out.append(contentsOf: indent)
            out.append(contentsOf: escapedBytes)
            atLineStart = false
            return
        }
        let before = out.count
        if escaped { contentType.escape(bytes, into: &out) } else { out.append(contentsOf: bytes) }
        if out.count != before { atLineStart = false }
    }

    /// Renders into a separate buffer (for lambdas and blocks) and returns its bytes.
    mutating func capture(_ body: (inout TemplateRenderer) throws -> Void) rethrows -> [UInt8] {
        let saved = (out, atLineStart)
        out = []
        atLineStart = true
        defer { (out, atLineStart) = saved }
        try body(&self)
        return out
    }
}
