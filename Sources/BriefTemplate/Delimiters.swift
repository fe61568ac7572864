/// The open and close tag markers, `{{` and `}}` unless a template changes them.
public struct Delimiters: Sendable, Equatable {
    public var open: [UInt8]
    public var close: [UInt8]

    public init(open: [UInt8], close: [UInt8]) {
        self.open = open
        self.close = close
    }

    public static let standard = Delimiters(open: Array("{{".utf8), close: Array("}}".utf8))
}
