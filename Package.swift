// swift-tools-version: 6.2
import PackageDescription

/// One strict settings list, applied to every target (as swift-log does).
let strictSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "Grondvorm",
    products: [
        .executable(name: "grondvorm", targets: ["grondvorm"]),
        .executable(name: "grondvorm-bench", targets: ["grondvorm-bench"]),
        .executable(name: "grondvorm-invariants", targets: ["grondvorm-invariants"]),
    ],
    targets: [
        // The engine: facts, rules, agenda, truth maintenance, explanation. Pure; no I/O.
        // `import Builtin` for the processor's prefetch hint (Prefetch.swift).
        .target(
            name: "Inference", swiftSettings: [.enableExperimentalFeature("BuiltinModule")],
            linkerSettings: [.linkedLibrary("m")]),
        // A small, strict JSON reader and writer with line:column errors. Pure; no I/O.
        .target(name: "JSON"),
        // Shared text tools (did you mean, wrapping, lists) and the seeded generator. Pure; no I/O.
        .target(name: "Utilities"),
        // The knowledge language: parser, diagnostics, validator, compilation to engine rules.
        .target(name: "KnowledgeBase", dependencies: ["Inference", "Utilities"]),
        // The shipped knowledge base (Knowledge/*), embedded into the binary at build time.
        .target(name: "ShippedKnowledge", plugins: ["EmbedKnowledge"]),
        // The consultation: answers, interview, recommendation, rendering, cases. Returns outcomes; no I/O.
        .target(name: "Advisor", dependencies: ["KnowledgeBase", "JSON", "Inference", "Utilities"]),
        // The command line: options, help, environment, the file-system seam, destinations, exit codes.
        .target(
            name: "GrondvormCommandLine",
            dependencies: ["Advisor", "KnowledgeBase", "ShippedKnowledge", "Utilities"]
        ),
        // The thin executable: the real terminal, environment and file system; exits with the code.
        .executableTarget(name: "grondvorm", dependencies: ["GrondvormCommandLine"]),
        // Engine benchmarks against CLIPS on a neutral rule format.
        .executableTarget(
            name: "grondvorm-bench", dependencies: ["Inference", "JSON", "Utilities"],
            linkerSettings: [.unsafeFlags(["-static-executable"], .when(platforms: [.linux], configuration: .release))]
        ),
        // Issue 9's invariants on seeded random answer sets, through the consultation code the binary uses.
        .executableTarget(
            name: "grondvorm-invariants", dependencies: ["Advisor", "KnowledgeBase", "ShippedKnowledge", "Utilities"]),
        // Build-time tool that turns Knowledge/* into a Swift source file.
        .executableTarget(name: "KnowledgeEmbedder", dependencies: ["KnowledgeBase"]),
        .plugin(name: "EmbedKnowledge", capability: .buildTool(), dependencies: ["KnowledgeEmbedder"]),

        // Helpers shared by the test targets: the process runner (also on a pseudo-terminal), console,
        // conversation and file-system doubles, golden files, text comparison with a line diff,
        // sample sizes, and the report schema check. The seeded generator is Utilities.SplitMix64.
        .target(
            name: "TestSupport",
            dependencies: ["Advisor", "GrondvormCommandLine", "JSON", "KnowledgeBase", "Utilities"],
            path: "Tests/Support"
        ),

        .testTarget(name: "InferenceTests", dependencies: ["Inference", "TestSupport", "Utilities"]),
        .testTarget(name: "JSONTests", dependencies: ["JSON", "TestSupport", "Utilities"]),
        .testTarget(name: "UtilitiesTests", dependencies: ["Utilities"]),
        .testTarget(name: "TestSupportTests", dependencies: ["TestSupport"]),
        .testTarget(
            name: "KnowledgeBaseTests",
            dependencies: ["KnowledgeBase", "ShippedKnowledge", "TestSupport", "Utilities"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "AdvisorTests",
            dependencies: ["Advisor", "JSON", "KnowledgeBase", "Inference", "TestSupport", "Utilities"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "GrondvormCommandLineTests",
            dependencies: [
                "GrondvormCommandLine", "Advisor", "JSON", "KnowledgeBase", "TestSupport", "Utilities",
            ]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["JSON", "TestSupport"],
            exclude: ["Golden"]
        ),
    ]
)

for target in package.targets where target.type != .plugin {
    target.swiftSettings = (target.swiftSettings ?? []) + strictSettings
}
