import Inference

/// Runs a neutral benchmark problem on Grondvorm's engine and times it from inside the
/// process (with the monotonic clock, or the process's CPU time: see ``Stopwatch``).
///
/// The mapping: every attribute is multi-valued; a rule's premise is `all` of
/// `contains(attr, value)`; every conclusion has certainty 1; every fact is asserted with
/// certainty 1. The default (streaming) reader feeds a ``RuleBase/Builder`` straight from the
/// file's bytes; the generic one makes `Rule` values and goes through
/// ``RuleBase/init(attributes:rules:)``, the product's path. Both build the same engine.
enum GrondvormRun {
    /// Loads `PREFIX.rules.json` and `PREFIX.facts.json`, runs to the fixpoint, and hands
    /// the report to `finish`, which ends the process.
    ///
    /// Load time covers reading and parsing both files, building the ``RuleBase`` and the
    /// ``Engine``, and asserting the facts; run time covers ``Engine/runToFixpoint()`` only
    /// (the run without building ``Firing`` trace values, as CLIPS keeps no trace unless
    /// watched). The counts are read afterwards, outside both timings: `fired` is the number
    /// of rules that hold at the fixpoint (``Engine/firedRuleCount``), `final_facts` is
    /// ``Engine/factCount``.
    ///
    /// The engine is kept alive until `finish` exits: tearing it down would only add to the
    /// whole-process wall time, while the system reclaims the memory at once (CLIPS's
    /// `(exit)` does not free its environment either).
    ///
    /// - Throws: ``BenchError`` for a missing, unreadable or invalid file.
    static func run(
        prefix: String, reader: BenchCommand.Reader, clock: Stopwatch.Clock, finish: (BenchResult) -> Never
    ) throws(BenchError) -> Never {
        let stopwatch = Stopwatch(clock: clock)
        let start = stopwatch.seconds()
        let rulesPath = prefix + ".rules.json"
        let factsPath = prefix + ".facts.json"
        var engine: Engine
        switch reader {
        case .streaming:
            engine = try load(rulesPath: rulesPath, factsPath: factsPath)
        case .generic:
            let rules = try GenericReader.rules(try Files.read(rulesPath), path: rulesPath)
            let facts = try GenericReader.facts(try Files.read(factsPath), path: factsPath)
            engine = try makeEngine(NeutralRuleSet(rules: rules, facts: facts))
        }
        let loaded = stopwatch.seconds()
        engine.runToFixpoint()
        let ran = stopwatch.seconds()
        let result = BenchResult(
            rules: engine.ruleBase.ruleCount,
            fired: engine.firedRuleCount,
            finalFacts: engine.factCount,
            loadSeconds: loaded - start,
            runSeconds: ran - loaded
        )
        withExtendedLifetime(engine) { finish(result) }
    }

    /// Reads both files straight into a ``RuleBase/Builder`` and returns an engine with every
    /// fact asserted (not yet run). The rules file is unmapped before the rule base is built.
    static func load(rulesPath: String, factsPath: String) throws(BenchError) -> Engine {
        var builder = RuleBase.Builder()
        try Files.map(rulesPath).withBytes { text throws(BenchError) in
            // Sizes from the file: about 100 bytes of JSON per rule and 40 per pair.
            let size = text.count
            // Attributes are fewer than rules in most shapes; the table grows when they are not.
            builder = RuleBase.Builder(rules: size / 100, attributes: size / 800, leaves: size / 40, groups: size / 100)
            try NeutralReader.readRules(text, path: rulesPath, into: &builder)
        }
        let facts = try Files.map(factsPath).withBytes { text throws(BenchError) in
            try NeutralReader.readFacts(text, path: factsPath, into: &builder)
        }
        let ruleBase: RuleBase
        do {
            ruleBase = try builder.build()
        } catch {
            throw .invalidProblem(error.description)
        }
        var engine = Engine(ruleBase: ruleBase)
        for (attribute, value) in facts {
            do {
                try engine.assert(attribute, .symbol(value))
            } catch {
                throw .invalidProblem(error.description)
            }
        }
        return engine
    }

    /// Builds the rule base through `Rule` values and an engine with every fact asserted
    /// (not yet run).
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
