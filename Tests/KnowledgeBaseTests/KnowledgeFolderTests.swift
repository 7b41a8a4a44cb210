import KnowledgeBase
import Testing

@Suite("Knowledge folder")
struct KnowledgeFolderTests {
    private func shown(_ folder: String, _ entries: [(String, Bool)]) -> [String] {
        KnowledgeFolder(path: folder).files(
            among: entries.map { KnowledgeFolder.Entry(name: $0.0, isRegularFile: $0.1) }
        )
        .map(\.shownPath)
    }

    @Test("keeps regular '*.gvk' files that are not hidden, in byte order of their names")
    func selection() {
        #expect(
            shown(
                "Knowledge",
                [
                    ("rules.gvk", true), ("README.md", true), (".hidden.gvk", true), ("folder.gvk", false),
                    ("Zeta.gvk", true), ("base.gvk", true), ("notes.gvk.txt", true), (".gvk", true),
                    ("é.gvk", true), ("a.GVK", true),
                ]) == ["Knowledge/Zeta.gvk", "Knowledge/base.gvk", "Knowledge/rules.gvk", "Knowledge/é.gvk"])
    }

    @Test(
        "shows the folder as written, without trailing slashes",
        arguments: [
            ("Knowledge", "Knowledge/a.gvk"), ("Knowledge/", "Knowledge/a.gvk"), ("dir///", "dir/a.gvk"),
            ("/", "/a.gvk"), ("///", "/a.gvk"), ("/tmp/k//", "/tmp/k/a.gvk"), ("./k", "./k/a.gvk"), ("", "a.gvk"),
            ("a//b", "a//b/a.gvk"),
        ])
    func shownPaths(_ folder: String, _ path: String) {
        #expect(shown(folder, [("a.gvk", true)]) == [path])
        #expect(KnowledgeFolder(path: folder).shownPath(of: "a.gvk") == path)
    }

    @Test("the file keeps the entry name to read it by")
    func names() {
        let files = KnowledgeFolder(path: "k/").files(among: [.init(name: "b.gvk", isRegularFile: true)])
        #expect(files.map(\.name) == ["b.gvk"])
        #expect(KnowledgeFolder(path: "k/").shownPath == "k")
    }

    @Test("the case suite lives in 'cases': regular '*.json' files that are not hidden, in byte order")
    func cases() {
        let cases = KnowledgeFolder(path: "Knowledge//").casesFolder
        #expect(cases.shownPath == "Knowledge/cases")
        let files = cases.caseFiles(among: [
            .init(name: "b.json", isRegularFile: true), .init(name: ".a.json", isRegularFile: true),
            .init(name: "a.json", isRegularFile: true), .init(name: "c.json", isRegularFile: false),
            .init(name: "README.md", isRegularFile: true),
        ])
        #expect(files.map(\.shownPath) == ["Knowledge/cases/a.json", "Knowledge/cases/b.json"])
    }

    @Test("a folder without knowledge files gives an empty list")
    func empty() {
        #expect(shown("k", []).isEmpty)
        #expect(shown("k", [("x.txt", true), ("sub.gvk", false)]).isEmpty)
    }

    @Test("the directory errors read as sentences; only 'invalid' is invalid knowledge")
    func directoryErrors() {
        #expect(
            KnowledgeDirectoryError.notFound(directory: "x").description
                == "error: knowledge directory 'x' does not exist or is not a directory")
        #expect(
            KnowledgeDirectoryError.noKnowledgeFiles(directory: "x").description
                == "error: knowledge directory 'x' holds no .gvk files")
        #expect(
            KnowledgeDirectoryError.unreadable(path: "x/a.gvk", reason: "Permission denied").description
                == "error: cannot read 'x/a.gvk': Permission denied")
        #expect(!KnowledgeDirectoryError.notFound(directory: "x").isInvalid)
        #expect(KnowledgeDirectoryError.invalid(KnowledgeLoadError(diagnostics: [])).isInvalid)
    }
}
