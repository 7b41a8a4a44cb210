import KnowledgeBase

/// A recommendation resolved to texts in one language, shared by the text, Markdown and HTML
/// renderers (which differ only in layout).
struct ReportContent {
    /// A labelled text, such as a profile aspect or an agreement.
    struct Item: Hashable {
        let label: String
        let text: String
    }

    /// A ranked form: name, fit text and its reasons (`true` for evidence for, `false` against).
    struct FormEntry: Hashable {
        let name: String
        let fit: String
        let reasons: [Reason]
    }

    /// The verdict on the form the user named, and for an excluded form the reasons.
    struct ChosenFormEntry: Hashable {
        let verdict: String
        let reasons: [String]
    }

    /// One reason for ruling forms out, with the forms it rules out in ranking order.
    struct ExclusionGroup: Hashable {
        let reason: String
        let forms: [String]
        /// The forms as one phrase: "A, B and C".
        let label: String
    }

    /// One reason for or against a form.
    struct Reason: Hashable {
        let isPositive: Bool
        let text: String
    }

    /// The number of forms shown with their reasons; the others with a positive fit are listed
    /// by name.
    static let detailedForms = 5

    let title: String
    let headline: String
    let confidence: String?
    let tussenvorm: String?
    let tips: [String]
    let scores: [Item]
    /// The plot's lines with the given mark at the position.
    let plot: (String) -> [String]
    let legend: String
    let meaning: [Item]
    let agreements: [Item]
    let forms: [FormEntry]
    let alsoPossible: String?
    /// The offered forms after the detailed ones, each as "name (fit)".
    let alsoPossibleForms: [String]
    /// The verdict on the form the user named; `nil` when none was named.
    let chosenForm: ChosenFormEntry?
    let lessFitting: [Item]
    /// Every reason for ruling forms out, once, with all the forms it rules out (a form with
    /// several reasons appears under each).
    let excluded: [ExclusionGroup]
    /// The same reasons, each form under one of them only: the most specific (the one that
    /// rules out the fewest forms; the first on a tie). Reasons left without a form are dropped.
    let excludedOnce: [ExclusionGroup]
    let signals: [Item]
    let flips: [String]
    /// "And N more questions…" when more questions can change the archetype than are shown.
    let moreFlips: String?
    /// How many questions the flip list shows.
    static let shownFlipQuestions = 5
    let trace: [TraceNarrative.Group]
    let ignored: String?
    let phrases: Phrases
    let footer: String
    /// The answers that took effect, in the questionnaire's order: the question's text as label,
    /// the chosen option labels (or yes/no, or the number) as text.
    let answersGiven: [Item]
    /// The quadrants' archetype names: top-left, top-right, bottom-left, bottom-right.
    let quadrantNames: [String]
    /// The position: intent (-1 verbeteren … +1 vernieuwen) and nature (-1 uitwisselen … +1 delen).
    let position: (intent: Double, nature: Double)
    /// `Advies van 2026-01-01, kennisversie 2026.11.0` (the date only when the settings give one).
    let issued: String

    /// Resolves `recommendation` to texts in `language`; `reportDate` (`YYYY-MM-DD`, from the
    /// settings) goes into ``issued`` as given, `nil` leaves the date out.
    init(
        _ recommendation: Recommendation, knowledge: Knowledge, language: Language, showsTrace: Bool,
        reportDate: String? = nil
    ) {
        let phrases = Phrases(language: language)
        self.phrases = phrases
        let archetype = recommendation.archetype.flatMap { scored in knowledge.archetype(scored.id) }
        let name = { (id: String) -> String in knowledge.archetype(id)?.name(language) ?? id }
        let formName = { (id: String) -> String in knowledge.form(id)?.name(language) ?? id }
        let narrative = TraceNarrative(knowledge: knowledge, language: language)

        title = phrases.title(partner: recommendation.partner)
        headline = phrases.reframing(archetype?.name(language))
        confidence = recommendation.archetype.map { phrases.confidence($0.score) }
        if let runnerUp = recommendation.tussenvorm {
            tussenvorm =
                phrases.tussenvorm(name(runnerUp.archetype), score: runnerUp.score)
                + (runnerUp.tips.isEmpty ? "" : " " + phrases.tipsAmongFlips)
            // What would tip it toward the runner-up is already in the flip list; only a runner-up
            // that no single answer reaches gets its own hint here.
            var tips: [String] = []
            if runnerUp.tips.isEmpty, let winner = archetype,
                let other = knowledge.archetype(runnerUp.archetype)
            {
                if other.intent != winner.intent { tips.append(phrases.emphasis(on: other.intent)) }
                if other.nature != winner.nature { tips.append(phrases.emphasis(on: other.nature)) }
            }
            self.tips = tips
        } else {
            tussenvorm = nil
            tips = []
        }
        scores = recommendation.archetypes.map {
            Item(label: name($0.id), text: Phrases.plain($0.score) + " (" + phrases.strength($0.score) + ")")
        }
        let quadrants = QuadrantPlot(knowledge: knowledge, language: language)
        plot = { mark in quadrants.lines(intent: recommendation.intent, nature: recommendation.nature, mark: mark) }
        legend = phrases.legend(intent: recommendation.intent, nature: recommendation.nature)
        if let archetype {
            let labels = phrases.profileLabels
            meaning = [
                Item(label: labels.essence, text: archetype.essence(language)),
                Item(label: labels.relation, text: archetype.relation(language)),
                Item(label: labels.risk, text: archetype.risk(language)),
            ]
        } else {
            meaning = []
        }
        agreements = recommendation.agreements.compactMap { id in
            knowledge.agreement(id).map {
                Item(label: $0.label(language), text: $0.explanation(language))
            }
        }
        let positive = recommendation.forms.filter(\.isOffered)
        forms = positive.prefix(Self.detailedForms).map { form in
            FormEntry(
                name: formName(form.id), fit: phrases.fit(form.fit),
                reasons: form.reasons.map { Reason(isPositive: $0.contribution >= 0, text: narrative.because($0.rule)) }
            )
        }
        let rest = positive.dropFirst(Self.detailedForms)
        alsoPossibleForms = rest.map { "\(formName($0.id)) (\(phrases.fit($0.fit)))" }
        alsoPossible = rest.isEmpty ? nil : phrases.alsoPossible + " " + alsoPossibleForms.joined(separator: ", ")
        chosenForm = recommendation.chosenForm.map { chosen in
            ChosenFormEntry(
                verdict: phrases.verdict(chosen.verdict, on: formName(chosen.id)),
                reasons: chosen.reasons.map { narrative.because($0.rule) })
        }
        lessFitting = recommendation.forms.filter { !$0.isOffered }.map { form in
            let against = form.reasons.first { $0.contribution < 0 }
            return Item(
                label: "\(formName(form.id)) (\(phrases.fit(form.fit)))",
                text: against.map { narrative.because($0.rule) } ?? phrases.littleSupport)
        }
        // One entry per reason, naming every form it rules out (in ranking order), so that a reason
        // shared by many forms is read once.
        var reasons: [String] = []
        var formsByReason: [String: [String]] = [:]
        for form in recommendation.excludedForms {
            for reason in form.reasons.map({ narrative.because($0.rule) }) where !reason.isEmpty {
                if formsByReason[reason] == nil { reasons.append(reason) }
                formsByReason[reason, default: []].append(formName(form.id))
            }
        }
        let exclusions = reasons.map { reason in (reason, formsByReason[reason] ?? []) }
        excluded = exclusions.map { reason, forms in
            ExclusionGroup(reason: reason, forms: forms, label: phrases.list(forms))
        }
        var home: [String: String] = [:]
        for (reason, forms) in exclusions {
            for form in forms {
                if let current = home[form], (formsByReason[current]?.count ?? 0) <= forms.count { continue }
                home[form] = reason
            }
        }
        excludedOnce = exclusions.compactMap { reason, forms in
            let own = forms.filter { home[$0] == reason }
            return own.isEmpty
                ? nil : ExclusionGroup(reason: reason, forms: own, label: phrases.list(own))
        }
        signals = recommendation.signals.compactMap { id in
            knowledge.signal(id).map { Item(label: $0.title(language), text: $0.text(language)) }
        }
        // One line per question, in the recommendation's order (the deciding questions first),
        // at most `shownFlipQuestions` of them; the JSON report lists every flip.
        var groups: [(question: Question, flips: [Recommendation.Flip])] = []
        for flip in recommendation.flips {
            guard let question = knowledge.question(flip.question) else { continue }
            if let last = groups.indices.last, groups[last].question.id == question.id {
                groups[last].flips.append(flip)
            } else {
                groups.append((question, [flip]))
            }
        }
        flips = groups.prefix(Self.shownFlipQuestions).map { group in
            phrases.flips(
                question: group.question.text(language),
                changes: group.flips.map { flip in
                    (
                        phrases.change(from: flip.given, to: flip.alternative, of: group.question),
                        flip.archetype.map(name)
                    )
                })
        }
        moreFlips =
            groups.count > Self.shownFlipQuestions ? phrases.moreFlips(groups.count - Self.shownFlipQuestions) : nil
        trace =
            showsTrace
            ? narrative.groups(
                answers: recommendation.applied.compactMap { id in recommendation.answers[id].map { (id, $0) } },
                steps: recommendation.trace)
            : []
        ignored = recommendation.ignored.isEmpty ? nil : phrases.ignored(recommendation.ignored)
        footer = phrases.footer(version: recommendation.knowledgeVersion, asked: recommendation.asked)
        answersGiven = recommendation.applied.compactMap { id in
            guard let question = knowledge.question(id),
                let answer = recommendation.answers[id]
            else { return nil }
            return Item(label: question.text(language), text: phrases.answer(answer, to: question))
        }
        quadrantNames = QuadrantPlotSVG.quadrantNames(in: knowledge, language: language)
        position = (recommendation.intent, recommendation.nature)
        issued = phrases.issued(date: reportDate, version: recommendation.knowledgeVersion)
    }
}
