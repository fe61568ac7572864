/// The three outcomes a cron job can tell apart.
public enum ExitStatus: Int32, Sendable {
    /// Everything was done.
    case success = 0
    /// The run went through, but some input or output failed; the rest was done.
    case partialFailure = 1
    /// Usage or configuration error: nothing ran.
    case usage = 2
}
