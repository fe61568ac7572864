import Foundation

/// The templates a briefing renders with: the built-in set (Templates/, compiled in), with
/// each file of an override folder (`--templates DIR`, the config's `templates`) in place of
/// the built-in one of the same relative path. Files the folder lacks come from the built-ins,
/// so a folder holding only `annual.md.mustache` changes that template and nothing else.
struct TemplateSet: Sendable {
    struct File: Sendable {
        var source: String
        /// How messages name it: the override's path, or `<built-in>/annual.md.mustache`.
        var label: String
    }

    /// Relative path (`partials/sources.md.mustache`) → file.
    let files: [String: File]
    /// The override folder, if any.
    let folder: String?

    /// The briefing templates Brief renders by name; every other file is a partial or a parent.
    static let roots: Set<String> = Set(["annual", "diff", "digest", "index", "unit"].flatMap {
        ["\($0).md.mustache", "\($0).html.mustache", "\($0).docx.mustache"]
    })
    /// Bounds on what an override folder may hold, so a wrong `--templates /` fails at once
    /// instead of walking the whole disk.
    static let maxFiles = 1000, maxBytes = 16 << 20, maxDepth = 8

    static let builtIn = TemplateSet(files: Dictionary(uniqueKeysWithValues: BuiltInTemplates.files.map { path, source in
        (path, File(source: source, label: "<built-in>/\(path)"))
    }), folder: nil)

    /// The built-ins overlaid with `folder`'s `*.mustache` files (hidden entries skipped).
    /// - Throws: a usage error when the folder is missing or too large, when a file cannot
    ///   be read, or when a partial leads outside the folder through a symbolic link.
    static func overlaid(with folder: String) throws -> TemplateSet {
        let fail = { (path: String, message: String) in BriefError(.usage, message, at: SourceLocation(file: path)) }
        guard let info = Platform.status(folder) else { throw fail(folder, "templates folder does not exist") }
        guard info.type == .directory else { throw fail(folder, "is not a folder; --templates names the folder that holds the templates") }
        let root = Platform.realPath(folder) ?? folder
        var files = builtIn.files
        var pending = [("", 0)]
        var count = 0, bytes = 0
        while let (relDir, depth) = pending.popLast() {
            let dir = relDir.isEmpty ? folder : folder + "/" + relDir
            let names: [String]
            do { names = try Platform.directoryEntries(dir) } catch let e as Platform.SystemError {
                throw fail(dir, "cannot read the templates folder: \(e.message)")
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let rel = relDir.isEmpty ? name : relDir + "/" + name
                let path = folder + "/" + rel
                let own = Platform.status(path, followingLinks: false)
                if own?.type == .directory {
                    if depth + 1 < maxDepth { pending.append((rel, depth + 1)) }
                    continue
                }
                guard name.hasSuffix(".mustache") else { continue }
                // A partial may not lead outside the folder (a link to /etc/…); the briefing
                // templates themselves may be links anywhere, as a user's own files.
                if own?.type == .symbolicLink, !roots.contains(rel) {
                    guard let real = Platform.realPath(path), real.hasPrefix(root + "/") else {
                        throw BriefError(.template, "partial '\(rel)' leads outside the template folder; templates must stay inside it",
                                         at: SourceLocation(file: path))
                    }
                }
                count += 1
                guard count <= maxFiles else { throw fail(folder, "holds over \(maxFiles) templates; is it the right folder?") }
                let data: [UInt8]
                do { data = try FileBytes.contents(of: path, limit: maxBytes) } catch let e as BriefError {
                    throw BriefError(.usage, e.message, at: e.location)
                }
                bytes += data.count
                guard bytes <= maxBytes else { throw fail(folder, "holds over \(ByteSize.text(maxBytes)) of templates; is it the right folder?") }
                files[rel] = File(source: String(decoding: data, as: UTF8.self), label: path)
            }
        }
        return TemplateSet(files: files, folder: folder)
    }

    /// Partials and parents for output kind `kind` (`md`, `html`): a name (`partials/sources`)
    /// is `name.<kind>.mustache`, else `name.mustache`, else `name`, as a folder library reads
    /// them, chosen among the files of this set. Also each name's label, for messages.
    func partials(kind: String) -> (sources: [String: String], labels: [String: String]) {
        var chosen: [String: (rank: Int, file: File)] = [:]
        for (path, file) in files {
            var candidates = [(path, 2)]
            if path.hasSuffix(".mustache") { candidates.append((String(path.dropLast(".mustache".count)), 1)) }
            if path.hasSuffix(".\(kind).mustache") { candidates.append((String(path.dropLast(".\(kind).mustache".count)), 0)) }
            for (name, rank) in candidates where chosen[name].map({ rank < $0.rank }) ?? true {
                chosen[name] = (rank, file)
            }
        }
        return (chosen.mapValues(\.file.source), chosen.mapValues(\.file.label))
    }
}
