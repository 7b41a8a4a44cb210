import KnowledgeBase

/// A comparison resolved to texts in one language, shared by the text, Markdown and HTML
/// renderers (which differ only in layout).
struct ComparisonContent {
    /// A labelled text.
    struct Item: Hashable {
        let label: String
        let text: String
    }

    /// One partner: its mark, its line and its position.
    struct PartnerEntry: Hashable {
        let mark: String
        let line: String
        let intent: Double
        let nature: Double
    }

    /// One question answered differently.
    struct DivergenceEntry: Hashable {
        /// The question's text and id.
        let question: String
        /// `partner: answer`, in partner order.
        let answers: [String]
        /// `Verschuift: …`.
        let moves: String
        /// One line per recomputation.
        let effects: [String]
    }

    /// How many conversation starters are shown.
    static let shownStarters = 5

    let phrases: Phrases
    let title: String
    let partners: [PartnerEntry]
    /// The plot's lines with the partners' marks (styled by `style`).
    let plot: (_ style: (String) -> String) -> [String]
    let legend: String
    let level: ComparisonResult.Level
    let levelSentence: String
    let findings: [Item]
    let divergences: [DivergenceEntry]
    let shared: [Item]
    let starters: [String]
    /// Whether there is a joint recommendation (else: what to settle first).
    let isJoint: Bool
    let advice: [String]
    let footer: String
    /// The quadrants' archetype names: top-left, top-right, bottom-left, bottom-right.
    let quadrantNames: [String]

    init(_ result: ComparisonResult, knowledge: Knowledge, language: Language) {
        let phrases = Phrases(language: language)
        self.phrases = phrases
        let archetypeName = { (id: String?) -> String? in
            id.map { id in knowledge.archetype(id)?.name(language) ?? id }
        }
        let formName = { (id: String) -> String in knowledge.form(id)?.name(language) ?? id }
        let question = { (id: String) -> Question? in knowledge.question(id) }
        let answerText = { (answer: Answer?, id: String) -> String in
            guard let answer else { return phrases.noPartnerAnswer }
            guard let question = question(id) else { return "\(answer)" }
            return phrases.answer(answer, to: question)
        }

        title = phrases.comparisonTitle(partners: result.partners.count)
        partners = result.partners.map { partner in
            let r = partner.recommendation
            return PartnerEntry(
                mark: partner.mark,
                line: phrases.partnerLine(
                    name: partner.name, archetype: archetypeName(r.archetype?.id), score: r.archetype?.score,
                    intent: r.intent, nature: r.nature),
                intent: r.intent, nature: r.nature)
        }
        let quadrants = QuadrantPlot(knowledge: knowledge, language: language)
        let marks = result.partners.map { ($0.recommendation.intent, $0.recommendation.nature, $0.mark) }
        plot = { style in
            quadrants.lines(marks: marks.map { QuadrantPlot.Mark(intent: $0.0, nature: $0.1, text: style($0.2)) })
        }
        legend = phrases.comparisonLegend
        quadrantNames = QuadrantPlotSVG.quadrantNames(in: knowledge, language: language)

        level = result.level
        levelSentence = phrases.levelSentence(result.level)
        let positions = Dictionary(
            uniqueKeysWithValues: result.partners.map {
                ($0.name, ($0.recommendation.intent, $0.recommendation.nature))
            })
        let distance = { (finding: ComparisonResult.Finding) -> Double in
            guard let a = finding.first.first.flatMap({ positions[$0] }),
                let b = finding.second.first.flatMap({ positions[$0] })
            else { return 0 }
            return ((a.0 - b.0) * (a.0 - b.0) + (a.1 - b.1) * (a.1 - b.1)).squareRoot()
        }
        // Starters: the conflicting discriminators first (they name the difference exactly), then
        // the other findings, then the questions whose answers move a conclusion.
        var conflictStarters: [String] = []
        var otherStarters: [String] = []
        findings = result.findings.compactMap { finding in
            guard let divergence = knowledge.divergence(finding.rule) else { return nil }
            var threshold = 0.0
            var isConflict = false
            switch divergence.test {
            case .conflict: isConflict = true
            case .positions(let limit): threshold = limit
            case .quadrants, .archetypes: break
            }
            let fill = { (template: TextTemplate) -> String in
                phrases.filled(
                    template, first: finding.first, second: finding.second, distance: distance(finding),
                    threshold: threshold)
            }
            if let starter = divergence.starter {
                if isConflict {
                    conflictStarters.append(fill(starter(language)))
                } else {
                    otherStarters.append(fill(starter(language)))
                }
            }
            return Item(
                label: divergence.title(language) + " (" + phrases.level(finding.level) + ")",
                text: fill(divergence.finding(language)))
        }

        divergences = result.divergences.map { divergence in
            let text = question(divergence.question)?.text(language) ?? divergence.question
            return DivergenceEntry(
                question: text + " ('" + divergence.question + "')",
                answers: divergence.answers.map { $0.partner + ": " + answerText($0.answer, divergence.question) },
                moves: phrases.moves(divergence.moves),
                effects: divergence.effects.map { effect in
                    phrases.effect(
                        partner: effect.partner, answerOf: effect.answerOf,
                        answer: answerText(effect.answer, divergence.question), moves: effect.moves,
                        archetype: archetypeName(effect.archetype))
                })
        }
        var starters = conflictStarters + otherStarters
        // The questions that move the archetype first, then those that move an axis.
        let movingArchetype = result.divergences.filter { $0.moves.contains(.archetype) }
        let movingAxis = result.divergences.filter {
            !$0.moves.contains(.archetype) && ($0.moves.contains(.intent) || $0.moves.contains(.nature))
        }
        for divergence in movingArchetype + movingAxis {
            let text = question(divergence.question)?.text(language) ?? divergence.question
            starters.append(
                phrases.starter(
                    question: text,
                    answers: divergence.answers.map {
                        $0.partner + " '" + answerText($0.answer, divergence.question) + "'"
                    },
                    moves: divergence.moves))
        }
        self.starters = Array(starters.prefix(Self.shownStarters))

        let s = result.shared
        let pole = { (id: String?) -> String in
            id.flatMap(Pole.init(rawValue:)).map(phrases.pole) ?? phrases.differs
        }
        let listed = { (items: [String]) -> String in items.isEmpty ? phrases.none : items.joined(separator: ", ") }
        shared = [
            Item(
                label: phrases.sharedLabel(.answers),
                text: s.answers.isEmpty
                    ? phrases.none
                    : s.answers.map { $0.question + " = " + answerText($0.answer, $0.question) }.joined(separator: "; ")
            ),
            Item(label: phrases.sharedLabel(.archetype), text: archetypeName(s.archetype) ?? phrases.differs),
            Item(label: phrases.sharedLabel(.intent), text: pole(s.intent)),
            Item(label: phrases.sharedLabel(.nature), text: pole(s.nature)),
            Item(label: phrases.sharedLabel(.forms), text: listed(s.forms.map(formName))),
            Item(
                label: phrases.sharedLabel(.agreements),
                text: listed(
                    s.agreements.map { id in knowledge.agreement(id)?.label(language) ?? id })),
            Item(
                label: phrases.sharedLabel(.signals),
                text: listed(s.signals.map { id in knowledge.signal(id)?.title(language) ?? id })),
        ]

        switch result.advice {
        case .joint(let archetype, let forms, let agreements):
            isJoint = true
            advice = phrases.joint(
                archetype: archetypeName(archetype) ?? archetype, forms: forms.map(formName),
                agreements: agreements.map { id in knowledge.agreement(id)?.label(language) ?? id })
        case .settleFirst(let issues):
            isJoint = false
            advice =
                [phrases.settleFirstIntroduction]
                + issues.map { issue in
                    switch issue {
                    case .finding(let rule):
                        return knowledge.divergence(rule)?.title(language) ?? rule
                    case .archetypes:
                        return phrases.settleArchetypes(
                            result.partners.map { partner in
                                partner.name + ": "
                                    + (archetypeName(partner.recommendation.archetype?.id) ?? phrases.none)
                            })
                    case .question(let id):
                        return phrases.settleQuestion(question(id)?.text(language) ?? id)
                    }
                }
        }
        footer = phrases.comparisonFooter(version: result.knowledgeVersion)
    }
}
