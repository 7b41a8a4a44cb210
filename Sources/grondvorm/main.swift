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

    func readLine() -> String? {
        Swift.readLine(strippingNewline: true)
    }

    func write(_ text: String) {
        Self.put(text, to: stdout)
    }

    func writeError(_ text: String) {
        fflush(stdout)
        Self.put(text, to: stderr)
    }

    /// Writes the text's bytes (all of them, NUL included) and flushes, so prompts appear at once
    /// and standard output and error keep their order.
    private static func put(_ text: String, to stream: UnsafeMutablePointer<FILE>) {
        var text = text
        text.withUTF8 { bytes in
            _ = fwrite(bytes.baseAddress, 1, bytes.count, stream)
        }
        fflush(stream)
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

/// The terminal's width when standard output is one, for wrapping help (`COLUMNS` wins).
func terminalColumns() -> Int? {
    var size = winsize()
    guard isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else {
        return nil
    }
    return Int(size.ws_col)
}

// Ctrl-C: the terminal is never put in raw mode, so there is nothing to restore; end the line the
// user was typing on and exit with 130 (128 + SIGINT). Only async-signal-safe calls here.
signal(SIGINT) { _ in
    _ = write(STDERR_FILENO, "\n", 1)
    _exit(130)
}

var variables = environmentVariables()
if variables["COLUMNS"] == nil, let columns = terminalColumns() {
    variables["COLUMNS"] = String(columns)
}
let code = GrondvormCommand.run(
    arguments: Array(CommandLine.arguments.dropFirst()),
    environment: Environment(variables: variables, currentDirectory: workingDirectory()),
    console: ProcessConsole(),
    fileSystem: LocalFileSystem())
exit(code.rawValue)
