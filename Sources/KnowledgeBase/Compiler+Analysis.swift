import Inference

/// The checks over the rule base as a whole: rules that can never fire, questions and options no
/// rule reads, ids no rule concludes, cycles, and the principle that a form follows from the
/// archetype.
extension Compiler {
    mutating func analyse() {
        findRulesThatNeverFire()
        checkReads()
        checkConclusions()
        checkCycles()
        checkFormsFollowArchetype()
    }

    // MARK: - Rules that can never fire

    private mutating func findRulesThatNeverFire() {
        var constraintVerdicts: [String: Bool] = [:]
        for index in rules.indices {
            let rule = rules[index]
            guard rule.premise != nil, let condition = rule.premiseSyntax else { continue }
            switch rule.origin {
            case .written:
                let finding = Satisfiability.check(condition, attributes: attributes)
                if let whole = finding.whole {
                    problems.add(.neverFires(rule: rule.id, whole.reason), at: whole.span)
                    rules[index].neverFires = true
                }
                for part in finding.parts {
                    problems.add(.partNeverHolds(.declaration(.rule, id: rule.id), part.reason), at: part.span)
                }
            case .constraint(let constraint, _):
                if let verdict = constraintVerdicts[constraint] {
                    rules[index].neverFires = verdict
                    continue
                }
                let finding = Satisfiability.check(condition, attributes: attributes)
                if let whole = finding.whole {
                    problems.add(.neverApplies(.declaration(.constraint, id: constraint), whole.reason), at: whole.span)
                }
                for part in finding.parts {
                    problems.add(
                        .partNeverHolds(.declaration(.constraint, id: constraint), part.reason), at: part.span)
                }
                constraintVerdicts[constraint] = finding.whole != nil
                rules[index].neverFires = finding.whole != nil
            case .quadrant, .agreements, .fit:
                continue
            }
        }
    }

    // MARK: - Reads

    private mutating func checkReads() {
        var readAttributes: Set<String> = []
        var readValues: Set<Read> = []
        for rule in rules {
            for read in rule.reads {
                readAttributes.insert(read.attribute)
                readValues.insert(read)
            }
        }
        for (index, question) in syntax.questions.enumerated() {
            guard Self.isPrimary(question.header, index, in: questionTable), let id = question.header.id,
                attributes[id.text]?.question == index, question.kind != nil
            else { continue }
            guard readAttributes.contains(id.text) else {
                problems.add(.questionNeverRead(id.text), at: id.span)
                continue
            }
            guard !readValues.contains(Read(attribute: id.text, value: nil)),
                question.kind == .oneOf || question.kind == .manyOf
            else { continue }
            for option in options[index] where !readValues.contains(Read(attribute: id.text, value: option.id)) {
                problems.add(
                    .optionNeverRead(option.id, question: id.text, source: option.source), at: option.span)
            }
        }
    }

    // MARK: - Conclusions

    private mutating func checkConclusions() {
        var concluded: Set<Read> = []
        var uncertain: Set<String> = []
        for rule in rules {
            for assumed in rule.assumedConclusions {
                if assumed.value == nil { uncertain.insert(assumed.attribute) } else { concluded.insert(assumed) }
            }
        }
        for rule in rules where !rule.neverFires {
            for conclusion in rule.conclusions where conclusion.certainty > 0 {
                if case .symbol(let value) = conclusion.value {
                    concluded.insert(Read(attribute: conclusion.attribute, value: value))
                }
            }
        }
        func check(_ headers: [Header], _ table: [String: Int], _ attribute: DerivedAttribute, _ kind: DeclarationKeyword)
            -> [Problem]
        {
            headers.enumerated().compactMap { index, header in
                guard Self.isPrimary(header, index, in: table), let id = header.id,
                    !uncertain.contains(attribute.rawValue),
                    !concluded.contains(Read(attribute: attribute.rawValue, value: id.text))
                else { return nil }
                return Problem(kind: .analysis(.neverConcluded(kind, id.text)), span: id.span)
            }
        }
        // Ids whose generating declaration has an error of its own would only repeat it.
        for (index, archetype) in syntax.archetypes.enumerated() where poles[index] == nil {
            if let id = archetype.header.id {
                concluded.insert(Read(attribute: DerivedAttribute.archetype.rawValue, value: id.text))
            }
        }
        for form in syntax.forms
        where form.fits.contains(where: { $0.level == nil || archetypeTable[$0.archetype.text] == nil }) {
            if let id = form.header.id {
                concluded.insert(Read(attribute: DerivedAttribute.form.rawValue, value: id.text))
            }
        }
        concluded.formUnion(assumedAgreements)
        let found =
            check(syntax.archetypes.map(\.header), archetypeTable, .archetype, .archetype)
            + check(syntax.agreements.map(\.header), agreementTable, .agreement, .agreement)
            + check(syntax.forms.map(\.header), formTable, .form, .form)
            + check(syntax.signals.map(\.header), signalTable, .signal, .signal)
        for problem in found { problems.add(problem) }
    }

    // MARK: - Cycles

    private mutating func checkCycles() {
        let nodes = DerivedAttribute.allCases.map(\.rawValue)
        let position = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, $0) })
        let count = nodes.count
        // edgeRule[a][b]: the first rule that reads nodes[a] and concludes nodes[b].
        var edgeRule = [[Int?]](repeating: [Int?](repeating: nil, count: count), count: count)
        for (index, rule) in rules.enumerated() {
            let reads = Set(rule.reads.compactMap { position[$0.attribute] })
            for conclusion in rule.conclusions {
                guard let target = position[conclusion.attribute] else { continue }
                for source in reads where edgeRule[source][target] == nil { edgeRule[source][target] = index }
            }
        }
        var reach = edgeRule.map { $0.map { $0 != nil } }
        for middle in 0..<count {
            for source in 0..<count where reach[source][middle] {
                for target in 0..<count where reach[middle][target] { reach[source][target] = true }
            }
        }
        var reported: Set<Int> = []
        for start in 0..<count where reach[start][start] && !reported.contains(start) {
            let component = (0..<count).filter { reach[start][$0] && reach[$0][start] }
            reported.formUnion(component)
            guard let cycle = shortestCycle(from: start, within: Set(component), edges: edgeRule) else { continue }
            var steps = cycle.map { edge in (rule: edge.rule, read: nodes[edge.from], concluded: nodes[edge.to]) }
            if let first = steps.indices.min(by: { steps[$0].rule < steps[$1].rule }) {
                steps = Array(steps[first...] + steps[..<first])
            }
            let described = steps.map {
                AnalysisProblem.CycleStep(rule: rules[$0.rule].id, reads: $0.read, concludes: $0.concluded)
            }
            problems.add(.cycle(described), at: rules[steps[0].rule].span)
        }
    }

    /// A shortest cycle through `start`, as edges with the rule that makes each.
    private func shortestCycle(
        from start: Int, within component: Set<Int>, edges: [[Int?]]
    ) -> [(from: Int, to: Int, rule: Int)]? {
        var previous: [Int: Int] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in component.sorted() where edges[node][next] != nil {
                if next == start {
                    var path = [(from: node, to: start, rule: edges[node][start] ?? 0)]
                    var current = node
                    while current != start, let before = previous[current] {
                        path.insert((from: before, to: current, rule: edges[before][current] ?? 0), at: 0)
                        current = before
                    }
                    return path
                }
                if previous[next] == nil {
                    previous[next] = node
                    queue.append(next)
                }
            }
        }
        return nil
    }

    // MARK: - A form follows from the archetype

    private mutating func checkFormsFollowArchetype() {
        var dependent: Set<String> = [DerivedAttribute.archetype.rawValue]
        var changed = true
        while changed {
            changed = false
            for attribute in DerivedAttribute.allCases.map(\.rawValue) where !dependent.contains(attribute) {
                let concluding = rules.filter { rule in rule.conclusions.contains { $0.attribute == attribute } }
                guard !concluding.isEmpty else { continue }
                let all = concluding.allSatisfy { rule in
                    guard let premise = rule.premise else { return true }
                    return Self.depends(premise, on: dependent, negated: false)
                }
                if all {
                    dependent.insert(attribute)
                    changed = true
                }
            }
        }
        for rule in rules where rule.isWritten {
            guard let premise = rule.premise,
                let index = rule.conclusions.firstIndex(where: { $0.attribute == DerivedAttribute.form.rawValue }),
                !Self.depends(premise, on: dependent, negated: false)
            else { continue }
            problems.add(
                .formWithoutArchetype(rule: rule.id, form: "\(rule.conclusions[index].value)"),
                at: rule.conclusionSpans[index])
        }
    }

    /// Whether every way for `condition` to hold involves an attribute in `attributes` (a test
    /// that the attribute has no value does not count).
    static func depends(_ condition: Condition, on attributes: Set<String>, negated: Bool) -> Bool {
        switch condition {
        case .equals(let name, _), .notEquals(let name, _), .contains(let name, _), .compare(let name, _, _):
            return attributes.contains(name)
        case .known(let name):
            return !negated && attributes.contains(name)
        case .unknown(let name):
            return negated && attributes.contains(name)
        case .all(let parts):
            return negated
                ? parts.allSatisfy { depends($0, on: attributes, negated: true) }
                : parts.contains { depends($0, on: attributes, negated: false) }
        case .any(let parts):
            return negated
                ? parts.contains { depends($0, on: attributes, negated: true) }
                : parts.allSatisfy { depends($0, on: attributes, negated: false) }
        case .not(let inner):
            return depends(inner, on: attributes, negated: !negated)
        }
    }
}
