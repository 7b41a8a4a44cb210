/// A parsed `grondvorm-bench` command line.
enum BenchCommand: Equatable {
    /// `--help`, `-h` or `help`.
    case help
    /// `run PREFIX`.
    case run(prefix: String)
    /// `generate --shape SHAPE --n N [--seed S] --out PREFIX`.
    case generate(shape: Shape, count: Int, seed: UInt64, prefix: String)

    /// The largest rule count `generate` accepts.
    static let maximumCount = 10_000_000

    /// The text `--help` prints.
    static let helpText = """
        OVERVIEW: Benchmarks Grondvorm's inference engine against CLIPS on a neutral rule format.

        USAGE: grondvorm-bench run PREFIX
               grondvorm-bench generate --shape SHAPE --n N [--seed S] --out PREFIX

        COMMANDS:
          run         Load PREFIX.rules.json and PREFIX.facts.json, run Grondvorm's engine to the
                      fixpoint and print one JSON line:
                      {"rules": N, "fired": F, "final_facts": M, "load_s": x, "run_s": y}
          generate    Write PREFIX.rules.json and PREFIX.facts.json (neutral format), PREFIX.clp
                      (a CLIPS driver: clips -f2 PREFIX.clp < /dev/null) with
                      PREFIX.constructs.clp (its rules and facts), and PREFIX.expected.json.

        OPTIONS (generate):
          --shape SHAPE   chain, chain3, fanout or layered
          --n N           the number of rules, 1 to 10000000
          --seed S        the seed for the random shape layered (default 1)
          --out PREFIX    the path prefix of the files to write

        EXIT CODES: 0 success, 64 usage error, 65 malformed input, 66 missing input,
        73 cannot write output, 74 cannot read input.

        """

    /// Parses the arguments after the program name.
    ///
    /// - Throws: ``BenchError/usage(_:)`` with a one-line hint.
    static func parse(_ arguments: [String]) throws(BenchError) -> BenchCommand {
        if arguments.contains(where: { $0 == "--help" || $0 == "-h" }) || arguments.first == "help" {
            return .help
        }
        guard let verb = arguments.first else {
            throw .usage("missing command; use 'run PREFIX' or 'generate --shape SHAPE --n N --out PREFIX'")
        }
        let rest = Array(arguments.dropFirst())
        switch verb {
        case "run":
            guard let prefix = rest.first else { throw .usage("'run' needs a PREFIX") }
            guard rest.count == 1 else { throw .usage("unexpected argument '\(rest[1])' after 'run \(prefix)'") }
            if prefix.hasPrefix("-") { throw .usage("unknown option '\(prefix)' for 'run'") }
            return .run(prefix: prefix)
        case "generate":
            return try parseGenerate(rest)
        default:
            throw .usage("unknown command '\(verb)'; use 'run' or 'generate'")
        }
    }

    private static func parseGenerate(_ arguments: [String]) throws(BenchError) -> BenchCommand {
        var options: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            guard argument.hasPrefix("--") else { throw .usage("unexpected argument '\(argument)' for 'generate'") }
            var name = String(argument.dropFirst(2))
            var value: String?
            if let equals = name.firstIndex(of: "=") {
                value = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard ["shape", "n", "seed", "out"].contains(name) else {
                throw .usage("unknown option '--\(name)' for 'generate'")
            }
            guard options[name] == nil else { throw .usage("option '--\(name)' given twice") }
            if value == nil {
                index += 1
                guard index < arguments.count else { throw .usage("option '--\(name)' needs a value") }
                value = arguments[index]
            }
            options[name] = value
            index += 1
        }
        guard let shapeName = options["shape"] else { throw .usage("'generate' needs --shape \(Shape.names)") }
        guard let shape = Shape(rawValue: shapeName) else {
            throw .usage("unknown shape '\(shapeName)'; use \(Shape.names)")
        }
        guard let countText = options["n"] else { throw .usage("'generate' needs --n N (the number of rules)") }
        guard let count = Int(countText), (1...maximumCount).contains(count) else {
            throw .usage("--n must be a whole number from 1 to \(maximumCount), not '\(countText)'")
        }
        var seed: UInt64 = 1
        if let seedText = options["seed"] {
            guard let parsed = UInt64(seedText) else {
                throw .usage("--seed must be a whole number from 0 to \(UInt64.max), not '\(seedText)'")
            }
            seed = parsed
        }
        guard let prefix = options["out"], !prefix.isEmpty else {
            throw .usage("'generate' needs --out PREFIX")
        }
        return .generate(shape: shape, count: count, seed: seed, prefix: prefix)
    }
}
