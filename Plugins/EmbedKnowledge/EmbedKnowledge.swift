import Foundation
import PackagePlugin

/// Embeds the package's `Knowledge/` folder into the target that applies this plugin.
///
/// The plugin hands the folder to `KnowledgeEmbedder`, which chooses the knowledge files and the
/// cases of the case suite (`cases/*.json`) by the same rule as the command line and writes one
/// Swift source, so the built `grondvorm` binary carries its default knowledge base and its cases
/// and works from any directory. Every entry of the two folders (and the folders themselves) is
/// an input, so the command is re-run whenever a file changes, appears or goes.
@main
struct EmbedKnowledge: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "Knowledge")
        let casesFolder = folder.appending(path: "cases")
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.path()).map {
            folder.appending(path: $0)
        }
        let caseEntries = ((try? FileManager.default.contentsOfDirectory(atPath: casesFolder.path())) ?? [])
            .map { casesFolder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedKnowledge.swift")
        return [
            .buildCommand(
                displayName: "Embedding the knowledge folder \(folder.lastPathComponent)",
                executable: try context.tool(named: "KnowledgeEmbedder").url,
                arguments: [output.path(), folder.path()],
                inputFiles: [folder, casesFolder] + entries + caseEntries,
                outputFiles: [output]
            )
        ]
    }
}
