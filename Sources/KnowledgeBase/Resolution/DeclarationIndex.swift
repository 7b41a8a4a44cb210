/// The declarations of one kind with the first declaration of each id: the one lookup table of
/// the compiler.
///
/// Building an index reports every later declaration of an id as a duplicate, once, pointing at
/// the first. Phases then map the declarations to what they make of them (``map(_:)``) and keep
/// the same positions, so a resolved value never lives in a side table keyed by position.
///
/// Declarations without an id (its absence was reported by the parser) and duplicates stay in
/// ``all``, so their content is still checked, but they are not ``primary``.
struct DeclarationIndex<Element: Declaration>: Sendable {
    /// Every declaration in file order, duplicates and declarations without an id included.
    let all: [Element]
    /// For each id, the position in ``all`` of its first declaration.
    private let positions: [String: Int]
    /// The ids of the first declarations, in declaration order.
    let ids: [String]

    /// Indexes `declarations`, reporting each later declaration of an id.
    ///
    /// - Parameters:
    ///   - declarations: The declarations of one kind, in file order.
    ///   - keyword: Their kind, for the message.
    ///   - locate: The location of a span, for "first declared at".
    ///   - problems: Receives one problem per duplicate, at its id.
    /// - Complexity: O(n) for n declarations.
    init(
        _ declarations: [Element], keyword: DeclarationKeyword, locate: (Span) -> SourceLocation,
        problems: inout Problems
    ) {
        var positions: [String: Int] = [:]
        var ids: [String] = []
        for (position, declaration) in declarations.enumerated() {
            guard let id = declaration.header.id else { continue }
            if let first = positions[id.text] {
                problems.add(
                    .duplicate(keyword, id.text, first: locate(declarations[first].header.span)), at: id.span)
            } else {
                positions[id.text] = position
                ids.append(id.text)
            }
        }
        self.init(all: declarations, positions: positions, ids: ids)
    }

    private init(all: [Element], positions: [String: Int], ids: [String]) {
        self.all = all
        self.positions = positions
        self.ids = ids
    }

    /// Whether the declaration at `position` in ``all`` is the first with its id.
    func isPrimary(_ position: Int) -> Bool {
        guard let id = all[position].header.id else { return false }
        return positions[id.text] == position
    }

    /// Whether some declaration has the id.
    func contains(_ id: String) -> Bool { positions[id] != nil }

    /// The first declaration of the id, if any.
    subscript(id id: String) -> Element? { positions[id].map { all[$0] } }

    /// The first declaration of each id, in declaration order.
    ///
    /// - Complexity: O(n).
    var primary: [Element] { all.indices.filter(isPrimary).map { all[$0] } }

    /// The same declarations, each made into something else by a later phase; positions, ids and
    /// duplicates stay as they are.
    ///
    /// - Parameter transform: Called once per declaration in order, with the declaration and
    ///   whether it is the first with its id.
    /// - Complexity: O(n) calls of `transform`.
    func map<Other: Declaration>(_ transform: (Element, _ isPrimary: Bool) throws -> Other) rethrows
        -> DeclarationIndex<Other>
    {
        var mapped: [Other] = []
        mapped.reserveCapacity(all.count)
        for position in all.indices { mapped.append(try transform(all[position], isPrimary(position))) }
        return DeclarationIndex<Other>(all: mapped, positions: positions, ids: ids)
    }
}
