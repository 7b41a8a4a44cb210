/// A parsed `grondvorm-bench` command line.
enum BenchCommand: Equatable {
    /// `--help`, `-h` or `help`.
    case help
    /// `run PREFIX [--reader streaming|generic] [--clock wall|cpu]`.
    case run(prefix: String, reader: Reader, clock: Stopwatch.Clock)
    /// `answers QUESTIONS.json`.
    case answers(questionsPath: String)
    /// `generate --shape SHAPE --n N [--seed S] --out PREFIX`.
    case generate(shape: Shape, count: Int, seed: UInt64, prefix: String)

    /// Which reader `run` loads the neutral files with.
    enum Reader: String, Equatable {
        /// ``NeutralReader``: one pass over the bytes (the default).
        case streaming
        /// ``GenericReader``: the `JSON` target's parser, then a walk over the tree.
        case generic
    }

    /// The largest rule count `generate` accepts.
    static let maximumCount = 10_000_000

    /// The text `--help` prints.
    static let helpText = """
        OVERVIEW: Benchmarks Grondvorm's inference engine against CLIPS on a neutral rule format.

        USAGE: grondvorm-bench run PREFIX [--reader streaming|generic] [--clock wall|cpu]
               grondvorm-bench generate --shape SHAPE --n N [--seed S] --out PREFIX
               grondvorm-bench answers QUESTIONS.json

        COMMANDS:
          run         Load PREFIX.rules.json and PREFIX.facts.json, run Grondvorm's engine to the
                      fixpoint and print one JSON line:
                      {"rules": N, "fired": F, "final_facts": M, "load_s": x, "run_s": y}
          generate    Write PREFIX.rules.json and PREFIX.facts.json (neutral format), PREFIX.clp
                      (a CLIPS driver: clips -f2 PREFIX.clp < /dev/null) with
                      PREFIX.constructs.clp (its rules and facts), and PREFIX.expected.json.
          answers     Print an answers file for 'grondvorm advise --answers FILE' that answers
                      every question in QUESTIONS.json ('grondvorm questions --format json')
                      with its first option, true, or its minimum.

        OPTIONS (run):
          --reader R      streaming (default): the dedicated one-pass reader of the neutral format;
                          generic: the JSON target's parser (to compare load times)
          --clock C       wall (default): load_s and run_s from the monotonic clock;
                          cpu: from the process's CPU time, as CLIPS 6.30's (time) measures

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
            return try parseRun(rest)
        case "generate":
            return try parseGenerate(rest)
        case "answers":
            guard rest.count == 1, let path = rest.first, !path.hasPrefix("-") else {
                throw .usage("'answers' needs exactly one QUESTIONS.json file")
            }
            return .answers(questionsPath: path)
        default:
            throw .usage("unknown command '\(verb)'; use 'run', 'generate' or 'answers'")
        }
    }

    private static func parseRun(_ arguments: [String]) throws(BenchError) -> BenchCommand {
        var prefix: String?
        var options: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument.hasPrefix("--") {
                try readOption(at: &index, of: arguments, allowed: ["reader", "clock"], for: "run", into: &options)
            } else if argument.hasPrefix("-") {
                throw .usage("unknown option '\(argument)' for 'run'")
            } else if let prefix {
                throw .usage("unexpected argument '\(argument)' after 'run \(prefix)'")
            } else {
                prefix = argument
            }
            index += 1
        }
        guard let prefix else { throw .usage("'run' needs a PREFIX") }
        var reader = Reader.streaming
        if let name = options["reader"] {
            guard let parsed = Reader(rawValue: name) else {
                throw .usage("unknown reader '\(name)'; use streaming or generic")
            }
            reader = parsed
        }
        var clock = Stopwatch.Clock.wall
        if let name = options["clock"] {
            guard let parsed = Stopwatch.Clock(rawValue: name) else {
                throw .usage("unknown clock '\(name)'; use wall or cpu")
            }
            clock = parsed
        }
        return .run(prefix: prefix, reader: reader, clock: clock)
    }

    /// Reads the option `--name value` or `--name=value` at `arguments[index]` into `options`,
    /// leaving `index` at its last word.
    ///
    /// - Throws: ``BenchError/usage(_:)`` for an option not in `allowed`, one given twice, or one
    ///   without a value.
    private static func readOption(
        at index: inout Int, of arguments: [String], allowed: [String], for command: String,
        into options: inout [String: String]
    ) throws(BenchError) {
        var name = String(arguments[index].dropFirst(2))
        var value: String?
        if let equals = name.firstIndex(of: "=") {
            value = String(name[name.index(after: equals)...])
            name = String(name[..<equals])
        }
        guard allowed.contains(name) else { throw .usage("unknown option '--\(name)' for '\(command)'") }
        guard options[name] == nil else { throw .usage("option '--\(name)' given twice") }
        if value == nil {
            index += 1
            guard index < arguments.count else { throw .usage("option '--\(name)' needs a value") }
            value = arguments[index]
        }
        options[name] = value
    }

    private static func parseGenerate(_ arguments: [String]) throws(BenchError) -> BenchCommand {
        var options: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            guard argument.hasPrefix("--") else { throw .usage("unexpected argument '\(argument)' for 'generate'") }
            try readOption(
                at: &index, of: arguments, allowed: ["shape", "n", "seed", "out"], for: "generate", into: &options)
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
