import Advisor

/// The command line of `grondvorm-invariants`.
struct InvariantOptions: Equatable {
    /// What went wrong reading the arguments.
    struct UsageError: Error, Equatable, CustomStringConvertible {
        let description: String
    }

    /// How many answer sets to check.
    var count = 100_000
    /// The generator's seed.
    var seed: UInt64 = 1
    /// A knowledge folder to check instead of the shipped knowledge.
    var knowledge: String?
    /// How many violations to show with their answer sets.
    var shown = 20
    /// The invariants checked (`--invariants c,d`); all by default.
    var invariants = Set(Invariant.allCases)
    /// Whether `--help` was given.
    var wantsHelp = false

    static let usage = """
        USAGE: grondvorm-invariants [--count N] [--seed N] [--knowledge DIR] [--show N]
                                    [--invariants LETTERS]

        Checks issue 9's invariants on N seeded random answer sets (default 100000, seed 1)
        against the shipped knowledge or the folder DIR. Prints the number checked, the time,
        the first violations (default 20) with their answer sets, and the count per invariant.
        --invariants takes letters a to i separated by commas (default: all).
        Exit codes: 0 no violation, 1 violations, 64 usage error, 65 knowledge that does not load.
        """

    /// Reads `arguments` (without the program name).
    ///
    /// - Throws: ``UsageError`` for an unknown option, a missing value or a value that is not a
    ///   whole number.
    init(arguments: [String]) throws(UsageError) {
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            let (name, inline) = Self.split(argument)
            func value() throws(UsageError) -> String {
                if let inline { return inline }
                guard let next = remaining.popFirst() else {
                    throw UsageError(description: "missing value for '\(name)'")
                }
                return next
            }
            func number() throws(UsageError) -> Int {
                let text = try value()
                guard let number = Int(text), number >= 0 else {
                    throw UsageError(description: "expected a whole number after '\(name)', found '\(text)'")
                }
                return number
            }
            switch name {
            case "--count": count = try number()
            case "--seed": seed = UInt64(try number())
            case "--show": shown = try number()
            case "--knowledge": knowledge = try value()
            case "--invariants":
                let text = try value()
                var chosen: Set<Invariant> = []
                for letter in text.split(separator: ",", omittingEmptySubsequences: false) {
                    guard let invariant = Invariant(rawValue: String(letter)) else {
                        throw UsageError(description: "unknown invariant '\(letter)'; expected letters a to i")
                    }
                    chosen.insert(invariant)
                }
                invariants = chosen
            case "-h", "--help": wantsHelp = true
            default: throw UsageError(description: "unknown option '\(argument)'")
            }
        }
    }

    /// `--name=value` as the name and the value; anything else as itself and `nil`.
    private static func split(_ argument: String) -> (String, String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }
}
