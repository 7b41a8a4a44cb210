#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs one command and returns the process exit code; output goes to stdout, errors to stderr.
func benchMain(_ arguments: [String]) -> Int32 {
    do {
        switch try BenchCommand.parse(arguments) {
        case .help:
            print(BenchCommand.helpText, terminator: "")
        case .run(let prefix, let reader, let clock):
            try GrondvormRun.run(prefix: prefix, reader: reader, clock: clock) { result in
                print(result.jsonLine)
                exit(0)
            }
        case .answers(let path):
            print(try AnswerFile.answers(forQuestions: try Files.read(path), path: path), terminator: "")
        case .generate(let shape, let count, let seed, let prefix):
            let expected = try Generation.generate(shape: shape, count: count, seed: seed, prefix: prefix)
            print("wrote \(prefix).{rules.json,facts.json,clp,constructs.clp,expected.json}: \(expected.countsJSON)")
        }
        return 0
    } catch {
        fflush(stdout)
        fputs("grondvorm-bench: \(error.description)\n", stderr)
        return error.exitCode
    }
}

HugePages.adviseHeap(environment: getenv("GRONDVORM_BENCH_HUGE_PAGES").map { String(cString: $0) })
exit(benchMain(Array(CommandLine.arguments.dropFirst())))
