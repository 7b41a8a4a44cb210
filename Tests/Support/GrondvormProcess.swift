public import Foundation
import Testing

/// Runs the built `grondvorm` binary (or another executable of the package) as a separate
/// process, the way a user or a script would.
public enum GrondvormProcess {
    /// What one run produced.
    public struct Result: Sendable, Equatable {
        /// Everything written to standard output.
        public var standardOutput: String
        /// Everything written to standard error.
        public var standardError: String
        /// The exit status.
        public var exitCode: Int32

        /// Creates a result.
        public init(standardOutput: String, standardError: String, exitCode: Int32) {
            self.standardOutput = standardOutput
            self.standardError = standardError
            self.exitCode = exitCode
        }
    }

    /// The package's root folder (this file is `Tests/Support/GrondvormProcess.swift`).
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `Golden/` folder of the end-to-end tests.
    public static let goldenFolder = packageRoot.appendingPathComponent("Tests/EndToEndTests/Golden")

    /// The small fixture knowledge base of the end-to-end tests, `Golden/knowledge`.
    public static let fixtureKnowledge = goldenFolder.appendingPathComponent("knowledge")

    /// The built binary: `GRONDVORM_BINARY` if set, else next to the test bundle (`swift test`
    /// builds the executables into the same folder), else `.build/debug/grondvorm`.
    public static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["GRONDVORM_BINARY"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return executable(named: "grondvorm")
    }()

    /// An executable product built next to the test bundle, such as `KnowledgeEmbedder`.
    public static func executable(named name: String) -> URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent(name),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent(name),
            packageRoot.appendingPathComponent(".build/debug/" + name),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }

    /// A minimal, fixed environment, so the host's locale and terminal settings do not leak in,
    /// and a fixed report date (`SOURCE_DATE_EPOCH`, 2026-01-01 UTC), so HTML and Markdown
    /// reports are the same bytes on every day.
    public static let baseEnvironment = [
        "PATH": "/usr/bin:/bin", "LANG": "C", "TERM": "dumb", "SOURCE_DATE_EPOCH": fixedReportEpoch,
    ]

    /// The `SOURCE_DATE_EPOCH` of ``baseEnvironment``: 2026-01-01 00:00:00 UTC.
    public static let fixedReportEpoch = "1767225600"

    /// Runs the binary with `arguments`, `input` piped to standard input (closed at its end), the
    /// given environment variables on top of ``baseEnvironment`` (`nil` values remove one), in
    /// `directory` (default: a fresh temporary folder).
    ///
    /// - Parameters:
    ///   - executable: The program to run; ``binary`` by default.
    ///   - timeout: Seconds before the process is ended and an issue recorded.
    public static func run(
        _ arguments: [String],
        input: String = "",
        environment: [String: String?] = [:],
        in directory: URL? = nil,
        executable: URL = binary,
        timeout: Double = 60
    ) throws -> Result {
        let workFolder = try directory ?? temporaryFolder()
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = workFolder
        var variables = baseEnvironment
        for (key, value) in environment { variables[key] = value }
        process.environment = variables

        // Output goes to files, so a large output can never block the child on a full pipe.
        let scratch = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        let inputPipe = Pipe()
        process.standardInput = inputPipe
        process.standardOutput = outHandle
        process.standardError = errHandle

        try process.run()
        // Feed standard input from another thread: the child may stop reading early.
        let writer = inputPipe.fileHandleForWriting
        let data = Data(input.utf8)
        let fed = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? writer.write(contentsOf: data)
            try? writer.close()
            fed.signal()
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(2_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            Issue.record("\(executable.lastPathComponent) \(arguments) did not finish within \(timeout) s")
        }
        process.waitUntilExit()
        _ = fed.wait(timeout: .now() + 5)
        try outHandle.close()
        try errHandle.close()
        if directory == nil { try? FileManager.default.removeItem(at: workFolder) }
        return Result(
            standardOutput: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            standardError: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
            exitCode: process.terminationStatus)
    }

    /// The user the unprivileged runs use when the tests run as root: `nobody`.
    public static let unprivilegedUser: (uid: UInt32, gid: UInt32) = (65_534, 65_534)

    /// `setpriv` (util-linux), which runs a program as another user without a login.
    private static let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")

    /// Whether ``runUnprivileged(_:input:environment:in:)`` can run the binary as a user without
    /// root's powers: the tests run as another user already, or as root with `setpriv` at hand.
    public static var canRunUnprivileged: Bool {
        getuid() != 0 || FileManager.default.isExecutableFile(atPath: setpriv.path)
    }

    /// Runs the binary as ``run(_:input:environment:in:executable:timeout:)`` does, but never as
    /// root: as root, through `setpriv` as `nobody` (files it must read or write need permissions
    /// for that user).
    public static func runUnprivileged(
        _ arguments: [String], input: String = "", environment: [String: String?] = [:], in directory: URL? = nil
    ) throws -> Result {
        guard getuid() == 0 else { return try run(arguments, input: input, environment: environment, in: directory) }
        let user = unprivilegedUser
        return try run(
            ["--reuid=\(user.uid)", "--regid=\(user.gid)", "--clear-groups", binary.path] + arguments, input: input,
            environment: environment, in: directory, executable: setpriv)
    }

    /// A new empty temporary folder; the caller removes it.
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("grondvorm-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Copies the shipped `Knowledge/` folder to `folder/kb` and replaces, in its file `file`,
    /// each `find` by its `replacement`; returns the copy. Every `find` must occur in the file
    /// (else an issue is recorded and the test stops), so an edit can never silently miss.
    public static func shippedKnowledgeCopy(
        in folder: URL, editing file: String, replacing edits: [(find: String, replacement: String)]
    ) throws -> URL {
        let knowledge = folder.appendingPathComponent("kb")
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("Knowledge"), to: knowledge)
        let url = knowledge.appendingPathComponent(file)
        var text = try String(contentsOf: url, encoding: .utf8)
        for edit in edits {
            try #require(text.contains(edit.find), "not in \(file): \(edit.find)")
            text = text.replacingOccurrences(of: edit.find, with: edit.replacement)
        }
        try Data(text.utf8).write(to: url)
        return knowledge
    }

    /// A fixture folder under `Golden/`, as an absolute path.
    public static func golden(_ relativePath: String) -> String {
        goldenFolder.appendingPathComponent(relativePath).path
    }
}
