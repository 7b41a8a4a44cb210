import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Every row of `docs/bad-input.md`, in the same order: the bad input, the exact message on
/// standard error and the exit code, through the built binary. Nothing goes to standard output.
///
/// In `arguments`, `shell` and the file contents, `FIXTURE` stands for the small fixture
/// knowledge base (`Golden/knowledge`), whose interview is short enough to compare whole.
@Suite("End to end: bad input (docs/bad-input.md)")
struct BadInputEndToEndTests {
    /// What a row puts in the run's working folder before it runs.
    enum Setup: Sendable {
        /// A file with these bytes.
        case file(String, [UInt8])
        /// A file with this text.
        case text(String, String)
        /// An empty folder.
        case folder(String)
        /// A file of this many bytes, all zero, that takes no disk space.
        case sparse(String, Int)
        /// A file the unprivileged user may not read (mode 000).
        case unreadable(String)
    }

    /// One row of the table.
    struct Row: Sendable, CustomTestStringConvertible {
        /// The row's number in `docs/bad-input.md`.
        let number: Int
        /// The arguments, or (with `shell`) unused.
        var arguments: [String] = []
        /// A `/bin/sh -c` script instead of a direct run, for the standard streams: `$0` is the
        /// binary.
        var shell: String?
        /// Standard input.
        var input = ""
        var setup: [Setup] = []
        /// Runs as a user without root's powers (for permissions).
        var unprivileged = false
        let standardError: String
        let exitCode: Int32

        var testDescription: String { "row \(number)" }
    }

    static let fixture = GrondvormProcess.golden("knowledge")

    /// The interview of the fixture base up to its first prompt, in English.
    static let firstQuestion = """
        I will ask you a few questions about your collaboration. Type ? at a question to hear why I ask it, or help for all commands.

        Question 1 of about 3
        Why do you want to work together?
          1. Cutting costs
          2. Developing a new offer
        Answer (one or more numbers, e.g. 1,3): 
        """

    /// What the fixture's interview says when input ends at its first question.
    static let endedAtFirst = """
        error: input ended before the last question; unanswered: 'motieven' (Why do you want to work together?)

        """

    static let hintForMotives =
        "Choose one or more numbers from 1 to 2, separated by commas or spaces (for example 1,3).\n"

    static let megabyteLine = String(repeating: "x", count: 1_000_000)
    static let excerptOfMegabyte = String(repeating: "x", count: 80) + "… (999920 more characters)"

    static let rows: [Row] = [
        // Command-line arguments: exit 64.
        Row(
            number: 1, arguments: ["--bogus"],
            standardError: "error: unknown option '--bogus'\nSee 'grondvorm --help'.\n", exitCode: 64),
        Row(
            number: 2, arguments: ["--no-colour"],
            standardError: "error: unknown option '--no-colour'; did you mean '--no-color'?\nSee 'grondvorm --help'.\n",
            exitCode: 64),
        Row(
            number: 3, arguments: ["chek"],
            standardError: "error: unknown subcommand 'chek'; did you mean 'check'?\nSee 'grondvorm --help'.\n",
            exitCode: 64),
        Row(
            number: 4, arguments: [""], standardError: "error: unknown subcommand ''\nSee 'grondvorm --help'.\n",
            exitCode: 64),
        Row(
            number: 5, arguments: ["--lang", "fr"],
            standardError: "error: invalid value 'fr' for '--lang'; expected 'nl' or 'en'\nSee 'grondvorm --help'.\n",
            exitCode: 64),
        Row(
            number: 6, arguments: ["--format", "xml"],
            standardError:
                "error: invalid value 'xml' for '--format'; expected one of 'text', 'json', 'markdown', 'html'\nSee 'grondvorm --help'.\n",
            exitCode: 64),
        Row(
            number: 7, arguments: ["--format"],
            standardError: "error: option '--format' needs a value <format>\nSee 'grondvorm --help'.\n", exitCode: 64),
        Row(
            number: 8, arguments: ["--trace=1"],
            standardError: "error: option '--trace' does not take a value\nSee 'grondvorm --help'.\n", exitCode: 64),
        Row(
            number: 9, arguments: ["check", "--answers", "a.json"],
            standardError:
                "error: option '--answers' does not apply to 'grondvorm check'\nSee 'grondvorm check --help'.\n",
            exitCode: 64),
        Row(
            number: 10, arguments: ["check", "extra"],
            standardError: "error: unexpected argument 'extra'\nSee 'grondvorm check --help'.\n", exitCode: 64),
        Row(
            number: 11, arguments: ["--no-input", "--interactive"],
            standardError:
                "error: options '--no-input' and '--interactive' cannot be used together\nSee 'grondvorm --help'.\n",
            exitCode: 64),
        Row(
            number: 12, arguments: ["--answer", "motieven"],
            standardError:
                "error: invalid value 'motieven' for '--answer'; expected <id>=<value>, such as samen-aanbieden=yes\nSee 'grondvorm --help'.\n",
            exitCode: 64),
        Row(
            number: 13, arguments: ["--lang", "e\nn\u{1B}"],
            standardError:
                "error: invalid value 'e\\nn\\u{1B}' for '--lang'; expected 'nl' or 'en'\nSee 'grondvorm --help'.\n",
            exitCode: 64),
        Row(
            number: 14, arguments: ["--lang", String(repeating: "x", count: 100_000)],
            standardError: "error: invalid value '" + String(repeating: "x", count: 80)
                + "… (99920 more characters)' for '--lang'; expected 'nl' or 'en'\nSee 'grondvorm --help'.\n",
            exitCode: 64),
        Row(
            number: 15, shell: #"exec "$0" --lang "$(printf '\377')""#,
            standardError:
                "error: invalid value '\u{FFFD}' for '--lang'; expected 'nl' or 'en'\nSee 'grondvorm --help'.\n",
            exitCode: 64),
        Row(
            number: 16, arguments: ["--knowledge", "FIXTURE", "--answers", "a.json", "-o", "a.json"],
            setup: [.text("a.json", #"{"answers": {}}"#)],
            standardError:
                "error: will not write the output to 'a.json': this run reads it as input; choose another file\n",
            exitCode: 64),

        // Answers: exit 65 for bad data, 66 for a file that cannot be read.
        Row(
            number: 17, arguments: ["--knowledge", "FIXTURE", "--answer", "onbekend=ja"],
            standardError: "error: --answer: unknown question 'onbekend'\n", exitCode: 65),
        Row(
            number: 18, arguments: ["--answers", "missing.json"],
            standardError: "error: cannot read answers file 'missing.json': no such file or folder\n", exitCode: 66),
        Row(
            number: 19, arguments: ["--answers", "folder"], setup: [.folder("folder")],
            standardError: "error: cannot read answers file 'folder': is a folder\n", exitCode: 66),
        Row(
            number: 20, arguments: ["--answers", "secret.json"], setup: [.unreadable("secret.json")],
            unprivileged: true,
            standardError: "error: cannot read answers file 'secret.json': permission denied\n", exitCode: 66),
        Row(
            number: 21, arguments: ["--answers", "a.json"], setup: [.text("a.json", "{\n")],
            standardError: "error: a.json:2:1: malformed JSON: unexpected end of text; expected a string key\n",
            exitCode: 65),
        Row(
            number: 22, arguments: ["--answers", "a.json"], setup: [.text("a.json", "")],
            standardError: "error: a.json:1:1: malformed JSON: expected a JSON value but the text is empty\n",
            exitCode: 65),
        Row(
            number: 23, arguments: ["--answers", "a.json"], setup: [.text("a.json", "[]")],
            standardError: "error: a.json: expected a JSON object with \"answers\"\n", exitCode: 65),
        Row(
            number: 24, arguments: ["--answers", "a.json"], setup: [.text("a.json", #"{"antwoorden": {}}"#)],
            standardError: "error: a.json: unknown key 'antwoorden'; expected 'answers' and optionally 'partner'\n",
            exitCode: 65),
        Row(
            number: 25, arguments: ["--knowledge", "FIXTURE", "--answers", "a.json"],
            setup: [.text("a.json", #"{"answers": {"motiven": ["kosten-besparen"]}}"#)],
            standardError: "error: a.json: unknown question 'motiven'; did you mean 'motieven'?\n", exitCode: 65),
        Row(
            number: 26, arguments: ["--knowledge", "FIXTURE", "--answers", "a.json"],
            setup: [.text("a.json", #"{"answers": {"partners": "publik"}}"#)],
            standardError: "error: a.json: question 'partners' has no option 'publik'; did you mean 'publiek'?\n",
            exitCode: 65),
        Row(
            number: 27, arguments: ["--knowledge", "FIXTURE", "--answers", "a.json"],
            setup: [.text("a.json", #"{"answers": {"partners": true}}"#)],
            standardError: "error: a.json: question 'partners' (one-of) takes one option id as a string, not true\n",
            exitCode: 65),
        Row(
            number: 28, arguments: ["--answers", "a.json"], setup: [.text("a.json", #"{"partner": 3}"#)],
            standardError: "error: a.json: \"partner\" must be a string\n", exitCode: 65),
        Row(
            number: 29, arguments: ["--answers", "a.json"],
            setup: [.text("a.json", #"{"answers": {}, "partner": ""# + megabyteLine + #""}"#)],
            standardError: "error: a.json: \"partner\" has 1000000 characters; at most 200 are allowed\n", exitCode: 65),
        Row(
            number: 30, arguments: ["--answers", "a.json"],
            setup: [.file("a.json", Array(#"{"partner": ""#.utf8) + [0xFF, 0x22, 0x7D])],
            standardError: "error: a.json:1:14: malformed JSON: string is not valid UTF-8\n", exitCode: 65),
        Row(
            number: 31, arguments: ["--answers", "a.json"],
            setup: [.text("a.json", String(repeating: "[", count: 100_000))],
            standardError: "error: a.json:1:513: malformed JSON: nesting deeper than 512 levels\n", exitCode: 65),
        Row(
            number: 32, arguments: ["--answers", "big.json"], setup: [.sparse("big.json", 100_000_000)],
            standardError:
                "error: cannot read answers file 'big.json': is larger than 16 MB, the most grondvorm reads\n",
            exitCode: 66),
        Row(
            number: 33, arguments: ["--answers", "/dev/zero"],
            standardError:
                "error: cannot read answers file '/dev/zero': is larger than 16 MB, the most grondvorm reads\n",
            exitCode: 66),
        Row(
            number: 34, arguments: ["--answers", "-"],
            standardError: "error: <stdin>:1:1: malformed JSON: expected a JSON value but the text is empty\n",
            exitCode: 65),
        Row(
            number: 35, arguments: ["--answers", "-"], input: String(repeating: "x", count: 17_000_000),
            standardError: "error: cannot read answers file '-': is larger than 16 MB, the most grondvorm reads\n",
            exitCode: 66),
        Row(
            number: 36, arguments: ["--knowledge", "FIXTURE", "--no-input", "--answer", "motieven=kosten-besparen"],
            standardError:
                "error: missing answer for \'samen-delen\' (yes-no); pass --answer samen-delen=yes or put it in the answers file\n"
                + "error: missing answer for \'partners\' (one-of), needed if archetype is known; pass --answer partners=publiek or put it in the answers file\n"
                + "error: missing answer for \'eigen-personeel\' (yes-no), needed if archetype is known; pass --answer eigen-personeel=yes or put it in the answers file\n",
            exitCode: 65),

        // Knowledge bases: exit 65 for a base that is not sound, 66 when there is nothing to read.
        Row(
            number: 37, arguments: ["check", "--knowledge", "nope"],
            standardError: "error: knowledge directory 'nope' does not exist or is not a directory\n", exitCode: 66),
        Row(
            number: 38, arguments: ["check", "--knowledge", "a.gvk"], setup: [.text("a.gvk", "x\n")],
            standardError: "error: knowledge directory 'a.gvk' does not exist or is not a directory\n", exitCode: 66),
        Row(
            number: 39, arguments: ["check", "--knowledge", "k"], setup: [.folder("k")],
            standardError: "error: knowledge directory 'k' holds no .gvk files\n", exitCode: 66),
        Row(
            number: 40, arguments: ["check", "--knowledge", "k"], setup: [.folder("k"), .folder("k/a.gvk")],
            standardError: "error: knowledge directory 'k' holds no .gvk files\n", exitCode: 66),
        Row(
            number: 41, arguments: ["check", "--knowledge", "k"],
            setup: [.folder("k"), .text("k/a.gvk", "knowledge \"x\"\nrule\n")],
            standardError:
                "k/a.gvk:1:1: error: missing field \'version\' in knowledge\nknowledge \"x\"\n^~~~~~~~~\nk/a.gvk:1:1: error: missing field \'title\' in knowledge\nknowledge \"x\"\n^~~~~~~~~\nk/a.gvk:1:1: error: no archetype for the quadrants verbeteren/uitwisselen, verbeteren/delen, vernieuwen/uitwisselen and vernieuwen/delen; declare exactly four archetypes, one per quadrant (intent/nature)\nknowledge \"x\"\n^~~~~~~~~\nk/a.gvk:1:11: error: unexpected \'\"x\"\'; expected the end of the line\nknowledge \"x\"\n          ^~~\nk/a.gvk:2:1: error: missing field \'when\' in rule\nrule\n^~~~\nk/a.gvk:2:1: error: missing field \'then\' in rule\nrule\n^~~~\nk/a.gvk:2:1: error: missing field \'because\' in rule\nrule\n^~~~\nk/a.gvk:2:5: error: expected an id after \'rule\'\nrule\n    ^\nThe knowledge base has 8 errors.\n",
            exitCode: 65),
        Row(
            number: 42, arguments: ["check", "--knowledge", "k"],
            setup: [.folder("k"), .file("k/a.gvk", Array("knowledge ".utf8) + [0xFF, 0xFE] + Array(" \"x\"\n".utf8))],
            standardError:
                "k/a.gvk:1:11: error: file is not valid UTF-8 text\nknowledge \u{FFFD}\u{FFFD} \"x\"\n          ^\nThe knowledge base has 1 error.\n",
            exitCode: 65),
        Row(
            number: 43, arguments: ["check", "--knowledge", "k"], setup: [.folder("k"), .text("k/a.gvk", "")],
            standardError:
                "k/a.gvk:1:1: error: no \'knowledge\' block; one file must declare \'knowledge\' with a \'version\' and a \'title\'\n\n^\nk/a.gvk:1:1: error: no archetype for the quadrants verbeteren/uitwisselen, verbeteren/delen, vernieuwen/uitwisselen and vernieuwen/delen; declare exactly four archetypes, one per quadrant (intent/nature)\n\n^\nThe knowledge base has 2 errors.\n",
            exitCode: 65),
        Row(
            number: 44, arguments: ["check", "--knowledge", "k"],
            setup: [.folder("k"), .text("k/a.gvk", "rule r\n  when " + String(repeating: "(", count: 100_000) + "\n")],
            standardError:
                "k/a.gvk:1:1: error: no \'knowledge\' block; one file must declare \'knowledge\' with a \'version\' and a \'title\'\nrule r\n^\nk/a.gvk:1:1: error: no archetype for the quadrants verbeteren/uitwisselen, verbeteren/delen, vernieuwen/uitwisselen and vernieuwen/delen; declare exactly four archetypes, one per quadrant (intent/nature)\nrule r\n^\nk/a.gvk:1:6: error: missing field \'then\' in rule \'r\'\nrule r\n     ^\nk/a.gvk:1:6: error: missing field \'because\' in rule \'r\'\nrule r\n     ^\nk/a.gvk:2:72: error: condition nests parentheses and \'not\' more than 64 levels deep\n  when (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((…\n                                                                       ^\nThe knowledge base has 5 errors.\n",
            exitCode: 65),
        Row(
            number: 45, arguments: ["check", "--knowledge", "k"],
            setup: [.folder("k"), .sparse("k/a.gvk", 100_000_000)],
            standardError: "error: cannot read 'k/a.gvk': is larger than 16 MB, the most grondvorm reads\n",
            exitCode: 66),
        Row(
            number: 46, arguments: ["check", "--knowledge", "k"], setup: [.folder("k"), .unreadable("k/a.gvk")],
            unprivileged: true,
            standardError: "error: cannot read 'k/a.gvk': permission denied\n", exitCode: 66),

        // Typed answers, read line by line from a pipe: exit 65 when input ends, 1 on stop.
        Row(
            number: 47, arguments: ["--knowledge", "FIXTURE", "--lang", "en"], input: "xyz\n",
            standardError: firstQuestion + "xyz\nI don't understand 'xyz'. " + hintForMotives
                + "Answer (one or more numbers, e.g. 1,3): \n"
                + endedAtFirst, exitCode: 65),
        Row(
            number: 48, arguments: ["--knowledge", "FIXTURE", "--lang", "en"], input: megabyteLine + "\n",
            standardError: firstQuestion + excerptOfMegabyte + "\nI don't understand '" + excerptOfMegabyte + "'. "
                + hintForMotives
                + "Answer (one or more numbers, e.g. 1,3): \n" + endedAtFirst, exitCode: 65),
        Row(
            number: 49, shell: #"printf '\377\n' | exec "$0" --knowledge FIXTURE --lang en"#,
            standardError: firstQuestion + "\u{FFFD}\nI don't understand '\u{FFFD}'. " + hintForMotives
                + "Answer (one or more numbers, e.g. 1,3): \n" + endedAtFirst, exitCode: 65),
        Row(
            number: 50, arguments: ["--knowledge", "FIXTURE", "--lang", "en"], input: "9\n",
            standardError: firstQuestion + "9\nI don't understand '9'. " + hintForMotives
                + "Answer (one or more numbers, e.g. 1,3): \n"
                + endedAtFirst, exitCode: 65),
        Row(
            number: 51, arguments: ["--knowledge", "FIXTURE", "--lang", "en"], input: "stop\n",
            standardError: firstQuestion + "stop\nConsultation stopped; no advice was given.\n", exitCode: 1),
        Row(
            number: 52, arguments: ["--knowledge", "FIXTURE", "--lang", "en"],
            standardError: firstQuestion + "\n" + endedAtFirst, exitCode: 65),
        Row(
            number: 53, shell: #"exec "$0" --knowledge FIXTURE --lang en <&-"#,
            standardError: firstQuestion + "\n" + endedAtFirst, exitCode: 65),
        Row(
            number: 54, shell: #"exec "$0" --knowledge FIXTURE --lang en < /"#,
            standardError: firstQuestion + "\n" + endedAtFirst, exitCode: 65),

        // Output: exit 73 when it cannot be written; a closed pipe ends quietly. (Ctrl-C, exit 130, is
        // the last row of the table; TerminalEndToEndTests checks it on a pseudo-terminal.)
        Row(
            number: 55, arguments: ["questions", "-o", "/dev/full"],
            standardError: "error: cannot write '/dev/full': No space left on device\n", exitCode: 73),
        Row(
            number: 56, arguments: ["questions", "-o", "nope/x.txt"],
            standardError: "error: cannot write 'nope/x.txt': no such file or folder\n", exitCode: 73),
        Row(
            number: 57, arguments: ["questions", "-o", "k"], setup: [.folder("k")],
            standardError: "error: cannot write 'k': is a folder\n", exitCode: 73),
        Row(
            number: 58, shell: #"exec "$0" questions > /dev/full"#,
            standardError: "error: cannot write standard output: No space left on device\n", exitCode: 73),
        Row(
            number: 59, shell: #"exec "$0" questions >&-"#,
            standardError: "error: cannot write standard output: Bad file descriptor\n", exitCode: 73),
        Row(number: 60, shell: #"exec "$0" --bogus 2>&-"#, standardError: "", exitCode: 64),
        Row(
            number: 61, shell: #"{ sleep 1; "$0" questions; echo "exit $?" >&2; } | :"#, standardError: "exit 141\n",
            exitCode: 0),
    ]

    @Test(arguments: rows)
    func row(_ row: Row) throws {
        if row.unprivileged && !GrondvormProcess.canRunUnprivileged { return }
        let folder = try GrondvormProcess.temporaryFolder()
        defer {
            _ = chmod(folder.path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        for setup in row.setup { try Self.make(setup, in: folder) }
        let arguments = row.arguments.map { $0 == "FIXTURE" ? Self.fixture : $0 }
        let result: GrondvormProcess.Result
        if let shell = row.shell {
            let script = shell.replacingOccurrences(of: "FIXTURE", with: "'\(Self.fixture)'")
            result = try GrondvormProcess.run(
                ["-c", script, GrondvormProcess.binary.path], input: row.input, in: folder,
                executable: URL(fileURLWithPath: "/bin/sh"))
        } else if row.unprivileged {
            result = try GrondvormProcess.runUnprivileged(arguments, input: row.input, in: folder)
        } else {
            result = try GrondvormProcess.run(arguments, input: row.input, in: folder)
        }
        #expect(result.standardError == row.standardError)
        #expect(result.exitCode == row.exitCode)
        #expect(result.standardOutput == "")
    }

    /// Makes what `setup` describes inside `folder`.
    static func make(_ setup: Setup, in folder: URL) throws {
        switch setup {
        case .file(let name, let bytes):
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        case .text(let name, let text):
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        case .folder(let name):
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
        case .sparse(let name, let size):
            let url = folder.appendingPathComponent(name)
            try Data().write(to: url)
            #expect(truncate(url.path, off_t(size)) == 0)
        case .unreadable(let name):
            let url = folder.appendingPathComponent(name)
            try Data("{}\n".utf8).write(to: url)
            #expect(chmod(url.path, 0) == 0)
        }
    }
}
