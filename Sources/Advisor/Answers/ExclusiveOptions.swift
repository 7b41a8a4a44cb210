import KnowledgeBase

/// The rule for exclusive options (declared `exclusive` in the knowledge, such as "none of
/// these"): in a many-of answer, an exclusive option stands alone.
///
/// One rule for every way an answer comes in: the prompt, an answers file and `--answer`.
struct ExclusiveOptions {
    /// An exclusive option chosen together with others.
    struct Conflict: Hashable {
        /// The exclusive option's id (the first one, in the order given).
        let option: String
        /// The other chosen options' ids, in the order given.
        let others: [String]
    }

    /// The question the answer is for.
    let question: Question

    /// The conflict in `ids` (option ids of `question`), or `nil` when an exclusive option, if
    /// any, is chosen alone.
    ///
    /// - Complexity: O(*n* × *k*) for *n* ids and *k* options.
    func conflict(in ids: [String]) -> Conflict? {
        guard ids.count > 1 else { return nil }
        let exclusive = Set(question.options.filter(\.isExclusive).map(\.id))
        guard let option = ids.first(where: exclusive.contains) else { return nil }
        return Conflict(option: option, others: ids.filter { $0 != option })
    }
}
