import Foundation

/// Runs the built `grondvorm` binary (which `swift test` builds next to the test bundle).
enum CommandLineBinary {
    struct Result {
        var standardOutput: String
        var standardError: String
        var exitCode: Int32
    }

    /// The binary: `GRONDVORM_BINARY` if set, else next to the test bundle, else `.build/debug/grondvorm`.
    static let url: URL = {
        if let path = ProcessInfo.processInfo.environment["GRONDVORM_BINARY"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("grondvorm"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("grondvorm"),
            CommandLineTestPaths.packageRoot.appendingPathComponent(".build/debug/grondvorm"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }()

    /// Runs the binary with `arguments` in `directory` (default: the temporary folder), standard
    /// input empty, a fixed minimal environment.
    static func run(_ arguments: [String], in directory: URL = FileManager.default.temporaryDirectory) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C"]
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("grondvorm-bin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("out")
        let err = scratch.appendingPathComponent("err")
        try Data().write(to: out)
        try Data().write(to: err)
        let outHandle = try FileHandle(forWritingTo: out)
        let errHandle = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return Result(
            standardOutput: String(decoding: try Data(contentsOf: out), as: UTF8.self),
            standardError: String(decoding: try Data(contentsOf: err), as: UTF8.self),
            exitCode: process.terminationStatus)
    }
}
