import KnowledgeBase

/// The reasoning trace in plain sentences: the answers, then intent and nature, then the
/// archetype, its agreements, the forms, and the signals.
///
/// Each firing becomes one line with the rule's "because" sentence and what it concluded, for
/// example `- Kosten besparen gaat over bestaand werk beter doen. (dus: ambitie: verbeteren, +0.60)`.
/// Within a group, lines keep firing order.
struct TraceNarrative {
    let knowledge: Knowledge
    let language: Language

    private var phrases: Phrases { Phrases(language: language) }

    /// One group of the narrative: a heading and its lines.
    struct Group: Hashable {
        /// The heading, without decoration.
        let heading: String
        /// The lines, each starting with `- `.
        let lines: [String]
    }

    /// The groups for these answers (question id and answer, in knowledge order) and steps.
    func groups(answers: [(String, Answer)], steps: [Recommendation.Step]) -> [Group] {
        var groups: [Group] = []
        var answerLines: [String] = []
        for (id, answer) in answers {
            guard let question = knowledge.question(id) else { continue }
            let lines = phrases.answerLines(answer, to: question)
            answerLines.append(lines[0])
            answerLines += lines.dropFirst()
        }
        if !answerLines.isEmpty { groups.append(Group(heading: phrases.traceHeading(.answers), lines: answerLines)) }
        for stage in [TraceStage.axes, .archetype, .agreements, .forms, .signals] {
            let lines = steps.compactMap { step -> String? in
                let conclusions = step.concluded.filter { TraceStage(attribute: $0.attribute) == stage }
                guard !conclusions.isEmpty else { return nil }
                return "- " + because(step.rule) + " (" + phrases.so + " "
                    + conclusions.map { conclusion in
                        let attribute = DerivedAttribute(rawValue: conclusion.attribute)
                        let text =
                            attribute.map { phrases.concluded($0, value: conclusion.value, knowledge: knowledge) }
                            ?? "\(conclusion.attribute) = \(conclusion.value)"
                        return text + ", " + Phrases.signed(conclusion.contribution)
                    }.joined(separator: "; ") + ")"
            }
            if !lines.isEmpty { groups.append(Group(heading: phrases.traceHeading(stage), lines: lines)) }
        }
        return groups
    }

    /// The narrative as indented text lines: each heading followed by its lines.
    func lines(answers: [(String, Answer)], steps: [Recommendation.Step]) -> [String] {
        groups(answers: answers, steps: steps).flatMap { group in
            [group.heading] + group.lines.map { "  " + $0 }
        }
    }

    /// The "because" sentence of a rule in this language, or its id when unknown.
    func because(_ rule: String) -> String {
        knowledge.rule(rule)?.because(language) ?? rule
    }
}

/// The stages of the narrative, in the order they are told.
enum TraceStage: Hashable, CaseIterable {
    /// The answers given.
    case answers
    /// Intent and nature.
    case axes
    /// The archetype.
    case archetype
    /// The core agreements.
    case agreements
    /// Forms, fits and exclusions.
    case forms
    /// Signals.
    case signals

    /// The stage a concluded attribute belongs to; unknown attributes count as signals (last).
    init(attribute: String) {
        switch DerivedAttribute(rawValue: attribute) {
        case .intent?, .nature?: self = .axes
        case .archetype?: self = .archetype
        case .agreement?: self = .agreements
        case .form?, .excludedForm?: self = .forms
        case .signal?, nil: self = .signals
        }
    }
}
