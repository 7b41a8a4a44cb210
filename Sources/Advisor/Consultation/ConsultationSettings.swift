public import KnowledgeBase

/// Everything the command line decided about one consultation.
public struct ConsultationSettings: Sendable {
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
        reportDate: String? = nil
    ) {
        self.language = language
        self.format = format
        self.style = style
        self.showsTrace = showsTrace
        self.mode = mode
        self.answers = answers
        self.answerSources = answerSources
        self.reportDate = reportDate
    }
}
