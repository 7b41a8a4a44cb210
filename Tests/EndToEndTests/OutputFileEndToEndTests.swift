import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `-o FILE` through the built binary: what is at the path decides how it is written
/// (issue 11, defect 2).
@Suite("End to end: the output file")
struct OutputFileEndToEndTests {
    private let fixture = GrondvormProcess.fixtureKnowledge.path

    /// The listing `-o` should write (the same bytes as on standard output).
    private func listing() throws -> String {
        let result = try GrondvormProcess.run(["questions", "--knowledge", fixture, "--format", "json"])
        #expect(result.exitCode == 0)
        return result.standardOutput
    }

    private func run(_ arguments: [String], in folder: URL) throws -> GrondvormProcess.Result {
        try GrondvormProcess.run(["questions", "--knowledge", fixture, "--format", "json"] + arguments, in: folder)
    }

    /// The type bits of what is at `path`, without following a link.
    private func fileType(_ path: URL) -> mode_t {
        var status = stat()
        guard lstat(path.path, &status) == 0 else { return 0 }
        return status.st_mode & S_IFMT
    }

    private func permissions(_ path: URL) -> mode_t {
        var status = stat()
        guard stat(path.path, &status) == 0 else { return 0 }
        return status.st_mode & 0o7777
    }

    @Test func aLinkIsFollowedAndItsTargetKeepsItsMode() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("target.txt")
        try Data("old\n".utf8).write(to: target)
        #expect(chmod(target.path, 0o640) == 0)
        let link = folder.appendingPathComponent("link.txt")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "target.txt")

        let result = try run(["-o", "link.txt"], in: folder)
        #expect(result == GrondvormProcess.Result(standardOutput: "", standardError: "", exitCode: 0))
        #expect(fileType(link) == S_IFLNK)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "target.txt")
        #expect(try String(contentsOf: target, encoding: .utf8) == listing())
        #expect(permissions(target) == 0o640)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["link.txt", "target.txt"])
    }

    @Test func aPrivateFileStaysPrivate() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("private.json")
        try Data("old\n".utf8).write(to: file)
        #expect(chmod(file.path, 0o600) == 0)
        let result = try run(["-o", "private.json"], in: folder)
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(permissions(file) == 0o600)
        #expect(try String(contentsOf: file, encoding: .utf8) == listing())
    }

    @Test func aFIFOIsWrittenToNotReplaced() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let received = Received()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            let data = FileHandle(forReadingAtPath: fifo.path)?.readDataToEndOfFile() ?? Data()
            received.set(data)
            done.signal()
        }
        let result = try run(["-o", "pipe"], in: folder)
        if done.wait(timeout: .now() + 10) == .timedOut {
            // The program did not open the FIFO: release the reader, then fail.
            let writer = open(fifo.path, O_WRONLY | O_NONBLOCK)
            if writer >= 0 { close(writer) }
            _ = done.wait(timeout: .now() + 5)
            Issue.record("nothing was written to the FIFO")
        }
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(String(decoding: received.get(), as: UTF8.self) == (try listing()))
        #expect(fileType(fifo) == S_IFIFO)
    }

    /// As root a device node can be made in a scratch folder: it is written to, never replaced
    /// (the real `/dev/null` is tested as an unprivileged user below).
    @Test(.enabled(if: getuid() == 0, "making a device node needs root"))
    func aDeviceInAScratchFolderIsWrittenToNotReplaced() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let device = folder.appendingPathComponent("null")
        // Major 1, minor 3 (the null device), in Linux's dev_t encoding for small numbers.
        let null = dev_t(1 << 8 | 3)
        try #require(mknod(device.path, S_IFCHR | 0o666, null) == 0, "mknod: \(String(cString: strerror(errno)))")
        let result = try run(["-o", "null"], in: folder)
        #expect(result == GrondvormProcess.Result(standardOutput: "", standardError: "", exitCode: 0))
        #expect(fileType(device) == S_IFCHR)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["null"])
    }

    @Test(.enabled(if: GrondvormProcess.canRunUnprivileged, "needs a non-root user or setpriv"))
    func devNullAsAnUnprivilegedUser() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try GrondvormProcess.runUnprivileged(["questions", "-o", "/dev/null"], in: folder)
        #expect(result == GrondvormProcess.Result(standardOutput: "", standardError: "", exitCode: 0))
        #expect(fileType(URL(fileURLWithPath: "/dev/null")) == S_IFCHR)
    }

    /// A folder that allows no new files: neither a new file nor the replacement of an existing
    /// one can be written (exit 73), and the existing file is left as it was.
    @Test(.enabled(if: GrondvormProcess.canRunUnprivileged, "needs a non-root user or setpriv"))
    func aReadOnlyFolderAsAnUnprivilegedUser() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer {
            _ = chmod(folder.appendingPathComponent("ro").path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        let readOnly = folder.appendingPathComponent("ro")
        try FileManager.default.createDirectory(at: readOnly, withIntermediateDirectories: false)
        try Data("old\n".utf8).write(to: readOnly.appendingPathComponent("old.txt"))
        if getuid() == 0 {
            let user = GrondvormProcess.unprivilegedUser
            #expect(chown(readOnly.path, user.uid, user.gid) == 0)
            #expect(chown(readOnly.appendingPathComponent("old.txt").path, user.uid, user.gid) == 0)
        }
        #expect(chmod(readOnly.path, 0o555) == 0)

        for name in ["new.txt", "old.txt"] {
            let result = try GrondvormProcess.runUnprivileged(["questions", "-o", "ro/" + name], in: folder)
            #expect(
                result
                    == GrondvormProcess.Result(
                        standardOutput: "",
                        standardError: "error: cannot write 'ro/\(name)': its folder does not allow new files\n",
                        exitCode: 73))
        }
        #expect(try String(contentsOf: readOnly.appendingPathComponent("old.txt"), encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: readOnly.path) == ["old.txt"])
    }

    /// `/proc/version` exists, but `/proc` takes no new files: the message says so (it said "no
    /// such file or folder"), in both languages, with exit 73.
    @Test func aFileInProcSaysWhyItCannotBeWritten() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let english = try GrondvormProcess.run(["questions", "-o", "/proc/version"], in: folder)
        #expect(
            english
                == GrondvormProcess.Result(
                    standardOutput: "",
                    standardError: "error: cannot write '/proc/version': its folder does not allow new files\n",
                    exitCode: 73))
        let dutch = try GrondvormProcess.run(["questions", "-o", "/proc/version", "--lang", "nl"], in: folder)
        #expect(
            dutch.standardError
                == "fout: kan '/proc/version' niet schrijven: in de map ervan kunnen geen bestanden worden aangemaakt\n"
        )
    }

    /// The answers file as the output, by any path: refused with exit 64 before anything is
    /// asked, and the answers are left as they were.
    @Test(arguments: ["answers.json", "./answers.json", "alias.json"])
    func theInputFileIsNeverOverwritten(output: String) throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let answers = #"{"answers": {"motieven": ["kosten-besparen"]}}"# + "\n"
        try Data(answers.utf8).write(to: folder.appendingPathComponent("answers.json"))
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("alias.json").path, withDestinationPath: "answers.json")
        let result = try GrondvormProcess.run(
            ["--knowledge", fixture, "--answers", "answers.json", "-o", output, "--lang", "en"], input: "1\nyes\n",
            in: folder)
        #expect(
            result
                == GrondvormProcess.Result(
                    standardOutput: "",
                    standardError:
                        "error: will not write the output to '\(output)': this run reads it as input; choose another file\n",
                    exitCode: 64))
        #expect(try String(contentsOf: folder.appendingPathComponent("answers.json"), encoding: .utf8) == answers)
    }

    /// A person at a terminal is told where the output went; a script is not (see the tests above).
    @Test(.enabled(if: TerminalSession.isAvailable, "needs util-linux 'script'"))
    func aTerminalIsToldWhereTheOutputWent() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try TerminalSession(
            ["questions", "--knowledge", fixture, "-o", "questions.txt"], environment: ["NO_COLOR": "1"], in: folder)
        #expect(session.exitCode() == 0, "\(session.screen)")
        #expect(session.screen == "Written to 'questions.txt'.\n")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("questions.txt").path))
    }
}

/// Bytes handed from the reader thread to the test.
private final class Received: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func set(_ value: Data) { lock.withLock { data = value } }
    func get() -> Data { lock.withLock { data } }
}
