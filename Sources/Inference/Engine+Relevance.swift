/// Which unanswered inputs can still matter: the basis for asking only useful questions.
///
/// ## Detailed design
///
/// The analysis evaluates the rules three-valued on the current state:
///
/// - An attribute is *open* when it may still change: an unanswered input attribute (an
///   input with no given value; its default, if any, may still be overridden), or a derived
///   attribute that some live rule reading an open attribute concludes.
/// - A premise is evaluated to the interval of certainties it can still take: a leaf on an
///   open attribute could score anything in -1...1; any other leaf scores what it scores on
///   the current facts. `all` takes the minimum of the bounds, `any` the maximum, and `not`
///   negates and swaps them. The premise is *definitely true* when the low end reaches the
///   threshold, *definitely false* when the high end stays below it, and *maybe* otherwise.
///   For `all` and `any` this is Kleene's three-valued logic; for `not` it is sharper, as the
///   numeric negation demands: `not` of a leaf scoring 0 scores 0 and stays false.
/// - A rule is *live* when its premise is not definitely false.
///
/// Rules are visited in topological order, so each attribute is settled (open or not) before
/// any rule that reads it is evaluated.
///
/// ## Complexity
///
/// O(size of the rule base) per call, plus the facts read by whole-attribute conditions.
extension Engine {
    /// The unanswered input attributes through which a chain of live rules could still change
    /// the goal, in declaration order.
    ///
    /// An input is relevant when it is unanswered and read by a live rule that concludes the
    /// goal, or concludes an open attribute read by another such rule, and so on (see the
    /// analysis above). When the goal is itself an unanswered input, it is relevant too.
    ///
    /// - Parameter goal: The attribute the consultation wants to settle.
    /// - Returns: The relevant input attributes; empty when none is left or the goal is not
    ///   declared. Answering anything else cannot change the goal.
    public func relevance(goal: String) -> [String] {
        let program = ruleBase.program
        guard let goal = program.attribute(named: goal) else { return [] }
        let (open, live) = analyze(extraOpen: nil)
        var needed = [Bool](repeating: false, count: program.attributeCount)
        needed[goal.index] = true
        for rule in program.rulesInTopologicalOrder.reversed() where live[rule.index] {
            guard program.attributesConcluded(by: rule).contains(where: { needed[$0.index] }) else { continue }
            for attribute in program.attributesRead(by: rule) where open[attribute.index] {
                needed[attribute.index] = true
            }
        }
        return (0..<program.attributeCount).filter { attribute in
            needed[attribute] && !program.isDerived[attribute] && open[attribute]
        }.map { program.name(of: AttributeID(index: $0)) }
    }

    /// The derived attributes that `attribute` can still change through live rules, in
    /// declaration order: the answer to "why do you ask this?".
    ///
    /// The attribute is treated as open (as though it were unanswered, even when it has an
    /// answer), and the rules are evaluated as described above; the result holds every
    /// attribute concluded by a live rule that reads `attribute` or, in turn, one of those.
    ///
    /// - Returns: The attributes; empty when nothing depends on it or it is not declared.
    public func influence(of attribute: String) -> [String] {
        let program = ruleBase.program
        guard let source = program.attribute(named: attribute) else { return [] }
        let (_, live) = analyze(extraOpen: source)
        var reached = [Bool](repeating: false, count: program.attributeCount)
        reached[source.index] = true
        for rule in program.rulesInTopologicalOrder where live[rule.index] {
            guard program.reads(rule, anyOf: reached) else { continue }
            program.markAttributesConcluded(by: rule, in: &reached)
        }
        reached[source.index] = false
        return (0..<program.attributeCount).filter { reached[$0] && program.isDerived[$0] }
            .map { program.name(of: AttributeID(index: $0)) }
    }

    /// Which attributes are open and which rules are live (see the analysis above).
    ///
    /// - Parameter extraOpen: An attribute to treat as open whatever its state.
    private func analyze(extraOpen: AttributeID?) -> (open: [Bool], live: [Bool]) {
        let program = ruleBase.program
        var open = (0..<program.attributeCount).map { attribute in
            !program.isDerived[attribute] && memory.givenCount[attribute] == 0
        }
        if let extraOpen { open[extraOpen.index] = true }
        var live = [Bool](repeating: false, count: program.ruleCount)
        for rule in program.rulesInTopologicalOrder {
            let root = Int(program.premiseRoots[rule.index])
            let bounds = memory.interval(program.nodes, root, open: open, threshold: threshold)
            guard bounds.high >= threshold else { continue }
            live[rule.index] = true
            guard program.reads(rule, anyOf: open) else { continue }
            program.markAttributesConcluded(by: rule, in: &open)
        }
        return (open, live)
    }
}
