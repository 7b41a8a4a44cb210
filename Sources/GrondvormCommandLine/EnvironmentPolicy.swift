import Advisor
import KnowledgeBase

/// The decisions the command line takes from the environment and the terminal, once per run.
///
/// Each is a pure function of its inputs, so tests can check every combination.
enum EnvironmentPolicy {
    /// The help's width when `COLUMNS` does not give one.
    static let defaultWidth = 80

    /// The language: `--lang` when given; else the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// that is set and not empty (the POSIX order): Dutch when it is `nl` or starts with `nl_`,
    /// `nl-`, `nl.` or `nl@` (`nl_NL.UTF-8`, `nl_BE`), English otherwise (also for `C` and `POSIX`).
    static func language(chosen: Language?, variables: [String: String]) -> Language {
        if let chosen { return chosen }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { variables[$0] }.first { !$0.isEmpty }
        guard let locale = locale?.lowercased() else { return .en }
        let isDutch = locale == "nl" || ["nl_", "nl-", "nl.", "nl@"].contains { locale.hasPrefix($0) }
        return isDutch ? .nl : .en
    }

    /// Whether to colour a stream: only when it is a terminal, `NO_COLOR` is unset or empty,
    /// `TERM` is not `dumb`, and `--no-color` was not given.
    static func usesColor(streamIsTerminal: Bool, variables: [String: String], disabled: Bool) -> Bool {
        guard streamIsTerminal, !disabled else { return false }
        if let noColor = variables["NO_COLOR"], !noColor.isEmpty { return false }
        return variables["TERM"] != "dumb"
    }

    /// Whether the process runs under continuous integration: `CI` set and not empty.
    static func isContinuousIntegration(_ variables: [String: String]) -> Bool {
        !(variables["CI"] ?? "").isEmpty
    }

    /// How the consultation gets answers it does not have yet.
    ///
    /// The interview is shown on standard error (see ``ConsoleConversation``), so a person is
    /// present when standard input and standard error are terminals, whatever standard output is:
    /// `grondvorm > report.txt` on a terminal is interactive.
    ///
    /// - `--no-input` → ``InputMode/noPrompt``; `--interactive` → ``InputMode/interactive``;
    ///   `--answers -` → ``InputMode/noPrompt`` (standard input holds the answers file).
    /// - Standard input and standard error both terminals, and not under CI →
    ///   ``InputMode/interactive`` (answers from `--answers` are used and only the rest is asked).
    /// - Otherwise, with `--answers` → ``InputMode/noPrompt``; without → ``InputMode/lineByLine``
    ///   (answers read as typed; `--answer` values are used and only the rest is read).
    static func inputMode(
        invocation: Invocation, inputIsTerminal: Bool, errorIsTerminal: Bool, variables: [String: String]
    ) -> InputMode {
        if invocation.forbidsInput { return .noPrompt }
        if invocation.forcesInteractive { return .interactive }
        if invocation.answersPath == "-" { return .noPrompt }
        if inputIsTerminal && errorIsTerminal && !isContinuousIntegration(variables) { return .interactive }
        return invocation.answersPath == nil ? .lineByLine : .noPrompt
    }

    /// The width help wraps to: `COLUMNS` when it is a positive whole number, else 80.
    static func width(variables: [String: String]) -> Int {
        columns(variables: variables) ?? defaultWidth
    }

    /// The width the interview and the text report wrap to: `COLUMNS` when it is a positive whole
    /// number (the binary sets it from the terminal when there is one), else `nil`: the
    /// interview's lines stay whole for a program or log that reads them, and the report takes
    /// its default width.
    static func columns(variables: [String: String]) -> Int? {
        guard let columns = variables["COLUMNS"].flatMap({ Int($0) }), columns > 0 else { return nil }
        return columns
    }
}
