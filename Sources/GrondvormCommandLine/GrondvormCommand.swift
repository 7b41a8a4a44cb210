import KnowledgeBase

/// The `grondvorm` program as a library: arguments, environment and console in, exit code out.
///
/// The executable only builds the real console and environment and calls ``run(arguments:environment:console:fileSystem:)``;
/// tests call it with a scripted console and a fake file system.
public enum GrondvormCommand {
    /// The program's version, printed alone by `--version`.
    public static let version = "0.1.0"

    /// Runs the whole program for these arguments and returns the exit code.
    ///
    /// Help and `--version` go to standard output (exit 0); a wrong command line gives one
    /// `error: …` line and a hint on standard error (exit 64). Otherwise the subcommand runs:
    /// `advise` (the default), `check`, `questions` or `test`. Nothing here ends the process, and no input
    /// makes it crash.
    ///
    /// - Parameters:
    ///   - arguments: The arguments, without the program name.
    ///   - environment: The environment variables and working directory, captured once.
    ///   - console: Standard input, output and error.
    ///   - fileSystem: Where `--knowledge`, `--answers` and `--output` are read and written.
    /// - Returns: How the process should exit: ``ExitCode/success``, ``ExitCode/usage`` (64),
    ///   ``ExitCode/dataError`` (65: a knowledge base that is not sound, bad or missing answers),
    ///   ``ExitCode/noInput`` (66: a file or folder that does not exist),
    ///   ``ExitCode/cannotCreate`` (73: the output file or standard output cannot be written,
    ///   for example `> /dev/full` or a closed standard output), or
    ///   ``ExitCode/failure`` (1: the consultation was stopped, or the case suite missed its bar).
    ///   An `--output` file that the run reads as an input is refused with ``ExitCode/usage``.
    public static func run(
        arguments: [String], environment: Environment, console: any Console, fileSystem: any FileSystem
    ) -> ExitCode {
        let code = runWithoutChecking(
            arguments: arguments, environment: environment, console: console, fileSystem: fileSystem)
        guard let failure = console.outputFailure else { return code }
        var chosen: Language?
        if case .run(let invocation)? = try? ArgumentParser.parse(arguments) { chosen = invocation.language }
        let language = EnvironmentPolicy.language(chosen: chosen, variables: environment.variables)
        console.writeError(Messages.cannotWriteOutput(reason: failure, in: language))
        return .cannotCreate
    }

    /// ``run(arguments:environment:console:fileSystem:)`` without the final check that standard
    /// output took everything.
    private static func runWithoutChecking(
        arguments: [String], environment: Environment, console: any Console, fileSystem: any FileSystem
    ) -> ExitCode {
        let request: CommandRequest
        do {
            request = try ArgumentParser.parse(arguments)
        } catch {
            console.writeError(error.rendered)
            return .usage
        }
        switch request {
        case .help(let topic):
            console.write(HelpText(topic: topic, width: EnvironmentPolicy.width(variables: environment.variables)).rendered)
            return .success
        case .version:
            console.write(version + "\n")
            return .success
        case .run(let invocation):
            return CommandRun(invocation: invocation, environment: environment, console: console, fileSystem: fileSystem)
                .run()
        }
    }
}
