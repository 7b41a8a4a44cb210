public import KnowledgeBase

/// Everything the command line decided about one consultation.
public struct ConsultationSettings: Sendable {
    /// What a consultation covers.
    public enum Scope: Sendable, Hashable {
        /// The archetype, the forms and the signals (with the check of the five conditions
        /// when the answers turn it on).
        case advice
        /// Only the check of the five conditions (``ReadinessCheck``): its questions are asked
        /// and the report is the ``ReadinessResult``.
        case readiness
    }

    /// What the consultation covers.
    public var scope: Scope
    /// The language of questions, messages and the report.
    public var language: Language
    /// The report's format.
    public var format: OutputFormat
    /// Colour for text output.
    public var style: TextStyle
    /// Whether the report includes the reasoning trace in plain sentences (`--trace`).
    public var showsTrace: Bool
    /// How missing answers are obtained.
    public var mode: InputMode
    /// Answers given in advance (from `--answers` and `--answer`).
    public var answers: AnswerSet
    /// Where the prefilled answers came from (for example the `--answers` path). Kept for the
    /// command line's own messages; the consultation's messages do not name the source (a
    /// missing answer says "put it in the answers file").
    public var answerSources: [String]
    /// The number of columns the interview and the text report are wrapped to, kept between
    /// ``minimumWidth`` and ``maximumWidth``; `nil` leaves the interview's lines whole (for
    /// programs that read the conversation) and wraps the report to ``defaultReportWidth``.
    public var width: Int? {
        didSet { width = width.map(Self.clampedWidth) }
    }

    /// The width of a text report when no width is given.
    public static let defaultReportWidth = 80
    /// The narrowest width text is wrapped to.
    public static let minimumWidth = 40
    /// The widest width text is wrapped to: longer lines are hard to read.
    public static let maximumWidth = 120

    /// `width` kept between ``minimumWidth`` and ``maximumWidth``.
    public static func clampedWidth(_ width: Int) -> Int {
        min(max(width, minimumWidth), maximumWidth)
    }

    /// The questions the interview may ask: `nil` for all, else the readiness check's (none when
    /// the knowledge has no check).
    func askable(in knowledge: Knowledge) -> Set<String>? {
        switch scope {
        case .advice: return nil
        case .readiness: return Set(ReadinessCheck(knowledge: knowledge)?.questions.map(\.id) ?? [])
        }
    }

    /// `answers`, with the readiness check turned on when the scope is ``Scope/readiness``.
    func scoped(_ answers: AnswerSet, in knowledge: Knowledge) -> AnswerSet {
        switch scope {
        case .advice: return answers
        case .readiness: return ReadinessCheck(knowledge: knowledge)?.turnedOn(answers) ?? answers
        }
    }

    /// The width a text report is wrapped to.
    var reportWidth: Int { width ?? Self.defaultReportWidth }

    /// The date printed on HTML and Markdown reports (`YYYY-MM-DD`), decided by the caller (the
    /// command line: `SOURCE_DATE_EPOCH`, else today in UTC); `nil` leaves the date out. The
    /// Advisor never reads a clock, so the same answers always give the same bytes.
    public var reportDate: String?

    /// Creates settings; the defaults give a Dutch text report without prompting.
    public init(
        language: Language = .nl,
        format: OutputFormat = .text,
        style: TextStyle = .plain,
        showsTrace: Bool = false,
        mode: InputMode = .noPrompt,
        answers: AnswerSet = AnswerSet(),
        answerSources: [String] = [],
        width: Int? = nil,
        reportDate: String? = nil,
        scope: Scope = .advice
    ) {
        self.scope = scope
        self.language = language
        self.format = format
        self.style = style
        self.showsTrace = showsTrace
        self.mode = mode
        self.answers = answers
        self.answerSources = answerSources
        self.width = width.map(Self.clampedWidth)
        self.reportDate = reportDate
    }
}
