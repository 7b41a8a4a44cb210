/// A forward-chaining engine with MYCIN certainty factors, truth maintenance and explanations.
///
/// An engine reasons over one ``RuleBase``. Inputs (``assert(_:_:certainty:)``,
/// ``retract(_:_:)``, ``retractAll(_:)``) are queued and take effect on the next ``run()``,
/// which runs the rules to their fixpoint and returns what fired. Every query (``facts``,
/// ``trace``, ``how(_:_:)``, ``relevance(goal:)``, ``isAnswered(_:)``...) describes the state
/// after the last run; before the first run, working memory holds only the defaults.
///
/// ## Semantics
///
/// A *fact* is an attribute holding a value, with a certainty and its sources: given values,
/// the attribute's default (while it has no given value), and rule contributions. Its
/// certainty is the MYCIN combination of its sources in a canonical order: the given or
/// default value first, then rule contributions in rule declaration order. The mixed-sign
/// combination is not associative, so the engine recomputes a fact from its current sources
/// instead of accumulating evidence in firing order; the result depends only on which
/// sources there are. A fact without sources does not exist.
///
/// A rule is *active* when its premise (scored as in ``Condition``) reaches ``threshold``.
/// An active rule contributes `conclusion.certainty × premise` to each of its conclusions.
/// *Refraction*: a rule fires once for the same support (the facts its premise reads and
/// their certainties). When its support changes it is reconsidered: its old contribution is
/// withdrawn and, if still active, it fires again with the new support. So, after a run, the
/// contributions are exactly those of the rules whose premise reaches the threshold on the
/// final facts, and the state equals that of a fresh engine given the same inputs.
///
/// ## Agenda
///
/// Rules whose support changed wait on the agenda and are considered one at a time: higher
/// ``Rule/salience`` first, then higher ``Rule/specificity`` (more leaf conditions), then
/// earlier declaration. The order is total, so runs are deterministic.
///
/// ## Incremental matching
///
/// Rules are indexed by what they read: an `equals` or `contains` condition by its exact
/// (attribute, value) pair, other conditions by their attribute. A changed fact schedules only
/// the rules that read it; nothing rescans the rule base. Names and values are interned to
/// integer ids when the rule base is built, so a run does no string work.
///
/// A rule whose premise is a conjunction of keys (`equals` and `contains` leaves, possibly
/// under `all`) scores the minimum of their certainties, so it reaches the threshold exactly
/// when each of its keys does. For such a rule the engine counts the keys below the threshold,
/// as Dowling and Gallier's linear-time algorithm for Horn clauses counts unmet conditions,
/// and leaves an inactive rule off the agenda while that count is positive: considering it
/// could only find it inactive again, and change nothing. Since the agenda always hands out
/// the waiting rule with the best rank, leaving such considerations out does not change the
/// order or the outcome of the others, so runs, firings and `trace` are as if every reader
/// had been scheduled.
///
/// ## Termination
///
/// Every run reaches a fixpoint. The rule base guarantees that the attribute graph (an edge
/// from each attribute a rule reads to each attribute it concludes) is acyclic, so the
/// attributes have a topological order in which every rule reads only attributes that come
/// before the attributes it concludes. Then:
///
/// 1. A fact of an *input* attribute (one no rule concludes) changes only when the queued
///    inputs are applied, once, at the start of the run: finitely often.
/// 2. A rule is put on the agenda only when a fact it reads changes (or once, when the engine
///    is new, unless a key of its conjunction is below the threshold), is never on it twice,
///    and is considered once each time it is taken off.
/// 3. A fact of a derived attribute `a` changes only when a rule concluding `a` is
///    considered, at most once per consideration. Those rules read only attributes before
///    `a`; if their facts change `N` times in all during the run (finite, by induction along
///    the topological order, with step 1 as the base), each such rule is considered at most
///    `N + 1` times, so the facts of `a` change finitely often too.
///
/// Hence every fact changes, and every rule is scheduled, finitely often: the agenda empties.
/// At that point each rule was considered after the last change of anything it reads, or is
/// an inactive rule with a key below the threshold (so its premise is too), so its
/// contribution matches its premise on the final facts. Along the topological order those
/// facts are determined one attribute at a time by the inputs, so the fixpoint is unique.
///
/// When rules are declared in dependency order and salience and specificity do not reorder
/// them, a rule is considered at most once per run: once it is taken off the agenda, no rule
/// it depends on can be scheduled again.
public struct Engine: Sendable {
    /// The rules and attribute declarations the engine reasons with.
    public let ruleBase: RuleBase
    /// The premise certainty at or above which a rule is active (0.2 by default).
    public let threshold: Double

    /// The facts and their sources.
    var memory: WorkingMemory
    /// The rules whose support changed since they were last considered.
    var agenda: Agenda
    /// The state of each rule, in one array so that considering a rule reads one place, by
    /// agenda rank (``RuleProgram/rankOfRule``): the agenda and the key readers hand out ranks,
    /// and a new agenda hands out the rules it holds in rank order, front to back.
    var rules: [RuleState]
    /// The premise certainty of each active rule whose premise scored below 1, by rank; empty
    /// until the first such rule (see ``setPremise(_:atRank:)``), so that a rule base whose
    /// premises hold or fail outright never touches it.
    var premises: [Double] = []
    /// The order of the firings, for ``trace``.
    var firingLog: FiringLog
    /// The number of active rules.
    var activeCount = 0
    /// Input changes waiting for the next run.
    var pending: [WorkingMemory.Input] = []
    /// Whether each key the rules mention reaches the threshold, and whether it is certain.
    var keyStates: [KeyState]

    /// How a key the rules mention stands, for the counts in ``RuleState``.
    struct KeyState: OptionSet, Sendable {
        let rawValue: UInt8
        /// The key's certainty is at or above the threshold.
        static let met = KeyState(rawValue: 1)
        /// The key's certainty is 1.
        static let certain = KeyState(rawValue: 2)
    }

    /// Creates an engine holding the rule base's defaults, with every rule on the agenda.
    ///
    /// - Parameters:
    ///   - ruleBase: The validated rule base.
    ///   - threshold: The premise certainty at or above which a rule fires; a number in
    ///     `0...1` (0.2 by default).
    /// - Complexity: O(rules + keys + premise leaves): it allocates the state arrays and counts
    ///   the keys below the threshold; the rule base is shared.
    public init(ruleBase: RuleBase, threshold: Double = 0.2) {
        self.ruleBase = ruleBase
        self.threshold = threshold
        let program = ruleBase.program
        let memory = WorkingMemory(program: program)
        var rules = program.ruleAtRank.map { rule in
            let size = program.conjunctionSizes[rule.index]
            let first = program.conclusionStart[rule.index]
            return RuleState(
                unmetKeys: size, uncertainKeys: size, firstKey: program.conclusionKeys[Int(first)],
                firstConclusion: first, hasOneConclusion: program.conclusionStart[rule.index + 1] == first + 1,
                isFirstConclusionCertain: program.conclusionCertainties[Int(first)] == 1)
        }
        var keyStates = [KeyState](repeating: [], count: program.keyReaders.count)
        let keyReaders = program.keyReaders
        for key in 0..<keyStates.count {
            let state = Self.keyState(memory.certainty(ofKey: KeyID(index: key)).value, threshold: threshold)
            guard !state.isEmpty else { continue }
            keyStates[key] = state
            for position in keyReaders.positions(of: KeyID(index: key)) {
                let rank = keyReaders.element(at: position).index
                if state.contains(.met) { rules[rank].unmetKeys -= 1 }
                if state.contains(.certain) { rules[rank].uncertainKeys -= 1 }
            }
        }
        self.memory = memory
        agenda = Agenda(ruleCount: rules.count) {
            rules[$0.index].unmetKeys <= 0
        }
        self.rules = rules
        firingLog = FiringLog(ruleCount: rules.count)
        self.keyStates = keyStates
    }

    // MARK: Inputs

    /// Gives a value for an attribute; it takes effect on the next ``run()``.
    ///
    /// On a single-valued attribute the value replaces every given value of the attribute; on
    /// a multi-valued one it is added to the given values (or, when already given, its
    /// certainty is updated). While an input attribute has a given value its default does not
    /// hold. Asserting a value of an attribute that rules conclude is allowed: it is one more
    /// source of that fact.
    ///
    /// - Parameters:
    ///   - attribute: A declared attribute.
    ///   - value: The value.
    ///   - certainty: How sure the answer is (certain by default).
    /// - Throws: ``InputError/undeclaredAttribute(_:)`` when the attribute is not declared.
    /// - Complexity: O(1) amortized (one hash lookup of the name); the work happens in ``run()``.
    public mutating func assert(_ attribute: String, _ value: Value, certainty: Certainty = .certain)
        throws(InputError)
    {
        pending.append(.assert(attribute: try id(of: attribute), value: value, certainty: certainty))
    }

    /// Withdraws one given value of an attribute; it takes effect on the next ``run()``.
    ///
    /// Retracting a value that was not given does nothing. Rule contributions and defaults are
    /// not inputs and cannot be retracted.
    ///
    /// - Throws: ``InputError/undeclaredAttribute(_:)`` when the attribute is not declared.
    /// - Complexity: O(1) amortized; the work happens in ``run()``.
    public mutating func retract(_ attribute: String, _ value: Value) throws(InputError) {
        pending.append(.retract(attribute: try id(of: attribute), value: value))
    }

    /// Withdraws every given value of an attribute; it takes effect on the next ``run()``.
    ///
    /// When the attribute has a default, the default holds again after the run.
    ///
    /// - Throws: ``InputError/undeclaredAttribute(_:)`` when the attribute is not declared.
    /// - Complexity: O(1) amortized; the work happens in ``run()``.
    public mutating func retractAll(_ attribute: String) throws(InputError) {
        pending.append(.retractAll(attribute: try id(of: attribute)))
    }

    private func id(of attribute: String) throws(InputError) -> AttributeID {
        guard let id = ruleBase.program.attribute(named: attribute) else { throw .undeclaredAttribute(attribute) }
        return id
    }

    // MARK: Running

    /// Applies the queued inputs and runs the rules to their fixpoint.
    ///
    /// Building the returned ``Firing`` values (each with its matched facts and their sources)
    /// costs more than the run itself; when the result is not needed, call ``runToFixpoint()``,
    /// which reaches the same state.
    ///
    /// - Returns: The firings of this run, in order. A rule that was reconsidered because its
    ///   support changed, and still holds, fires again and appears again. Rules that stopped
    ///   holding withdraw their evidence silently; ``trace`` shows what holds now.
    /// - Complexity: Applying the inputs is O(changes + values of the changed attributes).
    ///   Then each consideration of a rule costs O(log *r*) on the agenda of *r* rules, plus
    ///   its premise size (and the facts of attributes its `known`, `unknown`, `notEquals` and
    ///   `compare` conditions read), plus its conclusions, plus scheduling the readers of each
    ///   fact that changed. A rule is considered only when something it reads changed (every
    ///   rule once in the first run), and not while it is inactive with a key of its
    ///   conjunction below the threshold. See the type's documentation for why the loop ends.
    @discardableResult
    public mutating func run() -> [Firing] {
        propagate(recording: true).firings
    }

    /// Runs like ``run()`` but returns only the number of firings, without building
    /// ``Firing`` values: for large rule bases and benchmarks.
    ///
    /// - Returns: The number of firings of this run.
    /// - Complexity: As ``run()``.
    @discardableResult
    public mutating func runToFixpoint() -> Int {
        propagate(recording: false).count
    }

    private mutating func propagate(recording: Bool) -> (count: Int, firings: [Firing]) {
        let program = ruleBase.program
        if !pending.isEmpty {
            let changed = memory.apply(pending, program: program)
            pending.removeAll()
            for key in changed { scheduleReaders(of: key, program) }
        }
        var count = 0
        var firings: [Firing] = []
        let nodes = program.nodes
        while let rank = agenda.nextRank() {
            let state = rules[rank.index]
            let score =
                state.uncertainKeys == 0
                ? 1
                : memory.score(
                    nodes, Int(program.premiseRoots[program.ruleAtRank[rank.index].index]), threshold: threshold)
            let wasActive = state.isActive
            let nowActive = score >= threshold
            guard wasActive || nowActive else { continue }
            if !(wasActive && nowActive && score == premise(of: state, atRank: rank.index)) {
                let first = state.firstConclusion
                let end =
                    state.hasOneConclusion
                    ? first + 1 : Int(program.conclusionStart[program.ruleAtRank[rank.index].index + 1])
                for conclusion in first..<end {
                    let key = conclusion == first ? state.firstKey : program.conclusionKeys[conclusion]
                    let isCertain = conclusion == first && state.isFirstConclusionCertain
                    if memory.fire(
                        Int32(conclusion), supporting: key, premise: nowActive ? score : nil, isCertain: isCertain,
                        wasContributing: wasActive)
                    {
                        scheduleReaders(of: key, program)
                    }
                }
            }
            if wasActive != nowActive { activeCount += nowActive ? 1 : -1 }
            setPremise(nowActive ? score : nil, atRank: rank.index)
            guard nowActive else { continue }
            firingLog.append(rank)
            count += 1
            if recording { firings.append(firing(of: program.ruleAtRank[rank.index])) }
        }
        return (count, firings)
    }

    /// Puts every rule that reads `key`'s fact on the agenda, except those that can be
    /// neither active now nor have been active before (see ``mayChange(_:)``), after
    /// counting whether the key now reaches the threshold and whether it is certain.
    private mutating func scheduleReaders(of key: KeyID, _ program: RuleProgram) {
        let keyReaders = program.keyReaders
        let keyPositions = keyReaders.positions(of: key)
        if !keyPositions.isEmpty {
            let new = Self.keyState(memory.certainty(ofKey: key).value, threshold: threshold)
            let old = keyStates[key.index]
            keyStates[key.index] = new
            let unmetStep = Self.step(old, new, .met)
            let uncertainStep = Self.step(old, new, .certain)
            // Through the buffer: one uniqueness check per key, not two per reader.
            rules.withUnsafeMutableBufferPointer { states in
                if keyPositions.count > 1, let base = states.baseAddress {
                    // The readers' states are spread over memory: start fetching all of them
                    // before the first is needed, so that their cache misses overlap.
                    for position in keyPositions { Prefetch.read(base + keyReaders.element(at: position).index) }
                }
                for position in keyPositions {
                    let rank = keyReaders.element(at: position)
                    states[rank.index].unmetKeys += unmetStep
                    states[rank.index].uncertainKeys += uncertainStep
                    if Self.mayChange(states[rank.index]) { agenda.schedule(rank: rank) }
                }
            }
        }
        let attributeReaders = program.attributeReaders
        guard !attributeReaders.isEmpty else { return }
        let positions = attributeReaders.positions(of: memory.attribute(ofKey: key))
        guard !positions.isEmpty else { return }
        let value = memory.value(ofKey: key)
        for position in positions {
            let reader = attributeReaders.element(at: position)
            let rank = RuleRank(program.rankOfRule[reader.rule.index])
            if program.nodes[Int(reader.node)].reads(key: key, value: value), mayChange(rank) {
                agenda.schedule(rank: rank)
            }
        }
    }

    /// How a key with `certainty` stands.
    private static func keyState(_ certainty: Double, threshold: Double) -> KeyState {
        var state: KeyState = []
        if certainty >= threshold { state.insert(.met) }
        if certainty == 1 { state.insert(.certain) }
        return state
    }

    /// The change in a count of keys lacking `flag` when a key goes from `old` to `new`.
    private static func step(_ old: KeyState, _ new: KeyState, _ flag: KeyState) -> Int32 {
        old.contains(flag) == new.contains(flag) ? 0 : new.contains(flag) ? -1 : 1
    }

    /// The state of `rule`.
    func state(of rule: RuleID) -> RuleState {
        rules[Int(ruleBase.program.rankOfRule[rule.index])]
    }

    /// Whether considering the rule at `rank` now could do anything: false only for an inactive rule
    /// whose premise is a conjunction of keys with one below the threshold, which would score
    /// below the threshold and stay inactive.
    @inline(__always)
    private func mayChange(_ rank: RuleRank) -> Bool { Self.mayChange(rules[rank.index]) }

    /// Whether considering a rule in `state` now could do anything (see ``mayChange(_:)-(RuleRank)``).
    @inline(__always)
    private static func mayChange(_ state: RuleState) -> Bool { state.unmetKeys <= 0 || state.isActive }

    // MARK: Facts

    /// Every fact, sorted by attribute (in declaration order), then by value.
    ///
    /// - Complexity: O(*f* log *f*) for *f* facts, plus the number of attributes.
    public var facts: [Fact] {
        var result: [Fact] = []
        result.reserveCapacity(memory.factCount)
        for attribute in 0..<ruleBase.program.attributeCount {
            for key in memory.existingKeys(of: AttributeID(index: attribute)) { result.append(fact(ofKey: key)) }
        }
        return result
    }

    /// The number of facts.
    public var factCount: Int { memory.factCount }

    /// The certainty of `attribute = value`: 0 when the fact does not exist or the attribute
    /// is not declared.
    ///
    /// - Complexity: O(1) (hash lookups).
    public func certainty(of attribute: String, _ value: Value) -> Certainty {
        guard let key = existingKey(attribute, value) else { return .unknown }
        return memory.certainty(ofKey: key)
    }

    /// The facts of one attribute, most certain first, then by value; empty when the attribute
    /// holds nothing or is not declared.
    ///
    /// - Complexity: O(*v* log *v*) for an attribute with *v* values.
    public func values(of attribute: String) -> [Fact] {
        guard let id = ruleBase.program.attribute(named: attribute) else { return [] }
        return memory.existingKeys(of: id).map(fact(ofKey:)).sorted { left, right in
            left.certainty != right.certainty ? left.certainty > right.certainty : left.value < right.value
        }
    }

    /// The input attributes (those no rule concludes), in declaration order.
    ///
    /// - Complexity: O(attributes).
    public var inputAttributes: [String] {
        let program = ruleBase.program
        return (0..<program.attributeCount).filter { !program.isDerived[$0] }.map {
            program.name(of: AttributeID(index: $0))
        }
    }

    /// Whether the attribute has a given value (an answer) as of the last run; `false` when it
    /// is not declared.
    public func isAnswered(_ attribute: String) -> Bool {
        guard let id = ruleBase.program.attribute(named: attribute) else { return false }
        return memory.givenCount[id.index] > 0
    }

    // MARK: Building public values

    /// The key of an existing fact `attribute = value`, or `nil`.
    func existingKey(_ attribute: String, _ value: Value) -> KeyID? {
        guard let id = ruleBase.program.attribute(named: attribute),
            let key = memory.table.key(attribute: id, value: value),
            memory.slots[key.index].exists
        else { return nil }
        return key
    }

    /// The public fact of `key`.
    func fact(ofKey key: KeyID) -> Fact {
        let program = ruleBase.program
        let contributions = memory.contributions(ofKey: key)
        var sources: [Fact.Source] = []
        sources.reserveCapacity(contributions.count + 1)
        switch memory.input(ofKey: key) {
        case .none: break
        case .given(let certainty): sources.append(.given(certainty))
        case .defaulted(let certainty): sources.append(.defaulted(certainty))
        }
        contributions.forEach { entry in
            let rule = program.conclusionRules[Int(entry.conclusion)]
            sources.append(.rule(program.id(of: rule), contribution: entry.certainty))
        }
        return Fact(
            attribute: program.name(of: memory.attribute(ofKey: key)),
            value: memory.value(ofKey: key),
            certainty: memory.certainty(ofKey: key),
            sources: sources)
    }

    /// The keys of the existing facts `rule`'s premise reads.
    func matchedKeys(of rule: RuleID) -> [KeyID] {
        memory.matchedKeys(ruleBase.program.nodes, ruleBase.program.premiseNodes(of: rule))
    }

    /// The public firing of an active rule, as of now.
    func firing(of rule: RuleID) -> Firing {
        let program = ruleBase.program
        let score = premise(of: rule)
        return Firing(
            rule: program.id(of: rule),
            premiseCertainty: Certainty(score),
            matched: matchedKeys(of: rule).map(fact(ofKey:)),
            concluded: program.conclusions(of: rule).map { conclusion in
                let key = program.conclusionKeys[conclusion]
                return Firing.Concluded(
                    attribute: program.name(of: program.table.keyAttribute[key.index]),
                    value: program.table.value(ofKey: key),
                    contribution: Certainty(program.conclusionCertainties[conclusion] * score))
            })
    }
}
