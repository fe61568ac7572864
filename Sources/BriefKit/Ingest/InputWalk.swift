import Foundation

/// The files a command reads: the paths it is given, folders walked recursively (hidden
/// entries and README.md passed over, document extensions only), in a stable order.
///
/// Only regular files are taken. Anything else bearing a document's name (a FIFO, a device,
/// a socket, a symbolic link to one or to nothing) and any symbolic link to a folder is
/// reported and skipped, as is a folder that cannot be read: one error each, naming it, so
/// nothing is left out without a word. A folder listed in `skipping` (the output folder when
/// it lies inside an input) is not entered: Brief never reads its own briefings back.
public struct InputWalk: Sendable {
    public var files: [String] = []
    public var problems: [BriefError] = []

    /// - Throws: a usage error when a named path does not exist.
    public static func walk(_ paths: [String], skipping excluded: [String] = []) throws -> InputWalk {
        var walk = InputWalk()
        let skipped = Set(excluded.compactMap { Platform.status($0)?.identity })
        for path in paths {
            guard let info = Platform.status(path) else {
                if Platform.status(path, followingLinks: false) != nil {
                    walk.problems.append(BriefError(.input, "a symbolic link to nothing; skipped", at: SourceLocation(file: path)))
                    continue
                }
                throw BriefError(.usage, "no such file or folder; check the path", at: SourceLocation(file: path))
            }
            switch info.type {
            case .regular: walk.files.append(path)
            case .directory: walk.files += walk.folder(path, skipping: skipped).sorted()
            default: walk.problems.append(notRegular(path, info.type))
            }
        }
        return walk
    }

    private static func notRegular(_ path: String, _ type: Platform.FileType) -> BriefError {
        BriefError(.input, "\(type.described), not a regular file; skipped", at: SourceLocation(file: path))
    }

    private static func isDocumentName(_ name: String) -> Bool {
        name.uppercased() != "README.MD" && Ingestor.documentExtensions.contains((name as NSString).pathExtension.lowercased())
    }

    /// The document files under `root` (unsorted); folders walked with a stack, not recursion.
    private mutating func folder(_ root: String, skipping: Set<FileIdentity>) -> [String] {
        var found: [String] = []
        var pending = [root]
        var seen = Set<FileIdentity>()
        while let dir = pending.popLast() {
            if let id = Platform.status(dir)?.identity {
                if skipping.contains(id) || !seen.insert(id).inserted { continue }
            }
            let names: [String]
            do { names = try Platform.directoryEntries(dir) } catch let e as Platform.SystemError {
                problems.append(BriefError(.input, "cannot read the folder: \(e.message); its documents are skipped", at: SourceLocation(file: dir)))
                continue
            } catch { continue }
            for name in names where !name.hasPrefix(".") {
                let full = (dir as NSString).appendingPathComponent(name)
                guard let own = Platform.status(full, followingLinks: false) else { continue }
                switch own.type {
                case .directory:
                    pending.append(full)
                case .regular:
                    if Self.isDocumentName(name) { found.append(full) }
                case .symbolicLink:
                    let target = Platform.status(full)
                    if target?.type == .directory {
                        problems.append(BriefError(.input, "a symbolic link to a folder, not followed; name the folder itself to read it",
                                                   at: SourceLocation(file: full)))
                    } else if Self.isDocumentName(name) {
                        if target?.type == .regular { found.append(full) }
                        else if let t = target { problems.append(Self.notRegular(full, t.type)) }
                        else { problems.append(BriefError(.input, "a symbolic link to nothing; skipped", at: SourceLocation(file: full))) }
                    }
                default:
                    if Self.isDocumentName(name) { problems.append(Self.notRegular(full, own.type)) }
                }
            }
        }
        return found
    }
}
