/// The `brief` command line: dispatches to subcommands and maps outcomes to exit codes.
public enum BriefCLI {
    public static let version = "0.1.0"

    /// A subcommand: its description and what it does.
    struct Command: Sendable {
        var spec: CommandSpec
        var run: @Sendable (ParsedArguments, Console) -> ExitStatus
    }

    static var commands: [Command] {
        [
            Command(spec: IngestCommand.spec, run: IngestCommand.run),
            Command(spec: ExtractCommand.spec, run: ExtractCommand.run),
            Command(spec: RenderCommand.spec, run: RenderCommand.run),
            Command(spec: AnnualCommand.spec, run: AnnualCommand.run),
            Command(spec: UnitCommand.spec, run: UnitCommand.run),
            Command(spec: DiffCommand.spec, run: DiffCommand.run),
            Command(spec: DigestCommand.spec, run: DigestCommand.run),
            Command(spec: BuildCommand.spec, run: BuildCommand.run),
            Command(spec: RunCommand.spec, run: RunCommand.run),
            Command(spec: InitCommand.spec, run: InitCommand.run),
        ]
    }

    public static var helpText: String {
        var out = """
        OVERVIEW: Brief turns Chinese public-sector documents (reports, work summaries, budgets,
        article feeds) into comparative briefings with every figure traced to its source.

        USAGE: brief <command> [options] [arguments]

        COMMANDS:

        """
        for c in commands {
            out += "  \(c.spec.name.padding(toLength: 10, withPad: " ", startingAt: 0))\(c.spec.abstract)\n"
        }
        out += """

        OPTIONS:
          -h, --help  Show this help.
          --version   Show the version.

        See 'brief <command> --help' or 'brief help <command>' for a command's options.
        EXIT STATUS: 0 success; 1 some input or output failed (the rest was done); 2 usage or config error.

        """
        return out
    }

    public static func main(_ args: [String], console: Console = .standard) -> ExitStatus {
        Platform.ignoreBrokenPipe()
        return finish(dispatch(args, console: console), console: console)
    }

    /// The status once standard output is accounted for. A closed pipe is the end of the
    /// output, which its reader chose (`brief extract samples | head -1`): quiet, and the
    /// status stands. Any other failure (a full disk) is one line and at least exit 1.
    static func finish(_ status: ExitStatus, console: Console) -> ExitStatus {
        guard let failure = console.outputFailure(), !failure.isBrokenPipe else { return status }
        console.report(BriefError(.output, "cannot write to standard output: \(failure.message)"))
        return status == .success ? .partialFailure : status
    }

    static func dispatch(_ args: [String], console: Console) -> ExitStatus {
        guard let first = args.first else {
            console.err(helpText)
            return .usage
        }
        switch first {
        case "-h", "--help":
            console.out(helpText)
            return .success
        case "--version":
            console.out("brief \(version)\n")
            return .success
        case "help":
            guard args.count > 1 else { console.out(helpText); return .success }
            guard let c = commands.first(where: { $0.spec.name == args[1] }) else {
                console.report(unknownCommand(args[1]))
                return .usage
            }
            console.out(c.spec.helpText)
            return .success
        default:
            break
        }
        guard let command = commands.first(where: { $0.spec.name == first }) else {
            console.report(unknownCommand(first))
            return .usage
        }
        let rest = Array(args.dropFirst())
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentParser.parse(rest, spec: command.spec)
        } catch let error as BriefError {
            // One line, as every error: the usage is one --help away.
            var e = error
            if !e.message.contains("--help") { e.message += " (see 'brief \(command.spec.name) --help')" }
            console.report(e)
            return .usage
        } catch {
            console.report(BriefError(.usage, "\(error)"))
            return .usage
        }
        if parsed.has("--help") {
            console.out(command.spec.helpText)
            return .success
        }
        return command.run(parsed, console)
    }

    static func unknownCommand(_ name: String) -> BriefError {
        let names = commands.map(\.spec.name) + ["help"]
        if let near = ArgumentParser.nearest(name, in: names) {
            return BriefError(.usage, "unknown command '\(name)'; did you mean '\(near)'?")
        }
        return BriefError(.usage, "unknown command '\(name)'; see 'brief --help'")
    }
}
