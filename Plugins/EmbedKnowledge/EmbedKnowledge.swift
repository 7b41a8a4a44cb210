import Foundation
import PackagePlugin

/// Embeds the package's `Knowledge/` folder into the target that applies this plugin.
///
/// Every `*.gvk` file and the folder's `README.md` become one generated Swift source,
/// so the built `grondvorm` binary carries its default knowledge base and works from any
/// directory. The command is re-run whenever one of the inputs changes.
@main
struct EmbedKnowledge: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "Knowledge")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path())
            .filter { $0.hasSuffix(".gvk") }
            .sorted()
        let inputs = names.map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedKnowledge.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(names.count) knowledge files",
                executable: try context.tool(named: "KnowledgeEmbedder").url,
                arguments: [output.path()] + inputs.map { $0.path() },
                inputFiles: inputs + [folder],
                outputFiles: [output]
            )
        ]
    }
}
