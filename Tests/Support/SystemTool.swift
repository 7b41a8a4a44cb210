public import Foundation

/// A program of the host system that some tests use when it is installed (`bash`, `zsh`, `fish`,
/// `groff`, `man`); tests that need one skip with a message when it is absent.
public enum SystemTool {
    /// The folders searched, in order (a fixed list: the tests' own `PATH` is not trusted).
    public static let folders = ["/usr/local/bin", "/usr/bin", "/bin"]

    /// The executable called `name` in one of ``folders``, or `nil`.
    public static func find(_ name: String) -> URL? {
        folders.map { URL(fileURLWithPath: $0).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Whether `name` is installed.
    public static func isInstalled(_ name: String) -> Bool { find(name) != nil }

    /// Runs the tool `name` with `arguments` and `input` on standard input, in the environment of
    /// ``GrondvormProcess/run(_:input:environment:in:executable:timeout:)``.
    ///
    /// - Throws: When the tool is not installed, or cannot be started.
    public static func run(
        _ name: String, _ arguments: [String], input: String = "", environment: [String: String?] = [:],
        timeout: Double = 60
    ) throws -> GrondvormProcess.Result {
        guard let tool = find(name) else { throw CocoaError(.fileNoSuchFile) }
        return try GrondvormProcess.run(
            arguments, input: input, environment: environment, executable: tool, timeout: timeout)
    }
}
