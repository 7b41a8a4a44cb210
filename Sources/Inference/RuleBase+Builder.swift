extension RuleBase {
    /// Builds a rule base one rule at a time from interned ids, without `Rule` or `Condition`
    /// values: the fast way to load a large rule base.
    ///
    /// Intern names and values first (``attribute(named:cardinality:)``, ``symbol(_:)``), then
    /// give each rule as a premise in prefix order and its conclusions:
    ///
    /// ```swift
    /// var builder = RuleBase.Builder(rules: 1, leaves: 1)
    /// let x0 = builder.attribute(named: "x0"), x1 = builder.attribute(named: "x1")
    /// let t = builder.value(.symbol("t"))
    /// builder.beginRule(id: "r1")
    /// builder.equals(x0, t)                     // a one-leaf premise
    /// try builder.conclude(x1, t)
    /// try builder.endRule()
    /// let ruleBase = try builder.build()
    /// ```
    ///
    /// A premise is one condition: a leaf (``equals(_:_:)``, ``contains(_:_:)``...) or a group
    /// opened with ``beginAll()``, ``beginAny()`` or ``beginNot()`` and closed with
    /// ``endGroup()``, holding further conditions. A rule given no premise condition holds
    /// always, as `.all([])` does.
    ///
    /// The result is the rule base that ``RuleBase/init(attributes:rules:)`` makes from the
    /// equivalent declarations and rules (that initializer is built on this type): the same
    /// checks, in the same order, and an identical engine.
    ///
    /// Using the builder out of order (a leaf outside a rule, ``endRule()`` with a group still
    /// open, a `not` without exactly one condition, an id from another builder) is a programming
    /// error and stops the program. Once a method has thrown, discard the builder.
    public struct Builder: Sendable {
        /// Attribute names, in declaration order.
        var attributeNames: NameTable
        /// Whether each attribute is multi-valued.
        var isMultiple: [Bool] = []
        /// The declared defaults, interned when the rule base is built (after the rules' keys).
        var defaults: [(attribute: AttributeID, value: Value, certainty: Certainty)] = []
        /// Values and keys.
        var table = FactKeyTable()
        /// Rule ids, in declaration order.
        var ruleNames: NameTable
        /// The salience of each rule.
        var saliences: [Int] = []
        /// The root node of each rule's premise.
        var premiseRoots: [Int32] = []
        /// All premises, each a run of nodes in prefix order.
        var nodes: [PremiseNode] = []
        /// Rule `r`'s conclusions are `conclusionStart[r]..<conclusionStart[r + 1]`.
        var conclusionStart: [Int32] = [0]
        /// The key of each conclusion.
        var conclusionKeys: [KeyID] = []
        /// The certainty of each conclusion.
        var conclusionCertainties: [Double] = []
        /// Whether a rule has been begun and not yet ended.
        private var isInRule = false
        /// The node indexes of the groups open in the current premise.
        private var openGroups: [Int32] = []
        /// The root node of the current rule's premise, or -1 before its first condition.
        private var root: Int32 = -1

        /// Creates an empty builder, with room reserved for the expected sizes.
        ///
        /// The capacities only avoid regrowing storage; any of them may be too small or zero.
        ///
        /// - Parameters:
        ///   - rules: The expected number of rules.
        ///   - attributes: The expected number of attributes.
        ///   - leaves: The expected number of leaf conditions, over all rules.
        ///   - groups: The expected number of `all`, `any` and `not` groups, over all rules.
        /// - Complexity: O(sum of the capacities).
        public init(rules: Int = 0, attributes: Int = 0, leaves: Int = 0, groups: Int = 0) {
            attributeNames = NameTable(capacity: attributes)
            // Rule ids are stored unindexed (see `beginRule`): room for them, no hash table.
            ruleNames = NameTable()
            ruleNames.reserveUnindexed(rules)
            isMultiple.reserveCapacity(attributes)
            saliences.reserveCapacity(rules)
            premiseRoots.reserveCapacity(rules)
            conclusionStart.reserveCapacity(rules + 1)
            conclusionKeys.reserveCapacity(rules)
            conclusionCertainties.reserveCapacity(rules)
            nodes.reserveCapacity(leaves + groups)
            table.reserveCapacity(max(rules, attributes))
        }

        // MARK: Attributes and values

        /// Declares an attribute.
        ///
        /// - Returns: Its id.
        /// - Throws: ``RuleBase/Error/duplicateAttribute(_:)`` when the name is taken.
        /// - Complexity: O(length of the name), expected.
        public mutating func declare(_ declaration: AttributeDeclaration) throws(RuleBase.Error) -> AttributeID {
            let (index, isNew) = attributeNames.intern(declaration.name)
            guard isNew else { throw .duplicateAttribute(declaration.name) }
            let id = AttributeID(index)
            isMultiple.append(declaration.cardinality == .multiple)
            if let value = declaration.defaultValue {
                defaults.append((id, value, declaration.defaultCertainty))
            }
            return id
        }

        /// The attribute with UTF-8 name `name`, declared (without a default) on first use.
        ///
        /// - Parameters:
        ///   - name: The name's UTF-8 bytes.
        ///   - cardinality: The cardinality if the attribute is new; ignored otherwise.
        /// - Complexity: O(length of the name), expected.
        public mutating func attribute(
            named name: UnsafeRawBufferPointer, cardinality: AttributeDeclaration.Cardinality = .single
        ) -> AttributeID {
            let (index, isNew) = attributeNames.intern(name)
            if isNew { isMultiple.append(cardinality == .multiple) }
            return AttributeID(index)
        }

        /// Hints that the attribute with UTF-8 name `name` will soon be asked for
        /// (``attribute(named:cardinality:)-(UnsafeRawBufferPointer,_)``): the processor starts
        /// fetching the memory where that lookup begins, so that a reader that looks a few
        /// names ahead overlaps the cache misses of a large rule base with its parsing.
        /// Changes nothing; `mutating` only so that the call passes the builder by reference
        /// instead of copying it.
        ///
        /// - Complexity: O(length of the name).
        public mutating func prefetchAttribute(named name: UnsafeRawBufferPointer) { attributeNames.prefetch(name) }

        /// Hints that a pair of `attribute` will soon be used (a condition or a conclusion on one
        /// of its values): the processor starts fetching the memory where the builder finds the
        /// attribute's values, so that a reader that has just read the attribute's name overlaps
        /// that cache miss with reading the rest of the rule. Changes nothing; `mutating` only so
        /// that the call passes the builder by reference instead of copying it.
        ///
        /// - Complexity: O(1).
        public mutating func prefetchValues(of attribute: AttributeID) { table.prefetchKeys(of: attribute) }

        /// The attribute named `name`, declared (without a default) on first use.
        ///
        /// - Complexity: O(length of the name), expected.
        public mutating func attribute(
            named name: String, cardinality: AttributeDeclaration.Cardinality = .single
        ) -> AttributeID {
            let (index, isNew) = attributeNames.intern(name)
            if isNew { isMultiple.append(cardinality == .multiple) }
            return AttributeID(index)
        }

        /// The declared attribute named `name`, or `nil`.
        func existingAttribute(named name: String) -> AttributeID? {
            attributeNames.id(of: name).map(AttributeID.init)
        }

        /// The id of `value`, interning it when new.
        ///
        /// - Complexity: O(length of a symbol), expected.
        public mutating func value(_ value: Value) -> ValueID { table.intern(value) }

        /// The id of the symbol with UTF-8 text `text`, interning it when new.
        ///
        /// - Complexity: O(length of the text), expected.
        public mutating func symbol(_ text: UnsafeRawBufferPointer) -> ValueID { table.internSymbol(text) }

        // MARK: Rules

        /// Starts a rule.
        ///
        /// Rule ids must be unique; a repeated id is reported by ``build()``.
        ///
        /// - Parameters:
        ///   - id: The rule's id, as UTF-8 bytes.
        ///   - salience: Its priority on the agenda (higher first).
        /// - Complexity: O(length of the id), amortized.
        public mutating func beginRule(id: UnsafeRawBufferPointer, salience: Int = 0) {
            begin(ruleNames.appendUnindexed(id), salience: salience)
        }

        /// Starts a rule.
        ///
        /// Rule ids must be unique; a repeated id is reported by ``build()``.
        ///
        /// - Complexity: O(length of the id), amortized.
        public mutating func beginRule(id: String, salience: Int = 0) {
            begin(ruleNames.appendUnindexed(id), salience: salience)
        }

        private mutating func begin(_ name: Int32, salience: Int) {
            precondition(!isInRule, "RuleBase.Builder: beginRule before the previous rule ended")
            precondition(Int(name) == premiseRoots.count, "RuleBase.Builder: a rule was begun and never ended")
            isInRule = true
            root = -1
            saliences.append(salience)
        }

        /// Opens an `all` group: the conjunction (minimum) of the conditions until ``endGroup()``.
        public mutating func beginAll() { open(.all) }

        /// Opens an `any` group: the disjunction (maximum) of the conditions until ``endGroup()``.
        public mutating func beginAny() { open(.any) }

        /// Opens a `not` group: the negation of the one condition until ``endGroup()``.
        public mutating func beginNot() { open(.not) }

        /// Closes the innermost open group.
        public mutating func endGroup() {
            guard let index = openGroups.popLast() else {
                preconditionFailure("RuleBase.Builder: endGroup without an open group")
            }
            let size = Int32(nodes.count) - index
            let kind = nodes[Int(index)].kind
            precondition(
                kind != .not || size > 1 && nodes[Int(index) + 1].size == size - 1,
                "RuleBase.Builder: a not group needs exactly one condition")
            nodes[Int(index)] = .group(kind, size: size)
        }

        /// Adds the leaf `attribute = value` (certainty of that fact).
        public mutating func equals(_ attribute: AttributeID, _ value: ValueID) {
            add(.leaf(.equals, attribute, key: key(attribute, value)))
        }

        /// Adds the leaf `attribute != value` (the strongest evidence of another value).
        public mutating func notEquals(_ attribute: AttributeID, _ value: ValueID) {
            add(.leaf(.notEquals, attribute, key: key(attribute, value)))
        }

        /// Adds the leaf "the multi-valued `attribute` contains `value`".
        public mutating func contains(_ attribute: AttributeID, _ value: ValueID) {
            add(.leaf(.contains, attribute, key: key(attribute, value)))
        }

        /// Adds the leaf "a numeric value of `attribute` compares to `number` as given".
        public mutating func compare(_ attribute: AttributeID, _ comparison: Condition.Comparison, _ number: Double) {
            check(attribute)
            add(.leaf(.compare, attribute, comparison: comparison, number: number))
        }

        /// Adds the leaf "`attribute` has some value".
        public mutating func known(_ attribute: AttributeID) {
            check(attribute)
            add(.leaf(.known, attribute))
        }

        /// Adds the leaf "`attribute` has no value".
        public mutating func unknown(_ attribute: AttributeID) {
            check(attribute)
            add(.leaf(.unknown, attribute))
        }

        /// Adds a conclusion to the current rule: evidence for `attribute = value`.
        ///
        /// - Parameter certainty: The rule's certainty for this conclusion, in -1...1.
        /// - Throws: ``RuleBase/Error/certaintyOutOfRange(rule:certainty:)``.
        public mutating func conclude(_ attribute: AttributeID, _ value: ValueID, certainty: Double = 1)
            throws(RuleBase.Error)
        {
            precondition(isInRule, "RuleBase.Builder: conclude outside a rule")
            guard (-1...1).contains(certainty) else {
                throw .certaintyOutOfRange(rule: ruleNames.name(Int32(premiseRoots.count)), certainty: certainty)
            }
            conclusionKeys.append(key(attribute, value))
            conclusionCertainties.append(certainty)
        }

        /// Ends the current rule.
        ///
        /// - Throws: ``RuleBase/Error/noConclusion(rule:)`` when it has no conclusion.
        public mutating func endRule() throws(RuleBase.Error) {
            precondition(isInRule && openGroups.isEmpty, "RuleBase.Builder: endRule with a group open or no rule")
            guard conclusionKeys.count > Int(conclusionStart[conclusionStart.count - 1]) else {
                throw .noConclusion(rule: ruleNames.name(Int32(premiseRoots.count)))
            }
            if root < 0 {
                root = Int32(nodes.count)
                nodes.append(.group(.all, size: 1))
            }
            finishRule(root: root)
        }

        /// Records the current rule, whose premise starts at node `root` and whose conclusions
        /// are the ones added since it began.
        mutating func finishRule(root: Int32) {
            premiseRoots.append(root)
            conclusionStart.append(Int32(conclusionKeys.count))
            isInRule = false
        }

        private mutating func open(_ kind: PremiseNode.Kind) {
            add(.group(kind, size: 1))
            openGroups.append(Int32(nodes.count - 1))
        }

        private mutating func add(_ node: PremiseNode) {
            precondition(isInRule, "RuleBase.Builder: a condition outside a rule")
            if root < 0 {
                root = Int32(nodes.count)
            } else {
                precondition(!openGroups.isEmpty, "RuleBase.Builder: a premise is one condition; use a group")
            }
            nodes.append(node)
        }

        /// Gives the fact `attribute = value` a key in the rule base, as a rule that mentions it
        /// does, for a loader that knows facts it will assert: an engine given the fact then
        /// finds its key at once, instead of adding one (the first key an engine adds copies the
        /// rule base's table of keys into the engine).
        ///
        /// - Complexity: O(1), expected.
        public mutating func mention(_ attribute: AttributeID, _ value: ValueID) { _ = key(attribute, value) }

        mutating func key(_ attribute: AttributeID, _ value: ValueID) -> KeyID {
            check(attribute)
            precondition(value.index < table.values.count, "RuleBase.Builder: a value id from elsewhere")
            return table.internKey(attribute: attribute, valueID: value)
        }

        private func check(_ attribute: AttributeID) {
            precondition(
                attribute.rawValue >= 0 && attribute.index < isMultiple.count,
                "RuleBase.Builder: an attribute id from elsewhere")
        }

        // MARK: Building

        /// Checks the rules as a whole and makes the rule base.
        ///
        /// - Throws: ``RuleBase/Error/duplicateRule(_:)`` for the first rule whose id an
        ///   earlier rule has, then ``RuleBase/Error/defaultOnDerivedAttribute(_:)``, then
        ///   ``RuleBase/Error/cycle(_:)`` (see ``RuleBase/init(attributes:rules:)``).
        /// - Complexity: O(*n*) in the size of the rules, plus O(*r* log *r*) for *r* rules when
        ///   saliences differ and the rules are not declared in agenda order.
        public consuming func build() throws(RuleBase.Error) -> RuleBase {
            precondition(!isInRule, "RuleBase.Builder: build with a rule open")
            if let repeated = ruleNames.firstRepeat() { throw .duplicateRule(ruleNames.name(repeated)) }
            let attributeCount = isMultiple.count
            var isDerived = [Bool](repeating: false, count: attributeCount)
            for key in conclusionKeys { isDerived[table.keyAttribute[key.index].index] = true }

            var defaultKeys = [KeyID](repeating: .none, count: attributeCount)
            var defaultCertainties = [Certainty](repeating: .certain, count: attributeCount)
            for (attribute, value, certainty) in defaults {
                guard !isDerived[attribute.index] else {
                    throw .defaultOnDerivedAttribute(attributeNames.name(attribute.rawValue))
                }
                defaultKeys[attribute.index] = table.internKey(attribute: attribute, value: value)
                defaultCertainties[attribute.index] = certainty
            }

            let topologicalOrder: [AttributeID]
            switch RuleBase.sortTopologically(attributeGraph()) {
            case .success(let order): topologicalOrder = order
            case .failure(let cycle): throw .cycle(cycle.path.map { attributeNames.name($0.rawValue) })
            }

            return RuleBase(
                program: RuleProgram(
                    self, isDerived: isDerived, defaultKeys: defaultKeys, defaultCertainties: defaultCertainties,
                    topologicalOrder: topologicalOrder))
        }

        /// The attribute graph: an edge from every attribute a rule reads to every attribute it
        /// concludes, grouped by source in rule order (then conclusion order, then read order).
        private func attributeGraph() -> Adjacency<AttributeID, AttributeID> {
            // At most one edge per leaf and conclusion of each rule; the edges are written in
            // place, into buffers of that size.
            // A rule's nodes come before the next rule's root (after its own, those of a rule
            // whose end failed, if any), so the distance between roots bounds its premise's size
            // without reading the nodes.
            let ruleCount = premiseRoots.count
            var bound = 0
            var largestPremise = 0
            for rule in 0..<ruleCount {
                let end = rule + 1 < ruleCount ? Int(premiseRoots[rule + 1]) : nodes.count
                let size = end - Int(premiseRoots[rule])
                largestPremise = max(largestPremise, size)
                bound += size * Int(conclusionStart[rule + 1] - conclusionStart[rule])
            }
            var edges = EdgeList<AttributeID, AttributeID>(capacity: bound)
            let reads = UnsafeMutableBufferPointer<AttributeID>.allocate(capacity: largestPremise)
            defer { reads.deallocate() }
            // The rule that last read each attribute, to list a rule's reads without repeats.
            var lastReader = [Int32](repeating: -1, count: isMultiple.count)
            for rule in 0..<ruleCount {
                var readCount = 0
                let root = Int(premiseRoots[rule])
                for index in root..<root + Int(nodes[root].size) {
                    let node = nodes[index]
                    guard node.isLeaf else { continue }
                    if lastReader[node.attribute.index] != Int32(rule) {
                        lastReader[node.attribute.index] = Int32(rule)
                        reads[readCount] = node.attribute
                        readCount += 1
                    }
                }
                guard readCount > 0 else { continue }
                for conclusion in Int(conclusionStart[rule])..<Int(conclusionStart[rule + 1]) {
                    let target = table.keyAttribute[conclusionKeys[conclusion].index]
                    // Within `bound`: at most `size` reads for each of the rule's conclusions.
                    for read in 0..<readCount { edges.append(reads[read], target) }
                }
            }
            return edges.adjacency(sourceCount: isMultiple.count)
        }
    }
}

extension RuleBase.Builder {
    /// An attribute name that is not declared.
    struct UndeclaredName: Swift.Error {
        /// The name.
        let name: String
    }

    /// Adds `condition` to the current rule's premise, resolving names to declared attributes.
    ///
    /// - Throws: The first undeclared attribute, in order of appearance.
    /// - Complexity: O(size of the condition), expected.
    mutating func add(_ condition: Condition) throws(UndeclaredName) {
        func id(_ name: String) throws(UndeclaredName) -> AttributeID {
            guard let id = existingAttribute(named: name) else { throw UndeclaredName(name: name) }
            return id
        }
        switch condition {
        case .equals(let name, let value): equals(try id(name), self.value(value))
        case .notEquals(let name, let value): notEquals(try id(name), self.value(value))
        case .contains(let name, let value): contains(try id(name), self.value(value))
        case .compare(let name, let comparison, let number): compare(try id(name), comparison, number)
        case .known(let name): known(try id(name))
        case .unknown(let name): unknown(try id(name))
        case .all(let parts):
            beginAll()
            for part in parts { try add(part) }
            endGroup()
        case .any(let parts):
            beginAny()
            for part in parts { try add(part) }
            endGroup()
        case .not(let inner):
            beginNot()
            try add(inner)
            endGroup()
        }
    }
}
