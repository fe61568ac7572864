/// A value handed to worker threads where the compiler cannot see it is safe: a caller's
/// closure that the code around it calls one thread at a time, or only reads from.
/// Each use says why it is safe.
struct UncheckedSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
