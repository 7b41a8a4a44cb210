/// A real collaboration with the advice it must get: one case of the knowledge case suite.
///
/// A case holds a member's description of the collaboration, its public source, the archetype
/// the model and the sources give it, the forms a specialist would never recommend for it and
/// the signals that must be raised. Its answers answer the questions literally, as a member who
/// read only the description would; each ``Variant`` changes some of them.
public struct KnowledgeCase: Sendable, Hashable {
    /// One way of answering the case's questions.
    public struct Variant: Sendable, Hashable {
        /// The variant's name: `plain`, or a name from the case file (`surface`, `unknown`).
        public let name: String
        /// The answers of this variant.
        public let answers: AnswerSet
    }

    /// The case's id (unique in the suite).
    public let id: String
    /// Where the case's file came from, as shown in messages.
    public let path: String
    /// The sector, for example `zorg`.
    public let sector: String
    /// A short title.
    public let title: String
    /// The collaboration in a member's own words.
    public let description: String
    /// The public source the case is based on.
    public let source: String
    /// The archetype the model and the sources give the collaboration.
    public let expected: String
    /// The second archetype when the sources call the collaboration a tussenvorm; the first
    /// choice may then be either.
    public let tussenvorm: String?
    /// Forms that must not reach the top three, in the order written.
    public let forbiddenForms: [String]
    /// Signals that must be raised, in the order written.
    public let signals: [String]
    /// The variants, `plain` first, then as written in the file.
    public let variants: [Variant]

    /// The archetypes accepted as the first choice: ``expected`` and the ``tussenvorm``.
    public var acceptedFirst: [String] { [expected] + (tussenvorm.map { [$0] } ?? []) }

    /// Creates a case.
    public init(
        id: String, path: String, sector: String, title: String, description: String, source: String,
        expected: String, tussenvorm: String?, forbiddenForms: [String], signals: [String], variants: [Variant]
    ) {
        self.id = id
        self.path = path
        self.sector = sector
        self.title = title
        self.description = description
        self.source = source
        self.expected = expected
        self.tussenvorm = tussenvorm
        self.forbiddenForms = forbiddenForms
        self.signals = signals
        self.variants = variants
    }
}
