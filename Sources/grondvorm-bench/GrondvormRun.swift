import Inference

/// Runs a neutral benchmark problem on Grondvorm's engine and times it from inside the
/// process (with the monotonic clock, or the process's CPU time: see ``Stopwatch``).
///
/// The mapping: every attribute is multi-valued (`AttributeDeclaration(name:cardinality:
/// .multiple)`); a rule's premise is `.all` of `.contains(attr, .symbol(value))`; every
/// conclusion has certainty 1; every fact is asserted with certainty 1.
enum GrondvormRun {
    /// Loads `PREFIX.rules.json` and `PREFIX.facts.json`, runs to the fixpoint, and hands
    /// the report to `finish`, which ends the process.
    ///
    /// Load time covers reading and parsing both files, building the ``RuleBase`` and the
    /// ``Engine``, and asserting the facts; run time covers ``Engine/runToFixpoint()`` only
    /// (the run without building ``Firing`` trace values, as CLIPS keeps no trace unless
    /// watched). The counts are read afterwards, outside both timings: `fired` is the number
    /// of rules that hold at the fixpoint (``Engine/firedRules``), `final_facts` is
    /// ``Engine/factCount``.
    ///
    /// The engine is kept alive until `finish` exits: tearing down some hundred thousand
    /// objects one by one would only add to the whole-process wall time, while the system
    /// reclaims the memory at once (CLIPS's `(exit)` does not free its environment either).
    ///
    /// - Throws: ``BenchError`` for a missing, unreadable or invalid file.
    static func run(
        prefix: String, reader: BenchCommand.Reader, clock: Stopwatch.Clock, finish: (BenchResult) -> Never
    ) throws(BenchError) -> Never {
        let stopwatch = Stopwatch(clock: clock)
        let start = stopwatch.seconds()
        let rulesPath = prefix + ".rules.json"
        let factsPath = prefix + ".facts.json"
        let rules: [NeutralRule]
        let facts: [Pair]
        switch reader {
        case .streaming:
            rules = try NeutralReader.rules(try Files.read(rulesPath), path: rulesPath)
            facts = try NeutralReader.facts(try Files.read(factsPath), path: factsPath)
        case .generic:
            rules = try GenericReader.rules(try Files.read(rulesPath), path: rulesPath)
            facts = try GenericReader.facts(try Files.read(factsPath), path: factsPath)
        }
        var engine = try makeEngine(NeutralRuleSet(rules: rules, facts: facts))
        let loaded = stopwatch.seconds()
        engine.runToFixpoint()
        let ran = stopwatch.seconds()
        let result = BenchResult(
            rules: engine.ruleBase.rules.count,
            fired: engine.firedRules.count,
            finalFacts: engine.factCount,
            loadSeconds: loaded - start,
            runSeconds: ran - loaded
        )
        withExtendedLifetime(engine) { finish(result) }
    }

    /// Builds the rule base and an engine with every fact asserted (not yet run).
    static func makeEngine(_ set: NeutralRuleSet) throws(BenchError) -> Engine {
        let attributes = set.attributes.map { AttributeDeclaration(name: $0, cardinality: .multiple) }
        let rules = set.rules.map { rule in
            Rule(
                id: rule.id,
                premise: .all(rule.conditions.map { .contains($0.attribute, .symbol($0.value)) }),
                conclusions: rule.conclusions.map { Conclusion(attribute: $0.attribute, value: .symbol($0.value)) }
            )
        }
        let ruleBase: RuleBase
        do {
            ruleBase = try RuleBase(attributes: attributes, rules: rules)
        } catch {
            throw .invalidProblem(error.description)
        }
        var engine = Engine(ruleBase: ruleBase)
        for fact in set.facts {
            do {
                try engine.assert(fact.attribute, .symbol(fact.value))
            } catch {
                throw .invalidProblem(error.description)
            }
        }
        return engine
    }
}
