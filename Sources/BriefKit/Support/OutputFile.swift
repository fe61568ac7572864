import Foundation

/// One output file being written.
///
/// A regular file, or a name nothing has yet, is written to a temporary file in the same
/// folder and renamed over the name at `commit`, so a reader sees the old content or the
/// new, never half. Anything else (a device such as /dev/null, a FIFO) is written where it
/// is and never renamed over: `-o /dev/null` must leave /dev/null a device. A symbolic link
/// is written through (its target is replaced, the link stays). Every failure is one
/// `BriefError` naming the path; a failed or abandoned output leaves no temporary file.
final class OutputFile {
    let path: String
    private var fd: Int32
    /// The temporary file and the name it is renamed to; nil when written in place.
    private let staged: (temporary: String, target: String)?
    private var open = true

    init(path: String) throws {
        self.path = path
        let fail = { (message: String) in BriefError(.output, message, at: SourceLocation(file: path)) }
        var target = path
        var existing = Platform.status(path, followingLinks: false)
        if existing?.type == .symbolicLink {
            guard let real = Platform.realPath(path) else { throw fail("cannot write: a symbolic link to nothing") }
            target = real
            existing = Platform.status(real, followingLinks: false)
        }
        switch existing?.type {
        case nil, .regular?:
            let dir = (target as NSString).deletingLastPathComponent
            let folder = dir.isEmpty ? "." : dir
            do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                throw fail("cannot create the folder for it; check the path")
            }
            Self.removeStaleTemporaries(of: target)
            let temporary = Self.temporaryName(for: target)
            do { fd = try Platform.createExclusive(temporary) } catch let e as Platform.SystemError {
                throw fail("cannot write here: \(e.message)")
            }
            // A replaced file keeps its permissions (a briefing a web server reads stays readable).
            if let mode = existing?.permissions { Platform.setPermissions(fd, mode) }
            staged = (temporary, target)
        case .directory?:
            throw fail("is a folder; name a file to write")
        default:
            do { fd = try Platform.openInPlace(target) } catch let e as Platform.SystemError {
                throw fail("cannot write: \(e.message)")
            }
            staged = nil
        }
    }

    deinit { abort() }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        do { try Platform.writeAll(fd, bytes) } catch let e as Platform.SystemError {
            abort()
            throw BriefError(.output, "cannot write: \(e.message)", at: SourceLocation(file: path))
        }
    }

    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    /// Finishes the file: closed, and renamed into place when it was staged.
    func commit() throws {
        guard open else { return }
        open = false
        do {
            try Platform.closeFile(fd)
            if let staged { try Platform.renameFile(staged.temporary, to: staged.target) }
        } catch let e as Platform.SystemError {
            if let staged { Platform.removeFile(staged.temporary) }
            throw BriefError(.output, "cannot write: \(e.message)", at: SourceLocation(file: path))
        }
    }

    /// Gives up: the temporary file is removed, the previous content stays.
    func abort() {
        guard open else { return }
        open = false
        try? Platform.closeFile(fd)
        if let staged { Platform.removeFile(staged.temporary) }
    }

    /// Writes a whole file. A regular file that already holds exactly these bytes is left
    /// alone, so a run with nothing new changes no file, not even its time.
    static func write(_ bytes: [UInt8], to path: String) throws {
        if Platform.status(path)?.type == .regular, FileBytes.equal(path, bytes) { return }
        let file = try OutputFile(path: path)
        try file.write(bytes)
        try file.commit()
    }

    static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    // MARK: Temporary names

    private static let counter = Counter()

    /// `.NAME.brief-PID-N.tmp`: hidden, in the target's folder (a rename never crosses
    /// file systems), and naming its writer, so a later write can tell it was left by a
    /// process that died.
    static func temporaryName(for target: String) -> String {
        let dir = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        return (dir.isEmpty ? "" : dir + "/") + ".\(name).brief-\(Platform.processID)-\(counter.next()).tmp"
    }

    /// Removes temporary files of `target` whose writer is no longer running (killed with
    /// -9 before it could clean up). Only names of exactly our shape are touched.
    static func removeStaleTemporaries(of target: String) {
        let dir = (target as NSString).deletingLastPathComponent
        removeStaleTemporaries(in: dir.isEmpty ? "." : dir, named: (target as NSString).lastPathComponent)
    }

    /// The same for every name in `folder`, or only for `named`.
    static func removeStaleTemporaries(in folder: String, named: String? = nil) {
        guard let names = try? Platform.directoryEntries(folder) else { return }
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            // .NAME.brief-PID-N.tmp: NAME may itself hold ".brief-", so read from the end.
            guard let marker = name.range(of: ".brief-", options: .backwards) else { continue }
            let owner = String(name[name.index(after: name.startIndex)..<marker.lowerBound])
            let middle = name[marker.upperBound...].dropLast(4).split(separator: "-", omittingEmptySubsequences: false)
            guard named == nil || owner == named, middle.count == 2, let pid = Int32(middle[0]), UInt64(middle[1]) != nil,
                  !Platform.isAlive(pid) else { continue }
            Platform.removeFile(folder + "/" + name)
        }
    }
}

/// A process-wide counter for unique names.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value: UInt64 = 0
    func next() -> UInt64 { lock.withLock { value += 1; return value } }
}
