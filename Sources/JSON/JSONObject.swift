/// A JSON object whose members keep the order in which they were added.
public struct JSONObject: Hashable, Sendable {
    /// The members, in order. Keys are unique.
    public private(set) var pairs: [Pair]

    /// One member of an object.
    public struct Pair: Hashable, Sendable {
        /// The member's key.
        public let key: String
        /// The member's value.
        public var value: JSONValue

        /// Creates a member.
        public init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// Creates an empty object.
    public init() {
        pairs = []
    }

    /// Creates an object from members in order; a repeated key keeps its first position and
    /// takes the last value.
    public init(_ members: [(String, JSONValue)]) {
        pairs = []
        for (key, value) in members { self[key] = value }
    }

    /// The keys, in order.
    public var keys: [String] { pairs.map(\.key) }

    /// The value for `key`, or `nil`. Setting a new key appends it; setting an existing key
    /// replaces its value in place; setting `nil` removes the member.
    ///
    /// - Complexity: O(*n*) in the number of members.
    public subscript(key: String) -> JSONValue? {
        get { pairs.first { $0.key == key }?.value }
        set {
            let index = pairs.firstIndex { $0.key == key }
            switch (index, newValue) {
            case (let index?, let value?): pairs[index].value = value
            case (let index?, nil): pairs.remove(at: index)
            case (nil, let value?): pairs.append(Pair(key: key, value: value))
            case (nil, nil): break
            }
        }
    }
}
