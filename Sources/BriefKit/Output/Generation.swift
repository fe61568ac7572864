import Foundation

/// One build's set of briefings, staged and then published at once (see `OutputFolder`).
///
/// Writes may come from several threads. The caller holds the folder's run lock from
/// `begin` to `publish`, so no other run stages or recovers at the same time.
final class Generation: @unchecked Sendable {
    let folder: OutputFolder
    let staging: String
    /// The live generation's folder (`…/.brief/g-…`), if there is one.
    private let live: String?
    private let manifest: OutputManifest?
    private let lock = NSLock()
    /// Each staged name's content hash, and whether it differs from the live generation.
    private var staged: [String: (hash: UInt64, changed: Bool)] = [:]

    /// Repairs what an earlier run left (`OutputFolder.recover`) and opens a staging folder.
    static func begin(in path: String) throws -> Generation {
        let folder = OutputFolder(path: path)
        do {
            try Platform.makeDirectory(folder.meta)
            let manifest = folder.recover()
            let staging = folder.meta + "/staging-\(Platform.processID)-\(stagingCounter.next())"
            try Platform.makeDirectory(staging)
            return Generation(folder: folder, staging: staging, live: folder.currentGeneration.map { folder.meta + "/" + $0 }, manifest: manifest)
        } catch let e as Platform.SystemError {
            throw BriefError(.output, "cannot prepare the output folder: \(e.message)", at: SourceLocation(file: folder.meta))
        }
    }

    private static let stagingCounter = Counter()

    private init(folder: OutputFolder, staging: String, live: String?, manifest: OutputManifest?) {
        self.folder = folder
        self.staging = staging
        self.live = live
        self.manifest = manifest
    }

    /// The path a reader uses for a briefing: `OUT/name`.
    func displayPath(_ name: String) -> String { folder.path + "/" + name }

    /// Stages one briefing. Bytes equal to the live generation's file are a hard link to
    /// it, keeping its time. - Returns: whether the briefing changed.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> Bool {
        try write(name, bytes: Array(text.utf8))
    }

    /// Stages one briefing given as bytes (a Word file). - Returns: whether it changed.
    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> Bool {
        guard OutputFolder.isBriefingName(name) else {
            throw BriefError(.output, "'\(name)' cannot be a briefing's file name", at: SourceLocation(file: displayPath(name)))
        }
        let hash = FNV1a.hash(bytes)
        let target = staging + "/" + name
        var changed = true
        if let live, FileBytes.equal(live + "/" + name, bytes), (try? Platform.hardLink(live + "/" + name, to: target)) != nil {
            changed = false
        } else {
            do {
                let fd = try Platform.createExclusive(target)
                do { try bytes.withUnsafeBytes { try Platform.writeAll(fd, $0) } } catch { try? Platform.closeFile(fd); throw error }
                try Platform.closeFile(fd)
            } catch let e as Platform.SystemError {
                Platform.removeFile(target)
                throw BriefError(.output, "cannot write: \(e.message)", at: SourceLocation(file: displayPath(name)))
            }
        }
        lock.withLock { staged[name] = (hash, changed) }
        return changed
    }

    /// Carries the live generation's files over unchanged (a digest of a feed with nothing
    /// new keeps the last one), all of them or none. - Returns: false when the live
    /// generation lacks one of them.
    func carryOver(_ names: [String]) -> Bool {
        guard let live else { return false }
        var hashes: [(String, UInt64)] = []
        for name in names {
            guard OutputFolder.isBriefingName(name), let bytes = try? FileBytes.contents(of: live + "/" + name, limit: FileBytes.hardLimit) else {
                return false
            }
            hashes.append((name, FNV1a.hash(bytes)))
        }
        for (k, (name, _)) in hashes.enumerated() where (try? Platform.hardLink(live + "/" + name, to: staging + "/" + name)) == nil {
            for (done, _) in hashes[..<k] { Platform.removeFile(staging + "/" + done) }
            return false
        }
        lock.withLock { for (name, hash) in hashes { staged[name] = (hash, false) } }
        return true
    }

    /// What publishing did: the briefings whose content changed or that went away, and the
    /// failures (a name taken by a file Brief did not write; the folder not writable).
    struct Outcome: Sendable {
        var changed: [String] = []
        var removed: [String] = []
        var errors: [BriefError] = []
        /// Whether the folder now shows the staged set (false: the previous one stays).
        var published = false
    }

    /// Switches the folder to the staged set (see `OutputFolder` for the order of the steps).
    func publish() -> Outcome {
        var outcome = Outcome()
        let set = lock.withLock { staged }
        let liveNames = live.map { folder.names(in: ($0 as NSString).lastPathComponent) } ?? []
        var links = Set(manifest?.links ?? [])
        // Names held by something Brief did not make are left alone and reported. In a folder
        // an earlier Brief wrote (no manifest, no generation yet), regular files at briefing
        // names are its output: they are adopted, replaced by links showing the same bytes.
        let canAdopt = manifest == nil && live == nil
        var adopt: [String] = []
        var publishable: [String] = []
        for name in set.keys.sorted() {
            let existing = Platform.status(folder.path + "/" + name, followingLinks: false)
            // Exactly Brief's link is kept as it is, listed or not (a lost manifest changes nothing).
            if existing == nil || folder.isBriefLink(name) {
                publishable.append(name)
            } else if canAdopt, existing?.type == .regular {
                adopt.append(name)
                publishable.append(name)
            } else {
                outcome.errors.append(BriefError(.output, "exists and was not written by Brief; not replaced (move it away to get the briefing)",
                                                 at: SourceLocation(file: displayPath(name))))
            }
        }
        let newNames = Set(publishable)
        // A briefing that cannot be published is not part of the generation either: the
        // next run must see the same set again, not a new one each time.
        for name in set.keys where !newNames.contains(name) { Platform.removeFile(staging + "/" + name) }
        do {
            if newNames == liveNames, adopt.isEmpty, newNames.allSatisfy({ set[$0]?.changed == false }) {
                // The same set: no new generation. Only a link someone removed is made again.
                discard()
                for name in newNames where Platform.status(folder.path + "/" + name, followingLinks: false) == nil {
                    try Platform.symbolicLink(OutputFolder.linkTarget(name), at: folder.path + "/" + name)
                }
                if !newNames.isSubset(of: links) || manifest?.generation != live.map({ ($0 as NSString).lastPathComponent }) {
                    try OutputManifest(generation: folder.currentGeneration, links: Array(links.union(newNames))).save(folder.manifestFile)
                }
                outcome.published = true
                return outcome
            }
            // 1. The staged set becomes a generation, named by its content.
            let generation = try name(for: publishable.map { ($0, set[$0]?.hash ?? 0) })
            try Platform.renameFile(staging, to: folder.meta + "/" + generation)
            // 2. Files an earlier Brief wrote become links showing the same bytes.
            if !adopt.isEmpty { try self.adopt(adopt) }
            let previous = folder.currentGeneration
            // 3. Every link the switch needs is listed first, then made (leading to nothing until the switch).
            links.formUnion(newNames)
            try OutputManifest(generation: previous, links: Array(links)).save(folder.manifestFile)
            for name in newNames where !folder.isBriefLink(name) {
                try Platform.symbolicLink(OutputFolder.linkTarget(name), at: folder.path + "/" + name)
            }
            // 4. The switch: one rename.
            try switchCurrent(to: generation)
            outcome.published = true
            // 5. Links of briefings the new set lacks now lead to nothing: removed while still Brief's.
            for name in links.subtracting(newNames).sorted() where folder.isBriefLink(name) {
                Platform.removeFile(folder.path + "/" + name)
                outcome.removed.append(name)
            }
            if let previous, previous != generation { OutputFolder.removeFlatFolder(folder.meta + "/" + previous) }
            try OutputManifest(generation: generation, links: Array(newNames)).save(folder.manifestFile)
            outcome.changed = publishable.filter { set[$0]?.changed != false || !liveNames.contains($0) }
        } catch let e as BriefError {
            outcome.errors.append(e)
        } catch let e as Platform.SystemError {
            let after = outcome.published ? "the new briefings are published; the next run tidies up" : "the previous ones stay"
            outcome.errors.append(BriefError(.output, "cannot publish the briefings: \(e.message); \(after)", at: SourceLocation(file: folder.path)))
        } catch {}
        discard()   // a no-op once the staging folder became the generation
        return outcome
    }

    /// Gives up the staged set; the live one stays as it was.
    func discard() {
        OutputFolder.removeFlatFolder(staging)
    }

    /// `g-` and the set's hash; `-2`, `-3` … in the unlikely case that name is taken.
    private func name(for files: [(String, UInt64)]) throws -> String {
        var h = FNV1a()
        for (name, hash) in files.sorted(by: { $0.0 < $1.0 }) {
            h.add(Array(name.utf8)); h.add([0]); h.add(hash)
        }
        let base = "g-" + String(h.value, radix: 16).leftPadded(to: 16)
        var candidate = base, n = 2
        while Platform.status(folder.meta + "/" + candidate, followingLinks: false) != nil {
            candidate = "\(base)-\(n)"; n += 1
        }
        return candidate
    }

    private func switchCurrent(to generation: String) throws {
        let next = folder.meta + "/current.new"
        Platform.removeFile(next)
        try Platform.symbolicLink(generation, at: next)
        try Platform.renameFile(next, to: folder.currentLink)
    }

    /// Migration from a folder of plain files: they are first made a generation of their
    /// own (hard links, so the same bytes) and each file is replaced by its link, so at
    /// every moment every name still shows the bytes it showed. A kill part-way is finished
    /// by `OutputFolder.recover` (a file that is the same inode as its generation's).
    private func adopt(_ names: [String]) throws {
        let legacy = "g-0000000000000000"
        OutputFolder.removeFlatFolder(folder.meta + "/" + legacy)
        try Platform.makeDirectory(folder.meta + "/" + legacy)
        for name in names { try Platform.hardLink(folder.path + "/" + name, to: folder.meta + "/" + legacy + "/" + name) }
        try switchCurrent(to: legacy)
        try OutputManifest(generation: legacy, links: names).save(folder.manifestFile)
        for name in names { try folder.replaceWithLink(name) }
    }
}

/// FNV-1a, 64 bits: a content hash to name generations by, not a checksum of trust
/// (files are compared byte by byte wherever it matters).
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: [UInt8]) {
        for b in bytes { value = (value ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
    }

    mutating func add(_ v: UInt64) {
        withUnsafeBytes(of: v.littleEndian) { add(Array($0)) }
    }

    static func hash(_ bytes: [UInt8]) -> UInt64 {
        var h = FNV1a()
        h.add(bytes)
        return h.value
    }
}

extension String {
    func leftPadded(to n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
