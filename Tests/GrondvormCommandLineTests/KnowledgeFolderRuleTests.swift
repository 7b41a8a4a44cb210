@testable import GrondvormCommandLine
import Testing

@Suite("Command line: which folder entries are knowledge files")
struct KnowledgeFolderRuleTests {
    private func entry(_ name: String, regular: Bool = true) -> KnowledgeFolderRule.Entry {
        KnowledgeFolderRule.Entry(name: name, isRegularFile: regular)
    }

    @Test func regularVisibleGvkFilesInByteOrder() {
        let files = KnowledgeFolderRule.files(
            in: "Knowledge",
            among: [
                entry("rules.gvk"), entry(".hidden.gvk"), entry("README.md"), entry("Base.gvk"), entry("sub.gvk", regular: false),
                entry("é.gvk"), entry("a.gvk"), entry("gvk"), entry("x.gvk.bak"),
            ])
        #expect(files.map(\.name) == ["Base.gvk", "a.gvk", "rules.gvk", "é.gvk"])
        #expect(files.map(\.shownPath) == ["Knowledge/Base.gvk", "Knowledge/a.gvk", "Knowledge/rules.gvk", "Knowledge/é.gvk"])
    }

    @Test(arguments: [
        ("dir", "dir/a.gvk"), ("dir/", "dir/a.gvk"), ("dir///", "dir/a.gvk"), ("/", "/a.gvk"), ("//", "/a.gvk"),
        ("", "a.gvk"), ("/abs/kb//", "/abs/kb/a.gvk"), ("./kb", "./kb/a.gvk"),
    ])
    func shownPaths(folder: String, shown: String) {
        #expect(KnowledgeFolderRule.shownPath(of: "a.gvk", in: folder) == shown)
        #expect(KnowledgeFolderRule.files(in: folder, among: [entry("a.gvk")]).map(\.shownPath) == [shown])
    }

    @Test func noKnowledgeFilesIsAnEmptyList() {
        #expect(KnowledgeFolderRule.files(in: "kb", among: [entry(".a.gvk"), entry("b.txt")]).isEmpty)
    }
}
