import Foundation
import TestSupport
import Testing

/// `scripts/install.sh`: the installed binary, its completions and its manual page, used from a
/// folder outside the checkout.
///
/// The full install makes a release build with a static standard library (several minutes), so
/// it runs only when `GRONDVORM_INSTALL_TEST=1`; `.ci/run` runs the same install as a step of its own.
@Suite("End to end: scripts/install.sh")
struct InstallEndToEndTests {
    /// The variable that turns on the full install test.
    static let variable = "GRONDVORM_INSTALL_TEST"

    /// Whether the full install test runs.
    static var isEnabled: Bool { ProcessInfo.processInfo.environment[variable] == "1" }

    /// The installer.
    static let script = GrondvormProcess.packageRoot.appendingPathComponent("scripts/install.sh")

    /// The host's `PATH` and `HOME`, which the build needs (`swift` is rarely in `/usr/bin`).
    static var hostEnvironment: [String: String?] {
        let host = ProcessInfo.processInfo.environment
        return ["PATH": host["PATH"] ?? "/usr/bin:/bin", "HOME": host["HOME"]]
    }

    /// A PREFIX the installing user cannot write is refused before the build, with the two ways out.
    @Test func refusesAnUnwritablePrefixBeforeBuilding() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let prefix = folder.appendingPathComponent("prefix")
        try FileManager.default.createDirectory(at: prefix, withIntermediateDirectories: false)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: prefix.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: prefix.path) }

        let result: GrondvormProcess.Result
        if getuid() == 0 {
            // Root may write anywhere: run the script as `nobody`.
            guard SystemTool.isInstalled("setpriv") else {
                print("skipped: running as root without setpriv")
                return
            }
            let user = GrondvormProcess.unprivilegedUser
            result = try SystemTool.run(
                "setpriv",
                [
                    "--reuid=\(user.uid)", "--regid=\(user.gid)", "--clear-groups", "/bin/bash", Self.script.path,
                    prefix.path,
                ],
                environment: Self.hostEnvironment)
        } else {
            result = try SystemTool.run("bash", [Self.script.path, prefix.path], environment: Self.hostEnvironment)
        }
        #expect(result.exitCode == 73)
        #expect(result.standardOutput.isEmpty)
        #expect(
            result.standardError == """
                error: cannot install into '\(prefix.path)': '\(prefix.path)' is not a writable folder.
                Install as root with 'sudo scripts/install.sh \(prefix.path)', or for yourself alone with
                'scripts/install.sh $HOME/.local'.

                """)
    }

    @Test func wrongUsage() throws {
        let result = try SystemTool.run("bash", [Self.script.path, "a", "b"], environment: Self.hostEnvironment)
        #expect(result.exitCode == 64)
        #expect(
            result.standardError == "error: expected at most one PREFIX, got 2\nusage: scripts/install.sh [PREFIX]\n")
    }

    /// Installs into a temporary PREFIX and uses everything installed from another folder.
    @Test(
        .enabled(
            if: InstallEndToEndTests.isEnabled, "set GRONDVORM_INSTALL_TEST=1 to run the install (a release build)"),
        .timeLimit(.minutes(40)))
    func installsAndRunsOutsideTheCheckout() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let prefix = folder.appendingPathComponent("prefix")
        // `swift test` keeps `.build` locked, so the installer builds in a folder of its own
        // (GRONDVORM_BUILD_PATH when set, else `.build-install`).
        var environment = Self.hostEnvironment
        let buildPath = ProcessInfo.processInfo.environment["GRONDVORM_BUILD_PATH"] ?? ""
        environment["GRONDVORM_BUILD_PATH"] =
            buildPath.isEmpty ? GrondvormProcess.packageRoot.appendingPathComponent(".build-install").path : buildPath
        let install = try SystemTool.run(
            "bash", [Self.script.path, prefix.path], environment: environment, timeout: 2_400)
        #expect(install.exitCode == 0, "\(install.standardError)")

        let installed = [
            "bin/grondvorm", "share/bash-completion/completions/grondvorm", "share/zsh/site-functions/_grondvorm",
            "share/fish/vendor_completions.d/grondvorm.fish", "share/man/man1/grondvorm.1",
            "share/man/nl/man1/grondvorm.1",
        ]
        for path in installed {
            #expect(
                FileManager.default.fileExists(atPath: prefix.appendingPathComponent(path).path),
                "\(path) not installed")
            #expect(install.standardOutput.contains("  " + prefix.appendingPathComponent(path).path + "\n"))
        }
        let binary = prefix.appendingPathComponent("bin/grondvorm")
        let mode = try FileManager.default.attributesOfItem(atPath: binary.path)[.posixPermissions] as? Int
        #expect(mode == 0o755)

        // No Swift runtime library needed: the standard library is linked in.
        if SystemTool.isInstalled("ldd") {
            let ldd = try SystemTool.run("ldd", [binary.path])
            #expect(!ldd.standardOutput.contains("libswift"), "\(ldd.standardOutput)")
        }

        // From a folder outside the checkout, with no toolchain on PATH.
        let outside = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: outside) }
        let version = try GrondvormProcess.run(["--version"], in: outside, executable: binary)
        #expect(version.standardOutput.hasPrefix("grondvorm 0.1.0 (knowledge "))
        let check = try GrondvormProcess.run(["check"], in: outside, executable: binary)
        #expect(check.exitCode == 0)
        #expect(check.standardOutput.hasPrefix("Knowledge "))

        let answers = #"""
            {"answers": {"motieven": ["innovatie", "risico-spreiden"], "ambitie": "vernieuwen", "aard": "delen",
             "opdrachtgever-opdrachtnemer": false, "hele-functie": false, "samen-aanbieden": true,
             "risico": "gedeeld-ondernemend", "partners": "bedrijven", "kring": "twee", "zelf-kunnen": "contracten",
             "winstuitkering": true}}
            """#
        try Data(answers.utf8).write(to: outside.appendingPathComponent("answers.json"))
        let advice = try GrondvormProcess.run(
            ["--answers", "answers.json", "--format", "json", "-o", "advice.json"], in: outside, executable: binary)
        #expect(advice.exitCode == 0, "\(advice.standardError)")
        let report = try String(contentsOf: outside.appendingPathComponent("advice.json"), encoding: .utf8)
        #expect(report.contains("\"archetype\": {"))

        if SystemTool.isInstalled("bash") {
            let syntax = try SystemTool.run("bash", ["-n", prefix.appendingPathComponent(installed[1]).path])
            #expect(syntax.exitCode == 0, "\(syntax.standardError)")
        }
        if SystemTool.isInstalled("groff") {
            for page in installed.suffix(2) {
                let groff = try SystemTool.run(
                    "groff", ["-man", "-Tutf8", "-ww", "-z", prefix.appendingPathComponent(page).path])
                #expect(groff.exitCode == 0 && groff.standardError.isEmpty, "\(page): \(groff.standardError)")
            }
        }
    }
}
