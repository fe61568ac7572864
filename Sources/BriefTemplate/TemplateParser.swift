import Foundation

/// Turns a template's tokens into a tree: decides which lines are standalone (a line holding
/// only whitespace and tags that write nothing there vanishes from the output), then
/// matches sections with their closing tags.
enum TemplateParser {
    static func parse(_ source: String, name: String, delimiters: Delimiters) throws -> [TemplateNode] {
        var lexer = TemplateLexer(source: source, name: name, delimiters: delimiters)
        var tokens = try lexer.tokens()
        markStandaloneLines(&tokens)
        var index = 0
        let nodes = try build(tokens, &index, open: nil, source: lexer.bytes, name: name)
        return nodes
    }

    static func isBlank(_ s: String) -> Bool {
        s.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    /// Marks standalone tags, their indentation, and the whitespace text they remove.
    static func markStandaloneLines(_ tokens: inout [TemplateToken]) {
        var start = 0
        while start < tokens.count {
            var end = start
            while end < tokens.count {
                if tokens[end].kind == .text && tokens[end].content.utf8.last == 0x0A { break }
                end += 1
            }
            let last = min(end, tokens.count - 1)
            markLine(&tokens, start...last)
            start = last + 1
        }
    }

    static func markLine(_ tokens: inout [TemplateToken], _ line: ClosedRange<Int>) {
        var leading = ""
        var onlySpaceSoFar = true
        var tags: [Int] = []
        for i in line {
            if tokens[i].kind == .text {
                if onlySpaceSoFar && isBlank(tokens[i].content) && tokens[i].content.utf8.last != 0x0A { leading += tokens[i].content }
                else if !isBlank(tokens[i].content) { onlySpaceSoFar = false }
            } else {
                if onlySpaceSoFar && tags.isEmpty { tokens[i].indent = leading }
                tags.append(i)
                // Text after a tag on the line ends "only whitespace before": later tags are inline.
            }
        }
        let allTextBlank = line.allSatisfy { tokens[$0].kind != .text || isBlank(tokens[$0].content) }
        guard allTextBlank, !tags.isEmpty, tags.allSatisfy({ tokens[$0].mayStandAlone }) else {
            // Not standalone: keep `indent` only as the whitespace before an inline tag.
            for i in tags where tokens[i].indent != nil {
                let before = line.lowerBound..<i
                if !before.allSatisfy({ tokens[$0].kind == .text && isBlank(tokens[$0].content) }) { tokens[i].indent = nil }
            }
            return
        }
        if tags.count > 1 {
            // Several tags on one line stand alone only when they are inheritance tags
            // (`{{<parent}}{{$block}}`), and no block both opens and closes there: a block
            // that does writes its content in place.
            var openedBlocks: Set<String> = []
            for i in tags {
                switch tokens[i].kind {
                case .parent: continue
                case .block: openedBlocks.insert(tokens[i].content)
                case .close: if openedBlocks.contains(tokens[i].content) { return }
                default: return
                }
            }
        }
        for i in tags { tokens[i].standalone = true }
        for i in line where tokens[i].kind == .text { tokens[i].removed = true }
    }

    private static func fail(_ message: String, _ t: TemplateToken, _ name: String) -> TemplateError {
        TemplateError(message, template: name, line: t.line, column: t.column, offset: t.range.lowerBound)
    }

    static func position(_ t: TemplateToken, _ name: String) -> TagPosition {
        TagPosition(template: name, line: t.line, column: t.column)
    }

    /// Builds nodes until the closing tag of `open` (or the end, at top level).
    static func build(_ tokens: [TemplateToken], _ i: inout Int, open: TemplateToken?, source: [UInt8],
                      name: String) throws -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        while i < tokens.count {
            let t = tokens[i]
            i += 1
            switch t.kind {
            case .text:
                if !t.removed { nodes.append(.text(t.content)) }
            case .comment, .delimiters:
                break
            case .variable, .unescaped:
                nodes.append(.variable(name: splitName(t.content), escaped: t.kind == .variable, at: position(t, name)))
            case .partial:
                let dynamic = t.content.hasPrefix("*")
                let n = dynamic ? String(t.content.dropFirst()).trimmingCharacters(in: .whitespaces) : t.content
                nodes.append(.partial(name: n, dynamic: dynamic, indent: t.standalone ? t.indent ?? "" : nil, at: position(t, name)))
            case .sectionOpen, .invertedOpen, .block, .parent:
                let children = try build(tokens, &i, open: t, source: source, name: name)
                let close = tokens[i - 1]
                switch t.kind {
                case .sectionOpen, .invertedOpen:
                    let raw = String(decoding: source[t.range.upperBound..<close.range.lowerBound], as: UTF8.self)
                    nodes.append(.section(.init(name: splitName(t.content), inverted: t.kind == .invertedOpen,
                                                nodes: children, raw: raw, delimiters: t.delimiters, at: position(t, name))))
                case .block:
                    nodes.append(.block(makeBlock(t, children)))
                default:
                    let dynamic = t.content.hasPrefix("*")
                    let n = dynamic ? String(t.content.dropFirst()).trimmingCharacters(in: .whitespaces) : t.content
                    var blocks: [String: TemplateNode.Block] = [:]
                    for child in children { if case let .block(b) = child, blocks[b.name] == nil { blocks[b.name] = b } }
                    nodes.append(.parent(.init(name: n, dynamic: dynamic, indent: t.standalone ? t.indent ?? "" : nil,
                                               blocks: blocks, at: position(t, name))))
                }
            case .close:
                guard let open else {
                    throw fail("closing tag '\(t.content)' has no open section", t, name)
                }
                guard open.content == t.content else {
                    throw fail("closing tag '\(t.content)' does not match '\(open.content)' opened at line \(open.line), column \(open.column)", t, name)
                }
                return nodes
            }
        }
        if let open {
            throw fail("unclosed section '\(open.content)': add a closing tag", open, name)
        }
        return nodes
    }

    static func makeBlock(_ t: TemplateToken, _ children: [TemplateNode]) -> TemplateNode.Block {
        var contentIndent = ""
        if t.standalone, case let .text(first)? = children.first {
            contentIndent = String(first.prefix { $0 == " " || $0 == "\t" })
        }
        return .init(name: t.content, nodes: children, standalone: t.standalone, leadingWhitespace: t.indent,
                     contentIndent: contentIndent)
    }
}
