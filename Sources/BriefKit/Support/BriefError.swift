/// Every failure Brief reports to a user: one line, with the place it happened.
///
/// Stages throw their own cases; the CLI prints `brief: <location>: <message>`.
public struct BriefError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The command line or the config file is wrong: nothing ran (exit 2).
        case usage
        /// One input could not be read or understood: it is skipped (exit 1).
        case input
        /// An output could not be written (exit 1).
        case output
        /// A template is malformed or refers to something missing.
        case template
    }

    public var kind: Kind
    public var location: SourceLocation?
    public var message: String

    public init(_ kind: Kind, _ message: String, at location: SourceLocation? = nil) {
        self.kind = kind
        self.message = message
        self.location = location
    }

    public var description: String {
        if let location { return "\(location.description): \(message)" }
        return message
    }

    /// The same error with a file name filled in, for errors raised below the file level.
    public func inFile(_ file: String) -> BriefError {
        var copy = self
        if var loc = copy.location {
            if loc.file.isEmpty { loc.file = file; copy.location = loc }
        } else {
            copy.location = SourceLocation(file: file)
        }
        return copy
    }
}
