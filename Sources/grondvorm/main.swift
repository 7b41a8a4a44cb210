// The `grondvorm` executable: builds the real console and environment, runs the program, exits.
// Everything else lives in the `GrondvormCommandLine` library, where it can be tested without a process.

import GrondvormCommandLine

#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    @preconcurrency import Darwin
#endif

/// The process's own standard streams.
final class ProcessConsole: Console {
    let inputIsTerminal = isatty(STDIN_FILENO) == 1
    let outputIsTerminal = isatty(STDOUT_FILENO) == 1
    let errorIsTerminal = isatty(STDERR_FILENO) == 1
    private(set) var outputFailure: String?

    /// Reads one line, keeping at most ``InputLimit/bytes`` + 1 bytes of it and skipping the rest,
    /// so a huge line cannot exhaust memory (and is still longer than any input may be).
    func readLine() -> String? {
        let limit = InputLimit.bytes + 1
        var line: [UInt8] = []
        var sawAnything = false
        while true {
            let character = getchar_unlocked()
            if character == EOF { break }
            sawAnything = true
            if character == 0x0A { break }
            if line.count < limit { line.append(UInt8(truncatingIfNeeded: character)) }
        }
        guard sawAnything else { return nil }
        if line.last == 0x0D { line.removeLast() }
        return String(decoding: line, as: UTF8.self)
    }

    func write(_ text: String) {
        guard let failure = Self.put(text, to: stdout), outputFailure == nil else { return }
        outputFailure = String(cString: strerror(failure))
    }

    func writeError(_ text: String) {
        fflush(stdout)
        _ = Self.put(text, to: stderr)
    }

    /// Writes the text's bytes (all of them, NUL included) and flushes, so prompts appear at once
    /// and standard output and error keep their order; returns the `errno` of a failure, or `nil`.
    private static func put(_ text: String, to stream: UnsafeMutablePointer<FILE>) -> Int32? {
        var text = text
        let written = text.withUTF8 { bytes in
            fwrite(bytes.baseAddress, 1, bytes.count, stream) == bytes.count
        }
        if !written || fflush(stream) != 0 { return errno }
        return nil
    }
}

/// Gives each standard stream that is closed (`<&-`, `>&-`) a stand-in that fails the same way
/// (`/dev/null`, opened for reading: input ends at once, writes fail), so no file the program
/// opens later can take its number and receive the report.
func standInForClosedStreams() {
    for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
        let stand = open("/dev/null", O_RDONLY)
        if stand >= 0 && stand != descriptor {
            dup2(stand, descriptor)
            close(stand)
        }
    }
}

/// The environment variables, read once.
func environmentVariables() -> [String: String] {
    var variables: [String: String] = [:]
    var entry = environ
    while let pointer = entry.pointee {
        let pair = String(cString: pointer)
        if let equals = pair.firstIndex(of: "=") {
            variables[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
        }
        entry += 1
    }
    return variables
}

/// The working directory, or `.` if it cannot be read.
func workingDirectory() -> String {
    guard let pointer = getcwd(nil, 0) else { return "." }
    defer { free(pointer) }
    return String(cString: pointer)
}

/// The terminal's width, for wrapping help, the interview and text reports (`COLUMNS` wins):
/// standard output's terminal, or standard error's when the report is redirected and the
/// interview goes there.
func terminalColumns() -> Int? {
    for descriptor in [STDOUT_FILENO, STDERR_FILENO] {
        var size = winsize()
        if isatty(descriptor) == 1, ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
    }
    return nil
}

// Ctrl-C: the terminal is never put in raw mode, so there is nothing to restore; end the line the
// user was typing on and exit with 130 (128 + SIGINT). Only async-signal-safe calls here.
signal(SIGINT) { _ in
    _ = write(STDERR_FILENO, "\n", 1)
    _exit(130)
}
// Output into a closed pipe (`grondvorm questions | head -1`) ends the process quietly with
// SIGPIPE, status 141 in the shell, as for any Unix filter, even if the parent ignored the signal.
signal(SIGPIPE, SIG_DFL)
standInForClosedStreams()

var variables = environmentVariables()
if variables["COLUMNS"] == nil, let columns = terminalColumns() {
    variables["COLUMNS"] = String(columns)
}
let code = GrondvormCommand.run(
    arguments: Array(CommandLine.arguments.dropFirst()),
    environment: Environment(variables: variables, currentDirectory: workingDirectory(), startTime: time(nil)),
    console: ProcessConsole(),
    fileSystem: LocalFileSystem())
exit(code.rawValue)
