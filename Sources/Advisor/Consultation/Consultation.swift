public import KnowledgeBase

/// One consultation: the interview (when answers are missing), then the recommendation.
///
/// The flow: prefilled answers from the settings are applied; while a question can still change
/// the outcome (see ``QuestionPlanner``), it is asked (or, without prompting, reported missing);
/// then the recommendation is computed on a fresh engine from the final answers and written in
/// the requested format.
///
/// Exit codes:
/// - ``ExitCode/success``: the recommendation was written.
/// - ``ExitCode/dataError``: `noPrompt` with relevant answers missing (every missing question is
///   listed on standard error with the flag that answers it), or end of input before the last
///   question (the message names the first unanswered question).
/// - ``ExitCode/failure``: the user typed `stop`/`quit`; the message says the consultation
///   stopped and nothing is written to standard output.
public enum Consultation {
    /// Runs one consultation to its recommendation and writes it to `console`.
    ///
    /// Standard output carries the product: the recommendation (and, for ``OutputFormat/text``,
    /// the questions, progress and hints). For the other formats, prompts, progress and hints go
    /// to standard error so that `--format json > out.json` stays clean. Diagnostics always go
    /// to standard error.
    ///
    /// - Parameters:
    ///   - knowledge: The loaded knowledge base.
    ///   - settings: Language, format, style, input mode and prefilled answers.
    ///   - console: The terminal or a test double.
    /// - Returns: How the process should exit.
    public static func run(knowledge: Knowledge, settings: ConsultationSettings, console: any Console) -> ExitCode {
        ConsultationRun(knowledge: knowledge, settings: settings, console: console).run()
    }

    /// The recommendation for `answers`, without any interview: whatever is unanswered stays
    /// unknown.
    ///
    /// Answers to questions that do not apply are ignored (and listed in
    /// ``Recommendation/ignored``).
    ///
    /// - Complexity: One engine run per answer, plus one per alternative answer tried for the
    ///   flips (bounded by the number of options of the answered questions).
    public static func recommend(knowledge: Knowledge, answers: AnswerSet) -> Recommendation {
        RecommendationBuilder(knowledge: knowledge).recommendation(for: answers)
    }

    /// Renders the recommendation for `answers` in `settings.format` and `settings.language`,
    /// without any interview (used by tests and the benchmark). `settings.mode` is not used.
    ///
    /// - Returns: The report, ending with a newline.
    public static func report(knowledge: Knowledge, answers: AnswerSet, settings: ConsultationSettings) -> String {
        let recommendation = recommend(knowledge: knowledge, answers: answers)
        return ReportRenderer(knowledge: knowledge, settings: settings).render(recommendation)
    }
}
