/// The data frames a render looks names up in, innermost last. Entering a section pushes
/// one frame in place and leaving pops it, so a list of n items costs n pushes, not n
/// copies of the whole stack.
struct ContextStack {
    private var frames: [MustacheValue]

    init(_ root: MustacheValue) {
        frames = [root]
        frames.reserveCapacity(16)
    }

    mutating func push(_ value: MustacheValue) { frames.append(value) }
    mutating func pop() { frames.removeLast() }

    /// The value of `name`: its first part is looked up from the innermost frame outwards,
    /// the rest only inside what the first part found (the specification's dotted names).
    func lookup(_ name: TemplateName) -> MustacheValue? {
        guard let first = name.parts.first else { return frames.last }
        var i = frames.count - 1
        while i >= 0 {
            if case let .object(o) = frames[i], let found = o[first] {
                var value = found
                for part in name.parts.dropFirst() {
                    guard case let .object(inner) = value, let next = inner[part] else { return nil }
                    value = next
                }
                return value
            }
            i -= 1
        }
        return nil
    }
}
