import Inference

/// The check for rules that depend on each other in a circle.
extension Analysis {
    /// Reports one shortest cycle per group of derived attributes that depend on each other
    /// through rules, naming each rule with what it reads and concludes.
    ///
    /// - Complexity: O(r × c + d³) for r rules of c conclusions and d derived attributes.
    func checkCycles(problems: inout Problems) {
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
            for next in component.sorted() {
                guard let rule = edges[node][next] else { continue }
                if next == start {
                    var path = [(from: node, to: start, rule: rule)]
                    var current = node
                    while current != start, let before = previous[current], let edge = edges[before][current] {
                        path.insert((from: before, to: current, rule: edge), at: 0)
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
}
