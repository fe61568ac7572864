import Foundation

/// Extracts many files on all cores while keeping their order and a bounded memory: files
/// are taken in small batches, extracted in parallel, handed on in order, then dropped.
public struct ParallelExtraction: Sendable {
    public var ingestor: Ingestor
    public var extractor: FactExtractor
    /// Files in flight at once: a few per core, so memory is bounded by the largest files.
    public var batchSize = max(2, ProcessInfo.processInfo.activeProcessorCount * 2)

    public init(ingestor: Ingestor, extractor: FactExtractor) {
        self.ingestor = ingestor
        self.extractor = extractor
    }

    public enum Outcome: Sendable {
        case extracted(Document, [Extraction])
        case failed(BriefError)
    }

    /// Calls `handle` once per file, in the order given.
    public func run(_ files: [String], handle: (String, Outcome) -> Void) {
        var start = 0
        while start < files.count {
            let batch = Array(files[start..<min(files.count, start + batchSize)])
            let results = ResultSlots<Outcome>(count: batch.count)
            DispatchQueue.concurrentPerform(iterations: batch.count) { i in
                do {
                    let doc = try ingestor.load(path: batch[i])
                    results.set(i, .extracted(doc, extractor.extract(doc)))
                } catch let e as BriefError {
                    results.set(i, .failed(e))
                } catch {
                    results.set(i, .failed(BriefError(.input, "\(error)", at: SourceLocation(file: batch[i]))))
                }
            }
            for (i, file) in batch.enumerated() {
                if let r = results.get(i) { handle(file, r) }
            }
            start += batch.count
        }
    }
}

/// Fixed slots written from concurrent workers, each slot by one worker only.
final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: T) { lock.withLock { slots[i] = value } }
    func get(_ i: Int) -> T? { lock.withLock { slots[i] } }
}
