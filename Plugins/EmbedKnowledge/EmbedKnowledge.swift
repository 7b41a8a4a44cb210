import Foundation
import PackagePlugin

/// Embeds the package's `Knowledge/` folder into the target that applies this plugin.
///
/// Every `*.gvk` file and every case of the case suite (`cases/*.json`) become one generated
/// Swift source, so the built `grondvorm` binary carries its default knowledge base and its
/// cases and works from any directory. The command is re-run whenever one of the inputs changes.
@main
struct EmbedKnowledge: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "Knowledge")
        let casesFolder = folder.appending(path: "cases")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path())
            .filter { $0.hasSuffix(".gvk") && !$0.hasPrefix(".") }
            .sorted()
        let caseNames = ((try? FileManager.default.contentsOfDirectory(atPath: casesFolder.path())) ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .sorted()
        let inputs = names.map { folder.appending(path: $0) }
        let caseInputs = caseNames.map { casesFolder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedKnowledge.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(names.count) knowledge files and \(caseNames.count) cases",
                executable: try context.tool(named: "KnowledgeEmbedder").url,
                arguments: [output.path()] + inputs.map { $0.path() } + ["--cases"] + caseInputs.map { $0.path() },
                inputFiles: inputs + caseInputs + [folder, casesFolder],
                outputFiles: [output]
            )
        ]
    }
}
