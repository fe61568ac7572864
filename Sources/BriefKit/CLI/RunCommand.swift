import Foundation

/// `brief run --config FILE`: what cron calls.
enum RunCommand {
    static let spec = CommandSpec(
        name: "run",
        abstract: "Run the briefings a config file asks for; made for cron (quiet on success).",
        options: [.init("--config", short: "-c", value: "file", help: "The config file (see 'brief init').", default: "brief.json"),
                  .init("--wait", value: "seconds", help: "Wait this long for another run to finish instead of failing at once.", default: "0"),
                  .init("--verbose", short: "-v", help: "Print one line per file written (on stderr).")],
        examples: ["brief run --config /srv/brief/brief.json", "0 7 * * 1  /usr/local/bin/brief run --config /srv/brief/brief.json"])

    static func run(_ args: ParsedArguments, console: Console) -> ExitStatus {
        guard let wait = Double(args.value("--wait") ?? "0"), wait >= 0, wait.isFinite else {
            console.report(BriefError(.usage, "the value '\(args.value("--wait") ?? "")' is invalid for '--wait'; give seconds, e.g. --wait 60"))
            return .usage
        }
        let config: RunConfig
        do { config = try RunConfig.load(file: args.value("--config") ?? "brief.json") } catch let e as BriefError {
            console.report(e)
            return .usage
        } catch { return .usage }
        var runner = Runner(config: config, console: console)
        runner.verbose = args.has("--verbose")
        runner.wait = wait
        return runner.run()
    }
}

/// `brief init [DIR]`: a commented example config.
enum InitCommand {
    static let spec = CommandSpec(
        name: "init",
        abstract: "Write a commented example config (brief.json) to start from.",
        arguments: "[DIR]", argumentsHelp: "Folder to write brief.json into (default: the current folder).",
        options: [.init("--force", help: "Overwrite an existing brief.json.")],
        examples: ["brief init /srv/brief"])

    static func run(_ args: ParsedArguments, console: Console) -> ExitStatus {
        let dir = args.positionals.first ?? "."
        let file = (dir as NSString).appendingPathComponent("brief.json")
        if FileManager.default.fileExists(atPath: file) && !args.has("--force") {
            console.report(BriefError(.usage, "brief.json exists already; pass --force to overwrite it", at: SourceLocation(file: file)))
            return .usage
        }
        do { try OutputFile.write(RunConfig.example, to: file) } catch let e as BriefError {
            console.report(e)
            return .partialFailure
        } catch { return .partialFailure }
        return .success
    }
}
