public import Foundation

/// The built binary on a pseudo-terminal (through util-linux `script`), typed at like a person would.
public final class TerminalSession: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let lock = NSLock()
    private var received = Data()

    /// Whether `script` is available to provide the pseudo-terminal.
    public static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/script") }

    /// Starts `grondvorm arguments` on a new pseudo-terminal.
    ///
    /// - Parameter standardOutput: A file (relative to `directory`) that standard output is
    ///   redirected to, as `grondvorm > FILE` in a shell; `nil` leaves it on the terminal.
    public init(
        _ arguments: [String], environment: [String: String?] = [:], in directory: URL, standardOutput: String? = nil
    ) throws {
        var command = ([GrondvormProcess.binary.path] + arguments).map(Self.quoted).joined(separator: " ")
        if let standardOutput { command += " > " + Self.quoted(standardOutput) }
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        // -q quiet, -f flush, -e return the child's exit code, -c the command; no typescript file.
        process.arguments = ["-qfec", command, "/dev/null"]
        process.currentDirectoryURL = directory
        var variables = GrondvormProcess.baseEnvironment
        for (key, value) in environment { variables[key] = value }
        process.environment = variables
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.withLock { self.received.append(data) }
        }
        try process.run()
    }

    /// Everything the terminal showed so far, with the terminal's `\r\n` turned into `\n`.
    public var screen: String {
        lock.withLock { String(decoding: received, as: UTF8.self) }.replacingOccurrences(of: "\r\n", with: "\n")
    }

    /// Waits until the screen shows `text`; `false` after `timeout` seconds.
    public func waitFor(_ text: String, timeout: Double = 30) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if screen.contains(text) { return true }
            usleep(5_000)
        }
        return false
    }

    /// Types `text` (a line ends with `\n`; Ctrl-C is `\u{03}`).
    public func type(_ text: String) throws {
        try input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
    }

    /// Waits for the program to end and returns its exit code (`nil` if it did not end in time).
    public func exitCode(timeout: Double = 30) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(5_000) }
        guard !process.isRunning else {
            process.terminate()
            return nil
        }
        try? input.fileHandleForWriting.close()
        output.fileHandleForReading.readabilityHandler = nil
        lock.withLock { received.append(output.fileHandleForReading.readDataToEndOfFile()) }
        return process.terminationStatus
    }

    /// `text` in single quotes for the shell `script` starts.
    private static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}
