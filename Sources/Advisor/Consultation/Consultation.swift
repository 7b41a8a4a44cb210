public import KnowledgeBase

/// One consultation: the interview (when answers are missing), then the recommendation.
///
/// The flow: prefilled answers from the settings are applied; while a question can still change
/// the outcome (see ``QuestionPlanner``), it is asked (or, without prompting, reported missing);
/// then the recommendation is computed on a fresh engine from the final answers and rendered in
/// the requested format.
///
/// A consultation reads no files and writes to no stream: it talks to the person through a
/// ``Conversation`` and returns an ``Outcome``, which the command line maps to a destination (standard
/// output or `--output`) and an exit code.
public enum Consultation {
    /// Runs one consultation to its end.
    ///
    /// Prompts, progress and hints go to `conversation`; the report is returned, never shown.
    /// With ``InputMode/noPrompt`` the conversation is never used.
    ///
    /// - Parameters:
    ///   - knowledge: The loaded knowledge base.
    ///   - settings: Language, format, style, input mode and prefilled answers.
    ///   - conversation: The person being interviewed (the terminal, or a test double).
    ///   - recorder: Where the answers so far are recorded after every answer given in the
    ///     interview, after an answer is taken back, and once with the final answers before the
    ///     report (defaults included); `nil` records nothing.
    /// - Returns: ``Outcome/report(_:)`` with the rendered recommendation; ``Outcome/stopped``
    ///   when the person typed `stop`; ``Outcome/inputEnded(_:)`` when input ended before the
    ///   last question; ``Outcome/missing(_:)`` with every missing question when nothing may be
    ///   asked.
    /// - Complexity: One engine session per question asked, plus the recommendation (see
    ///   ``recommend(knowledge:answers:)``).
    public static func run(
        knowledge: Knowledge, settings: ConsultationSettings, conversation: any Conversation,
        recorder: (any AnswerRecorder)? = nil
    ) -> Outcome {
        ConsultationRun(knowledge: knowledge, settings: settings, conversation: conversation, recorder: recorder).run()
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
