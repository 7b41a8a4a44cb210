import KnowledgeBase

/// The `grondvorm` program as a library: arguments, environment and console in, exit code out.
///
/// The executable only builds the real console and environment and calls ``run(arguments:environment:console:fileSystem:)``;
/// tests call it with a scripted console and a fake file system.
public enum GrondvormCommand {
    /// The program's version; `--version` prints it with the built-in knowledge base's (see ``VersionText``).
    public static let version = "0.1.0"

    /// Runs the whole program for these arguments and returns the exit code.
    ///
    /// Help, `--version`, completion scripts and the manual page go to standard output (exit 0);
    /// a wrong command line gives one `error: …` line and a hint on standard error (exit 64).
    /// Otherwise the subcommand runs: `advise` (the default), `check`, `questions`, `test` or
    /// `compare`. Help and usage errors speak the language of everything else: `--lang` when it
    /// is anywhere on the line (even after the mistake), else `LC_ALL`, `LC_MESSAGES` or `LANG`.
    /// Nothing here ends the process, and no input makes it crash.
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
        let language = EnvironmentPolicy.language(
            chosen: ArgumentParser.requestedLanguage(in: arguments), variables: environment.variables)
        console.writeError(Messages.cannotWriteOutput(reason: failure, in: language))
        return .cannotCreate
    }

    /// ``run(arguments:environment:console:fileSystem:)`` without the final check that standard
    /// output took everything.
    private static func runWithoutChecking(
        arguments: [String], environment: Environment, console: any Console, fileSystem: any FileSystem
    ) -> ExitCode {
        // Chosen before parsing, so that a line that cannot be parsed is refused in its language.
        let language = EnvironmentPolicy.language(
            chosen: ArgumentParser.requestedLanguage(in: arguments), variables: environment.variables)
        let request: CommandRequest
        do {
            request = try ArgumentParser.parse(arguments)
        } catch {
            console.writeError(error.rendered(in: language))
            return .usage
        }
        switch request {
        case .help(let topic):
            let width = EnvironmentPolicy.width(variables: environment.variables)
            console.write(HelpText(topic: topic, language: language, width: width).rendered)
            return .success
        case .version:
            console.write(VersionText.rendered(in: language))
            return .success
        case .completions(let shell):
            console.write(CompletionScript(shell: shell, language: language).rendered)
            return .success
        case .manual:
            console.write(ManualPage(language: language).rendered)
            return .success
        case .run(let invocation):
            return CommandRun(
                invocation: invocation, environment: environment, console: console, fileSystem: fileSystem
            )
            .run()
        }
    }
}
