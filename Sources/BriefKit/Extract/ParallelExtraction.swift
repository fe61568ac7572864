import Foundation

/// Extracts many files on all cores while keeping their order and a bounded memory.
///
/// Each worker takes the next file, loads and extracts it, and reduces the outcome to what
/// the caller keeps (for `extract --format jsonl`, the lines to write; for briefings, the
/// document without its text), so little is done in the serial hand-off. Results are handed
/// on in file order. A worker runs at most `window` files ahead of the oldest one not yet
/// handed on, and takes no new file while the files in flight hold more than `budget`
/// bytes, unless fewer files than workers are in flight: memory is bounded by one large
/// file per core plus the budget, not by the corpus. The window is wide because file sizes vary: a narrow
/// one leaves a core idle behind every large file.
public struct ParallelExtraction: Sendable {
    public var ingestor: Ingestor
    public var extractor: FactExtractor
    /// Files in flight at once.
    public var window = max(2, ProcessInfo.processInfo.activeProcessorCount * 16)
    /// Bytes of files in flight at once (one file per worker runs whatever its size).
    public var budget = 48 << 20
    /// Workers; one per core.
    public var workers = max(1, ProcessInfo.processInfo.activeProcessorCount)

    public init(ingestor: Ingestor, extractor: FactExtractor) {
        self.ingestor = ingestor
        self.extractor = extractor
    }

    public enum Outcome: Sendable {
        case extracted(Document, [Extraction])
        case failed(BriefError)
    }

    /// Whether outcomes carry the document's text. Without it (streaming, briefings) the
    /// text is released as soon as it is normalised: a large document is not held twice.
    public var keepsText = true

    /// Loads and extracts one file; never throws.
    public func outcome(of file: String) -> Outcome {
        do {
            let doc = try ingestor.load(path: file)
            if keepsText { return .extracted(doc, extractor.extract(doc)) }
            var shell = doc
            shell.text = ""
            return .extracted(shell, extractor.extract(consume doc))
        } catch let e as BriefError {
            return .failed(e)
        } catch {
            return .failed(BriefError(.input, "\(error)", at: SourceLocation(file: file)))
        }
    }

    /// Calls `prepare` on a worker for each file's outcome, then `handle` once per file in
    /// the order given, one call at a time. Once `stop` says so (the output has closed),
    /// no further file is taken; those in flight are still handed on.
    public func run<T: Sendable>(_ files: [String], prepare: @Sendable (String, Outcome) -> T, handle: (String, T) -> Void,
                                 stop: @Sendable () -> Bool = { false }) {
        let sizes = files.map { FileBytes.size(of: $0) ?? 0 }
        let pipeline = OrderedPipeline<T>(count: files.count, window: window, costs: sizes, budget: budget, floor: workers)
        // `handle` runs on whichever worker emits, but never two at once and always after
        // the previous call finished (the pipeline's lock orders them), so the caller's
        // unsynchronised state is safe.
        withoutActuallyEscaping(handle) { handle in
            let serial = UncheckedSendable(handle)
            DispatchQueue.concurrentPerform(iterations: min(workers, max(1, files.count))) { _ in
                pipeline.work(produce: { i in prepare(files[i], outcome(of: files[i])) },
                              emit: { i, value in serial.value(files[i], value) }, stop: stop)
            }
        }
    }
}

/// The shared state of workers producing items by index and emitting them in index order.
///
/// Whoever stores the item that is next in order emits it, and any that follow, outside
/// the lock; a flag makes sure only one worker emits at a time and none is left behind.
final class OrderedPipeline<T>: @unchecked Sendable {
    private let condition = NSCondition()
    /// Items to produce; lowered to those already taken when the caller stops.
    private var count: Int
    private let window: Int
    private var nextToTake = 0
    private var nextToEmit = 0
    private var ready: [Int: T] = [:]
    private var emitting = false
    private let costs: [Int]
    private let budget: Int
    private let floor: Int
    /// The cost of items taken and not yet emitted.
    private var inFlight = 0

    /// - Parameters:
    ///   - costs: each item's weight against `budget` (a file's size); none when empty.
    ///   - floor: items always allowed in flight whatever their cost (one per worker, so a
    ///     corpus of files larger than the budget still uses every core).
    init(count: Int, window: Int, costs: [Int] = [], budget: Int = .max, floor: Int = 1) {
        self.count = count
        self.window = max(1, window)
        self.costs = costs
        self.budget = budget
        self.floor = max(1, floor)
    }

    private func cost(_ i: Int) -> Int { i < costs.count ? costs[i] : 0 }

    /// Whether the next item must wait: too far ahead, or over budget with `floor` items
    /// already in flight.
    private var mustWait: Bool {
        guard nextToTake < count else { return false }
        if nextToTake >= nextToEmit + window { return true }
        return nextToTake - nextToEmit >= floor && inFlight + cost(nextToTake) > budget
    }

    func work(produce: (Int) -> T, emit: (Int, T) -> Void, stop: () -> Bool = { false }) {
        while true {
            condition.lock()
            while mustWait { condition.wait() }
            // Stopping takes no new item; items already taken are still produced and emitted.
            if nextToTake < count, stop() { count = nextToTake; condition.broadcast() }
            guard nextToTake < count else { condition.unlock(); return }
            let i = nextToTake
            nextToTake += 1
            inFlight += cost(i)
            condition.unlock()

            let value = produce(i)

            condition.lock()
            ready[i] = value
            if emitting { condition.unlock(); continue }
            emitting = true
            while let item = ready.removeValue(forKey: nextToEmit) {
                let k = nextToEmit
                condition.unlock()
                emit(k, item)
                condition.lock()
                nextToEmit += 1
                inFlight -= cost(k)
                condition.broadcast()
            }
            emitting = false
            condition.unlock()
        }
    }
}
