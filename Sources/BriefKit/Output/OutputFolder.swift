/// An output folder whose briefings change a whole set at a time.
///
/// The folder is browsable with plain names, but each name is a relative symbolic link
/// through one switch:
///
///     OUT/annual-2023.md  →  .brief/current/annual-2023.md
///     OUT/.brief/current  →  g-5f0c9a1e2b7d4c38          (the live generation)
///     OUT/.brief/g-5f0c9a1e2b7d4c38/annual-2023.md …      (real files)
///     OUT/.brief/manifest.json                            (the links Brief made)
///
/// A build writes its set into `.brief/staging-…`, renames it to `g-<hash of the set>`, and
/// publishes it by renaming a new `current` link over the old one: one rename(2), so a
/// reader, or a kill -9 at any moment, finds every briefing of the old set or every one of
/// the new. A name only one of the two sets has is briefly a link to nothing; the next run
/// (`recover`) removes what a killed run left. Unchanged briefings are hard links to the
/// previous generation's files, so their times stay, and a run that changes nothing
/// touches nothing.
struct OutputFolder: Sendable {
    let path: String

    var meta: String { path + "/.brief" }
    var currentLink: String { meta + "/current" }
    var manifestFile: String { meta + "/manifest.json" }

    /// What a briefing's link in the folder points to.
    static func linkTarget(_ name: String) -> String { ".brief/current/" + name }

    /// A name Brief may publish: one plain file name, not hidden, within NAME_MAX.
    static func isBriefingName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/") && name.utf8.count <= 255 && !name.utf8.contains(0)
    }

    /// Generation folders are named `g-` and hex digits (`-N` when a name was taken).
    static func isGenerationName(_ name: String) -> Bool {
        guard name.hasPrefix("g-") else { return false }
        let rest = name.dropFirst(2).split(separator: "-", omittingEmptySubsequences: false)
        return (1...2).contains(rest.count) && !rest[0].isEmpty && rest[0].allSatisfy(\.isHexDigit)
            && (rest.count == 1 || (!rest[1].isEmpty && rest[1].allSatisfy(\.isNumber)))
    }

    /// The live generation's folder name, or nil before the first.
    var currentGeneration: String? {
        guard let target = Platform.linkTarget(currentLink), Self.isGenerationName(target),
              Platform.status(meta + "/" + target, followingLinks: false)?.type == .directory else { return nil }
        return target
    }

    /// The briefings of a generation.
    func names(in generation: String) -> Set<String> {
        Set(((try? Platform.directoryEntries(meta + "/" + generation)) ?? []).filter(Self.isBriefingName))
    }

    /// Whether `OUT/name` is exactly the link Brief makes for it.
    func isBriefLink(_ name: String) -> Bool {
        Platform.linkTarget(path + "/" + name) == Self.linkTarget(name)
    }

    /// Whether `OUT/name` is a plain file that is the very file (same inode) of the
    /// generation: one Brief was adopting from an earlier version when it was killed.
    func isAdoptedFile(_ name: String, generation: String) -> Bool {
        guard let own = Platform.status(path + "/" + name, followingLinks: false), own.type == .regular else { return false }
        return Platform.status(meta + "/" + generation + "/" + name, followingLinks: false)?.identity == own.identity
    }

    /// Puts Brief's link in place of `OUT/name` in one rename.
    func replaceWithLink(_ name: String) throws {
        let temporary = OutputFile.temporaryName(for: path + "/" + name)
        try Platform.symbolicLink(Self.linkTarget(name), at: temporary)
        do { try Platform.renameFile(temporary, to: path + "/" + name) } catch { Platform.removeFile(temporary); throw error }
    }

    /// Removes a folder Brief made inside `.brief` (flat: briefings only).
    static func removeFlatFolder(_ dir: String) {
        for name in (try? Platform.directoryEntries(dir)) ?? [] { Platform.removeFile(dir + "/" + name) }
        Platform.removeDirectory(dir)
    }

    /// Clears what a run killed part-way left, under the run lock: staging folders,
    /// generations other than the live one, a half-made `current` link, temporary files,
    /// and listed links that lead to nothing. Returns the manifest as it now stands (nil:
    /// the folder has none yet).
    func recover() -> OutputManifest? {
        let live = currentGeneration
        for name in (try? Platform.directoryEntries(meta)) ?? [] {
            let full = meta + "/" + name
            if name.hasPrefix("staging-") || (Self.isGenerationName(name) && name != live) {
                Self.removeFlatFolder(full)
            } else if name == "current.new" {
                Platform.removeFile(full)
            }
        }
        OutputFile.removeStaleTemporaries(in: meta)
        OutputFile.removeStaleTemporaries(in: path)
        guard var manifest = OutputManifest.load(manifestFile) else { return nil }
        let shown = live.map(names(in:)) ?? []
        let kept = manifest.links.filter { name in
            if !isBriefLink(name), let live, isAdoptedFile(name, generation: live) {
                try? replaceWithLink(name)                         // a migration the kill interrupted
            }
            guard isBriefLink(name) else { return false }          // gone, or no longer Brief's
            if shown.contains(name) { return true }
            Platform.removeFile(path + "/" + name)                 // Brief's link to nothing
            return false
        }
        let repaired = OutputManifest(generation: live, links: kept)
        if repaired != manifest {
            manifest = repaired
            try? manifest.save(manifestFile)
        }
        return manifest
    }
}
