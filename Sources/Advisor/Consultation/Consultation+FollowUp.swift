public import KnowledgeBase

extension Consultation {
    /// After the recommendation, at a terminal: lets the person change an answer and see what
    /// changes (the comparison of `advise --set`, kept or not), save the advice as Markdown or
    /// HTML (chosen by the file name's extension) and save the answers (answers-file format).
    ///
    /// Everything is shown on `conversation`; nothing is returned to print. Enter, `klaar`,
    /// `stop` or the end of input ends it.
    ///
    /// - Parameters:
    ///   - knowledge: The loaded knowledge base.
    ///   - settings: The consultation's settings (language, width, report date); the format of
    ///     each saved advice follows its file name.
    ///   - answers: The final answers of the consultation, defaults included.
    ///   - conversation: The person (the terminal).
    ///   - files: Where files are saved (the command line's file system).
    ///   - recorder: Where a kept change is recorded (`--save`), if anywhere.
    /// - Returns: The answers the person ended with: `answers`, or the last change kept.
    /// - Complexity: Two recommendations per change compared, one per advice saved.
    @discardableResult
    public static func followUp(
        knowledge: Knowledge, settings: ConsultationSettings, answers: AnswerSet, conversation: any Conversation,
        files: any ReportFiles, recorder: (any AnswerRecorder)? = nil
    ) -> AnswerSet {
        var followUp = FollowUp(
            knowledge: knowledge, settings: settings, answers: answers, conversation: conversation, files: files,
            recorder: recorder)
        followUp.run()
        return followUp.answers
    }
}
