/// The facts: for every key (possible fact `attribute = value`), its sources and its
/// combined certainty.
///
/// A fact exists while it has at least one source: a given value, a default, or a rule
/// contribution. Its certainty is always recomputed from its sources in the canonical order
/// (the given or default value first, then rule contributions in rule declaration order), so
/// it depends only on the current set of sources, never on the order in which they arrived.
///
/// Rule contributions are kept per conclusion, in one dense array: a conclusion supports one
/// key, so a fact's contributions are those of the conclusions supporting its key
/// (``RuleProgram/concluders``), already in canonical order, and setting one allocates nothing.
struct WorkingMemory: Sendable {
    /// Where a fact's input evidence comes from.
    enum InputSource: Sendable, Equatable {
        /// No input evidence.
        case none
        /// A given value (an answer) with its certainty.
        case given(Certainty)
        /// The attribute's default value, which holds while the attribute has no given value.
        case defaulted(Certainty)

        /// The certainty, or `nil` for `none`.
        var certainty: Certainty? {
            switch self {
            case .none: return nil
            case .given(let certainty), .defaulted(let certainty): return certainty
            }
        }

        /// Whether this is a given value.
        var isGiven: Bool {
            if case .given = self { return true }
            return false
        }

        /// Which case this is, without the certainty.
        var kind: InputKind {
            switch self {
            case .none: return .none
            case .given: return .given
            case .defaulted: return .defaulted
            }
        }
    }

    /// The case of an ``InputSource``, kept in a key's slot (its certainty apart, in
    /// ``inputCertainties``).
    enum InputKind: UInt8, Sendable {
        /// ``InputSource/none``.
        case none
        /// ``InputSource/given(_:)``.
        case given
        /// ``InputSource/defaulted(_:)``.
        case defaulted
    }

    /// The state of one key: 16 bytes, so that a run reads four of them per cache line.
    struct Slot: Sendable {
        /// The next key of the same attribute, or ``KeyID/none``.
        var next: KeyID
        /// The latest conclusion in canonical order that contributes to the fact, or -1.
        var lastContribution: Int32 = -1
        /// Whether the fact exists (has a source).
        var exists = false
        /// Whether a conclusion of negative certainty supports the key: only then can rule
        /// evidence lower the fact (see
        /// ``WorkingMemory/setContribution(_:of:to:wasContributing:)``). Kept in the slot's padding.
        var hasNegativeConcluder = false
        /// Which input evidence the fact has (its certainty is in ``WorkingMemory/inputCertainties``).
        var inputKind = InputKind.none
        /// The number of the last ``WorkingMemory/apply(_:program:)`` that recorded this key's
        /// state before changing its input (0: none).
        var applyMark: UInt32 = 0
    }

    /// The interned values and keys: the rule base's, plus any an input introduced.
    private(set) var table: FactKeyTable
    /// The state of each key, indexed by key id.
    private(set) var slots: [Slot] = []
    /// The combined certainty of each key's fact (0 while it does not exist): apart from the
    /// slots, so that scoring premises reads eight bytes per fact, densely packed.
    private(set) var certainties: [Certainty] = []
    /// The certainty of each key's input evidence, when its slot has any (see
    /// ``input(ofKey:)``): apart from the slots, which a run reads far more often.
    private var inputCertainties: [Certainty] = []
    /// The first key of each attribute (a linked list through ``Slot/next``), or ``KeyID/none``.
    private(set) var firstKey: [KeyID]
    /// The number of given values of each attribute.
    private(set) var givenCount: [Int32]
    /// The number of facts that exist.
    private(set) var factCount = 0
    /// What each conclusion of the rules contributes now: its certainty times its rule's
    /// premise, or NaN while it contributes nothing (a ``Certainty`` is never NaN). Apart from
    /// the conclusions' certainties, which a firing of a rule whose one conclusion is certain
    /// does not read (see ``fire(_:supporting:premise:isCertain:wasContributing:)``), so that
    /// it touches 8 bytes here instead of 16.
    private var contributions: [Double]
    /// The certainty of each conclusion (``RuleProgram/conclusionCertainties``, shared).
    private let conclusionCertainties: [Double]
    /// The conclusions supporting each key the rules mention.
    private let concluders: Adjacency<KeyID, Int32>
    /// The number of ``apply(_:program:)`` calls so far (wrapping; see ``Slot/applyMark``).
    private var applyCount: UInt32 = 0

    /// Creates a working memory holding the defaults of `program`'s attributes.
    init(program: RuleProgram) {
        table = program.table
        givenCount = [Int32](repeating: 0, count: program.attributeCount)
        contributions = [Double](repeating: .nan, count: program.conclusionCertainties.count)
        conclusionCertainties = program.conclusionCertainties
        concluders = program.concluders
        // Room for the keys inputs may add (values no rule mentions), so that the first of
        // them does not copy every slot. The keys are linked in local arrays: one pass, with
        // no copy-on-write check of a stored property per key.
        let keyCount = table.keyCount
        let keyAttribute = table.keyAttribute
        var linkedFirstKey = [KeyID](repeating: .none, count: program.attributeCount)
        var linkedSlots: [Slot] = []
        linkedSlots.reserveCapacity(keyCount + keyCount / 8 + 16)
        for key in 0..<keyCount {
            let attribute = keyAttribute[key].index
            linkedSlots.append(Slot(next: linkedFirstKey[attribute]))
            linkedFirstKey[attribute] = KeyID(index: key)
        }
        for (conclusion, certainty) in program.conclusionCertainties.enumerated() where certainty < 0 {
            linkedSlots[program.conclusionKeys[conclusion].index].hasNegativeConcluder = true
        }
        firstKey = linkedFirstKey
        slots = linkedSlots
        certainties.reserveCapacity(keyCount + keyCount / 8 + 16)
        certainties.append(contentsOf: repeatElement(.unknown, count: keyCount))
        inputCertainties.reserveCapacity(keyCount + keyCount / 8 + 16)
        inputCertainties.append(contentsOf: repeatElement(.unknown, count: keyCount))
        for attribute in 0..<program.attributeCount where program.defaultKeys[attribute].exists {
            let key = program.defaultKeys[attribute]
            setInputSource(.defaulted(program.defaultCertainties[attribute]), of: key)
            recompute(key)
        }
    }

    private mutating func link(_ key: KeyID) {
        let attribute = table.keyAttribute[key.index].index
        slots.append(Slot(next: firstKey[attribute]))
        if certainties.count < slots.count { certainties.append(.unknown) }
        if inputCertainties.count < slots.count { inputCertainties.append(.unknown) }
        firstKey[attribute] = key
    }

    /// The input evidence of `key`'s fact.
    func input(ofKey key: KeyID) -> InputSource {
        switch slots[key.index].inputKind {
        case .none: return .none
        case .given: return .given(inputCertainties[key.index])
        case .defaulted: return .defaulted(inputCertainties[key.index])
        }
    }

    /// The certainty of `key`'s input evidence, or `nil` without any.
    private func inputCertainty(ofKey key: KeyID) -> Certainty? {
        slots[key.index].inputKind == .none ? nil : inputCertainties[key.index]
    }

    /// Sets the input evidence of `key`'s fact (without recomputing it).
    private mutating func setInputSource(_ input: InputSource, of key: KeyID) {
        slots[key.index].inputKind = input.kind
        inputCertainties[key.index] = input.certainty ?? .unknown
    }

    // MARK: Reading

    /// The certainty of `key`'s fact (0 when it does not exist, or for ``KeyID/none``).
    func certainty(ofKey key: KeyID) -> Certainty { key.exists ? certainties[key.index] : .unknown }

    /// The attribute of `key`.
    func attribute(ofKey key: KeyID) -> AttributeID { table.keyAttribute[key.index] }

    /// The value of `key`.
    func value(ofKey key: KeyID) -> Value { table.value(ofKey: key) }

    /// The keys of the existing facts of `attribute`, sorted by value.
    ///
    /// - Complexity: O(*k* + *f* log *f*) for an attribute with *k* keys of which *f* are facts.
    func existingKeys(of attribute: AttributeID) -> [KeyID] {
        var keys: [KeyID] = []
        var key = firstKey[attribute.index]
        while key.exists {
            if slots[key.index].exists { keys.append(key) }
            key = slots[key.index].next
        }
        guard keys.count > 1 else { return keys }
        // Sort (value, key) pairs: a closure over `self` would copy the memory per comparison.
        let table = self.table
        return keys.map { (table.value(ofKey: $0), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// Calls `body` with every existing fact of `attribute`, in no particular order; nothing
    /// for ``AttributeID/none``.
    func forEachFact(of attribute: AttributeID, _ body: (_ key: KeyID, _ certainty: Double) -> Void) {
        guard attribute.rawValue >= 0 else { return }
        var key = firstKey[attribute.index]
        while key.exists {
            let slot = slots[key.index]
            if slot.exists { body(key, certainties[key.index].value) }
            key = slot.next
        }
    }

    /// The rule contributions to `key`'s fact, in canonical order.
    ///
    /// - Complexity: O(*c*) for *c* conclusions supporting the key.
    func contributions(ofKey key: KeyID) -> Contributions {
        var result = Contributions()
        for position in concluders.positions(of: key) {
            let conclusion = concluders.element(at: position)
            let value = contributions[Int(conclusion)]
            if !value.isNaN { _ = result.set(conclusion, Certainty(value)) }
        }
        return result
    }

    // MARK: Inputs

    /// An input change waiting for the next run.
    enum Input: Sendable {
        /// Gives a value: replaces the attribute's given values when single-valued, adds when multi-valued.
        case assert(attribute: AttributeID, value: Value, certainty: Certainty)
        /// Withdraws one given value.
        case retract(attribute: AttributeID, value: Value)
        /// Withdraws every given value of the attribute.
        case retractAll(attribute: AttributeID)
    }

    /// Applies input changes and the default rule, and returns the keys whose fact changed
    /// (existence or certainty) between before and after, sorted.
    ///
    /// - Complexity: O(*c* + *v*) for *c* changes touching attributes with *v* keys in all,
    ///   plus the recomputation of the touched facts.
    mutating func apply(_ inputs: [Input], program: RuleProgram) -> [KeyID] {
        // Each key's state before the change is recorded once, found through the mark in its
        // slot rather than by hashing: a mark equal to this call's number means recorded.
        applyCount &+= 1
        if applyCount == 0 {
            for key in slots.indices { slots[key].applyMark = 0 }
            applyCount = 1
        }
        let mark = applyCount
        var before: [(key: KeyID, exists: Bool, certainty: Certainty)] = []
        var touchedAttributes: [AttributeID] = []
        var isTouched: Set<AttributeID> = []
        func setInput(_ key: KeyID, _ input: InputSource, in memory: inout WorkingMemory) {
            let slot = memory.slots[key.index]
            if slot.applyMark != mark {
                memory.slots[key.index].applyMark = mark
                before.append((key, slot.exists, memory.certainties[key.index]))
            }
            let attribute = memory.table.keyAttribute[key.index].index
            if slot.inputKind == .given { memory.givenCount[attribute] -= 1 }
            if input.isGiven { memory.givenCount[attribute] += 1 }
            memory.setInputSource(input, of: key)
        }
        func withdrawGiven(of attribute: AttributeID, except kept: KeyID, in memory: inout WorkingMemory) {
            var key = memory.firstKey[attribute.index]
            while key.exists {
                if key != kept, memory.slots[key.index].inputKind == .given { setInput(key, .none, in: &memory) }
                key = memory.slots[key.index].next
            }
        }
        for input in inputs {
            let attribute: AttributeID
            switch input {
            case .assert(let target, let value, let certainty):
                attribute = target
                let key = internKey(attribute: target, value: value)
                if !program.isMultiple[target.index] { withdrawGiven(of: target, except: key, in: &self) }
                setInput(key, .given(certainty), in: &self)
            case .retract(let target, let value):
                attribute = target
                if let key = table.key(attribute: target, value: value), slots[key.index].inputKind == .given {
                    setInput(key, .none, in: &self)
                }
            case .retractAll(let target):
                attribute = target
                withdrawGiven(of: target, except: .none, in: &self)
            }
            if program.defaultKeys[attribute.index].exists, isTouched.insert(attribute).inserted {
                touchedAttributes.append(attribute)
            }
        }
        for attribute in touchedAttributes {
            let key = program.defaultKeys[attribute.index]
            let input = input(ofKey: key)
            if givenCount[attribute.index] == 0 {
                if input == .none { setInput(key, .defaulted(program.defaultCertainties[attribute.index]), in: &self) }
            } else if case .defaulted = input {
                setInput(key, .none, in: &self)
            }
        }
        var changed: [KeyID] = []
        for old in before {
            recompute(old.key)
            if slots[old.key.index].exists != old.exists || certainties[old.key.index] != old.certainty {
                changed.append(old.key)
            }
        }
        return changed.sorted()
    }

    /// The key of `attribute = value`, interning it (and giving it a slot) when new.
    private mutating func internKey(attribute: AttributeID, value: Value) -> KeyID {
        let count = table.keyCount
        let key = table.internKey(attribute: attribute, value: value)
        if table.keyCount > count { link(key) }
        return key
    }

    // MARK: Rule evidence

    /// Sets the contribution of `conclusion`, which supports `key`, for a rule whose premise
    /// scores `premise`, or removes it (`nil`, an inactive rule).
    ///
    /// - Parameters:
    ///   - isCertain: Whether the conclusion's certainty is known to be 1: then it is not
    ///     read (one cache miss fewer in a large rule base).
    ///   - wasContributing: Whether the conclusion contributes now, that is, whether its rule
    ///     is active (the engine keeps the two in step).
    /// - Returns: Whether the fact's existence or certainty changed.
    /// - Complexity: As ``setContribution(_:of:to:wasContributing:)``.
    @inline(__always)
    mutating func fire(
        _ conclusion: Int32, supporting key: KeyID, premise: Double?, isCertain: Bool, wasContributing: Bool
    ) -> Bool {
        let contribution = premise.map { Certainty(isCertain ? $0 : conclusionCertainties[Int(conclusion)] * $0) }
        return setContribution(contribution, of: conclusion, to: key, wasContributing: wasContributing)
    }

    /// Sets (or, with `nil`, removes) the contribution of `conclusion` to `key`'s fact;
    /// `conclusion` supports `key`, and contributes now exactly when `wasContributing`.
    ///
    /// - Returns: Whether the fact's existence or certainty changed.
    /// - Complexity: O(1) when a new contribution comes after every other in canonical order,
    ///   or is certain (1) for a fact without negative evidence; otherwise O(*c*) for *c*
    ///   conclusions supporting the key.
    mutating func setContribution(
        _ certainty: Certainty?, of conclusion: Int32, to key: KeyID, wasContributing: Bool
    ) -> Bool {
        let index = key.index
        let oldExists = slots[index].exists
        let oldCertainty = certainties[index]
        assert(wasContributing == !contributions[Int(conclusion)].isNaN, "out of step with the rule")
        if let certainty {
            contributions[Int(conclusion)] = certainty.value
            if !wasContributing && conclusion > slots[index].lastContribution {
                // A new last source: the canonical combination so far, then this one. A fact
                // that did not exist had no source, so it is this one alone.
                slots[index].lastContribution = conclusion
                if oldExists {
                    certainties[index] = oldCertainty.combined(with: certainty)
                } else {
                    slots[index].exists = true
                    factCount += 1
                    certainties[index] = certainty
                }
            } else if !wasContributing, certainty.value == 1, !slots[index].hasNegativeConcluder,
                (inputCertainty(ofKey: key)?.value ?? 0) >= 0
            {
                // A new certain source of a fact whose sources are all at least 0 (so is its
                // combination, at every step): wherever the source falls in the canonical order,
                // the combination is exactly 1 from there on (x + 1 × (1 - x) is 1 in floating
                // point for every x in 0...1, and 1 + y × 0 is 1), so the fact is certain
                // without combining its sources again. It existed: it had a source after this one.
                certainties[index] = .certain
            } else {
                recompute(key)
            }
        } else {
            guard wasContributing else { return false }
            contributions[Int(conclusion)] = .nan
            recompute(key)
        }
        return slots[index].exists != oldExists || certainties[index] != oldCertainty
    }

    /// Recomputes `key`'s existence and certainty from its sources, in canonical order.
    private mutating func recompute(_ key: KeyID) {
        let index = key.index
        let slot = slots[index]
        var combined = inputCertainty(ofKey: key)
        var last: Int32 = -1
        for position in concluders.positions(of: key) {
            let conclusion = concluders.element(at: position)
            let value = contributions[Int(conclusion)]
            guard !value.isNaN else { continue }
            let certainty = Certainty(value)
            combined = combined.map { $0.combined(with: certainty) } ?? certainty
            last = conclusion
        }
        let exists = combined != nil
        if exists != slot.exists { factCount += exists ? 1 : -1 }
        slots[index].exists = exists
        slots[index].lastContribution = last
        certainties[index] = combined ?? .unknown
    }
}
