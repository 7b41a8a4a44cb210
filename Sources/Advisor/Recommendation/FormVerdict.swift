import KnowledgeBase

/// Decides which signals a report shows and what it says about the form the user had in mind:
/// the two decisions that depend on which forms are offered, made in one place for every format.
struct FormVerdict {
    let knowledge: Knowledge

    /// The question whose options list the forms (`welke-vorm`): the first one-of question whose
    /// options include every form id, or `nil` when the knowledge has none.
    ///
    /// - Complexity: O(q × o) for q questions with o options.
    static func formQuestion(in knowledge: Knowledge) -> Question? {
        let forms = Set(knowledge.forms.map(\.id))
        return knowledge.questions.first { question in
            guard case .oneOf = question.kind, !forms.isEmpty else { return false }
            return forms.isSubset(of: question.options.map(\.id))
        }
    }

    /// The form named in `answers`, or `nil` when the form question is unanswered or answered
    /// with an option that is not a form (such as `geen`).
    static func chosenFormID(in answers: [String: Answer], knowledge: Knowledge) -> String? {
        guard let question = formQuestion(in: knowledge), case .option(let id)? = answers[question.id],
            knowledge.forms.contains(where: { $0.id == id })
        else { return nil }
        return id
    }

    /// Whether a raised signal is shown: it is about no form in particular, or one of its forms
    /// is offered, or is the form the user named and not excluded (a signal never warns about a
    /// form that is already out; the verdict on the named form says why it is).
    static func shows(_ signal: Signal, offered: Set<String>, chosen: String?, excluded: Set<String>) -> Bool {
        signal.aboutForms.isEmpty
            || signal.aboutForms.contains { offered.contains($0) || ($0 == chosen && !excluded.contains($0)) }
    }

    /// The verdict on form `id` (see ``Recommendation/ChosenForm``).
    ///
    /// - Parameters:
    ///   - id: The form the user named.
    ///   - forms: The ranked forms that are not excluded, best first.
    ///   - excluded: The excluded forms with their reasons.
    /// - Complexity: O(f) for f forms.
    func verdict(
        on id: String, forms: [Recommendation.RankedForm], excluded: [Recommendation.ExcludedForm]
    ) -> Recommendation.ChosenForm {
        if let exclusion = excluded.first(where: { $0.id == id }) {
            return Recommendation.ChosenForm(id: id, verdict: .excluded, reasons: exclusion.reasons)
        }
        let top = forms.filter(\.isOffered).prefix(Recommendation.topFormCount)
        if top.contains(where: { $0.id == id }) {
            return Recommendation.ChosenForm(id: id, verdict: .fits, reasons: [])
        }
        let weight = { (form: String) in knowledge.form(form)?.weight }
        let topWeights = top.compactMap { weight($0.id) }
        guard let own = weight(id), let lightest = topWeights.min(), let heaviest = topWeights.max() else {
            return Recommendation.ChosenForm(id: id, verdict: .poor, reasons: [])
        }
        let verdict: Recommendation.ChosenForm.Verdict =
            own > heaviest ? .heavier : own < lightest ? .lighter : .poor
        return Recommendation.ChosenForm(id: id, verdict: verdict, reasons: [])
    }
}
