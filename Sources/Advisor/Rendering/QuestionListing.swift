public import KnowledgeBase

/// The `grondvorm questions` listing: every question, so users can write answer files.
public enum QuestionListing {
    /// Renders every question in knowledge order.
    ///
    /// JSON: `{"questions": [{"id", "kind", "text", "options": [{"id", "label"}], "min", "max", "applies_when"}]}`
    /// where `kind` is `one-of`, `many-of`, `yes-no` or `scale`; `options` is empty for yes-no
    /// and scale; `min` and `max` are numbers for scale questions and `null` otherwise;
    /// `applies_when` is the condition's source text, or `null` when the question always applies.
    ///
    /// - Returns: The listing, ending with a newline.
    public static func render(knowledge: Knowledge, language: Language, format: OutputFormat) -> String {
        ""
    }
}
