/// How the process ends; the executable exits with ``rawValue``.
public enum ExitCode: Int32, Sendable, Hashable, CaseIterable {
    /// Success, including help, `--version` and a consultation that finished.
    case success = 0
    /// A check failed (for example `grondvorm check` found a problem that is not bad data).
    case failure = 1
    /// The command line was wrong (`EX_USAGE`).
    case usage = 64
    /// Bad data: a broken knowledge base or bad answers (`EX_DATAERR`).
    case dataError = 65
    /// An input file or folder does not exist (`EX_NOINPUT`).
    case noInput = 66
    /// The output file cannot be created or written (`EX_CANTCREAT`).
    case cannotCreate = 73
    /// Interrupted with Ctrl-C (128 + SIGINT).
    case interrupted = 130
}
