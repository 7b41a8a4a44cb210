import Utilities

/// The benchmark shapes `grondvorm-bench generate` can build.
enum Shape: String, CaseIterable, Sendable {
    /// Rule k reads `x{k-1} = t` and concludes `x{k} = t`; the fact `x0 = t` starts it.
    /// Every rule fires: `fired = n`, `final_facts = n + 1`.
    case chain
    /// Rule k reads `x{k-1}`, `x{k}` and `x{k+1}` (all `= t`) and concludes `x{k+2} = t`;
    /// the facts `x0`, `x1`, `x2` start it. Every rule fires: `final_facts = n + 3`.
    case chain3
    /// A tree with branching 10 in breadth-first order: node j (1...n) reads its parent
    /// `n{(j-1)/10} = t` and concludes `n{j} = t`; the fact `n0 = t` is the root.
    /// Every rule fires: `final_facts = n + 1`.
    case fanout
    /// A seeded random layered rule base where only part fires, like a consultation:
    /// answered input questions at layer 0 (each with one of three options, three in ten
    /// with a second one), then seven layers of derived attributes with three values each,
    /// about eight rules per attribute. A rule reads one (50 %), two (35 %) or three (15 %)
    /// pairs of lower layers, at least one of the layer just below, and concludes one pair
    /// of its own layer. The rules are declared in a shuffled order. About half of them
    /// fire, whatever the size.
    case layered

    /// The accepted shape names, for usage hints: `chain, chain3, fanout or layered`.
    static var names: String {
        let all = allCases.map(\.rawValue)
        return all.dropLast().joined(separator: ", ") + " or " + (all.last ?? "")
    }

    /// Builds the rule set with `count` rules; `seed` only affects ``layered``.
    func ruleSet(count: Int, seed: UInt64) -> NeutralRuleSet {
        switch self {
        case .chain: return Self.chain(count)
        case .chain3: return Self.chain3(count)
        case .fanout: return Self.fanout(count)
        case .layered: return Self.layered(count, seed: seed)
        }
    }

    private static func truth(_ attribute: String) -> Pair {
        Pair(attribute: attribute, value: "t")
    }

    private static func chain(_ count: Int) -> NeutralRuleSet {
        var rules: [NeutralRule] = []
        rules.reserveCapacity(count)
        for k in stride(from: 1, through: count, by: 1) {
            rules.append(NeutralRule(id: "r\(k)", conditions: [truth("x\(k - 1)")], conclusions: [truth("x\(k)")]))
        }
        return NeutralRuleSet(rules: rules, facts: [truth("x0")])
    }

    private static func chain3(_ count: Int) -> NeutralRuleSet {
        var rules: [NeutralRule] = []
        rules.reserveCapacity(count)
        for k in stride(from: 1, through: count, by: 1) {
            rules.append(
                NeutralRule(
                    id: "r\(k)",
                    conditions: [truth("x\(k - 1)"), truth("x\(k)"), truth("x\(k + 1)")],
                    conclusions: [truth("x\(k + 2)")]
                ))
        }
        return NeutralRuleSet(rules: rules, facts: [truth("x0"), truth("x1"), truth("x2")])
    }

    private static func fanout(_ count: Int) -> NeutralRuleSet {
        var rules: [NeutralRule] = []
        rules.reserveCapacity(count)
        for j in stride(from: 1, through: count, by: 1) {
            rules.append(
                NeutralRule(id: "r\(j)", conditions: [truth("n\((j - 1) / 10)")], conclusions: [truth("n\(j)")]))
        }
        return NeutralRuleSet(rules: rules, facts: [truth("n0")])
    }

    /// Layers of derived attributes above the input layer.
    private static let derivedLayers = 7
    /// Values per attribute (like the options of a question).
    private static let valuesPerAttribute = 3
    /// Rules per derived attribute, on average.
    private static let rulesPerAttribute = 8

    private static func layered(_ count: Int, seed: UInt64) -> NeutralRuleSet {
        var random = SplitMix64(seed: seed)
        let perLayer = max(1, count / (derivedLayers * rulesPerAttribute))
        func pair(layer: Int, _ random: inout SplitMix64) -> Pair {
            Pair(
                attribute: "a\(layer)_\(random.below(perLayer))",
                value: "v\(random.below(valuesPerAttribute))"
            )
        }
        // The answers: every input question is answered with one option, three in ten
        // with a second one (many-of).
        var facts: [Pair] = []
        for index in 0..<perLayer {
            let first = random.below(valuesPerAttribute)
            facts.append(Pair(attribute: "a0_\(index)", value: "v\(first)"))
            if random.below(10) < 3 {
                let second = (first + 1 + random.below(valuesPerAttribute - 1)) % valuesPerAttribute
                facts.append(Pair(attribute: "a0_\(index)", value: "v\(second)"))
            }
        }
        var rules: [NeutralRule] = []
        rules.reserveCapacity(count)
        for index in 0..<count {
            // Spread the rules evenly over the derived layers 1...derivedLayers.
            let layer = 1 + index * derivedLayers / max(1, count)
            var conditions = [pair(layer: layer - 1, &random)]
            // One condition in half of the rules, two in 35 %, three in 15 %.
            let draw = random.below(20)
            let wanted = draw < 10 ? 1 : draw < 17 ? 2 : 3
            while conditions.count < wanted {
                let candidate = pair(layer: random.below(layer), &random)
                if !conditions.contains(candidate) { conditions.append(candidate) }
            }
            rules.append(NeutralRule(id: "", conditions: conditions, conclusions: [pair(layer: layer, &random)]))
        }
        // Declare the rules in a shuffled order (Fisher-Yates with the seeded generator),
        // then number them in declaration order.
        for index in stride(from: rules.count - 1, to: 0, by: -1) {
            rules.swapAt(index, random.below(index + 1))
        }
        for index in rules.indices {
            rules[index].id = "r\(index + 1)"
        }
        return NeutralRuleSet(rules: rules, facts: facts)
    }
}
