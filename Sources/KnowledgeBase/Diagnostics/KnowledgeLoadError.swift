/// Every problem found while loading a knowledge base; the base is not usable.
///
/// One load reports all problems it can find at once, sorted by path, line and column (problems
/// at the same place keep the order in which they were found).
public struct KnowledgeLoadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The problems, sorted by path, line and column; never empty when thrown by the loader.
    public let diagnostics: [Diagnostic]

    /// Creates an error from diagnostics in any order; they are sorted by location.
    ///
    /// - Parameter diagnostics: The problems found.
    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.enumerated()
            .sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
            .map(\.element)
    }

    /// Every diagnostic rendered (see ``Diagnostic/description``), separated by newlines.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
