extension Engine {
    /// A reason an input cannot be asserted or retracted.
    public enum InputError: Swift.Error, Equatable, Sendable, CustomStringConvertible {
        /// The attribute is not declared in the rule base.
        case undeclaredAttribute(String)

        /// The problem as one English sentence, quoting the name in single quotes.
        public var description: String {
            switch self {
            case .undeclaredAttribute(let name): return "attribute '\(name)' is not declared"
            }
        }
    }
}
