/// A reason `grondvorm-bench` stops, with the sysexits code the process ends with.
enum BenchError: Error, Equatable, CustomStringConvertible {
    /// The command line was wrong; the text says what and how to fix it.
    case usage(String)
    /// An input file does not exist.
    case missingFile(String)
    /// An input file exists but cannot be read.
    case unreadable(path: String, reason: String)
    /// An input file is not in the neutral format.
    case malformed(path: String, line: Int, column: Int, message: String)
    /// An input file is valid JSON but not in the neutral format's structure.
    case wrongStructure(path: String, message: String)
    /// The files parse but do not form a valid rule base or fact set for the engine.
    case invalidProblem(String)
    /// An output file cannot be written.
    case cannotWrite(path: String, reason: String)

    /// The process exit code (sysexits.h).
    var exitCode: Int32 {
        switch self {
        case .usage: return 64  // EX_USAGE
        case .malformed, .wrongStructure, .invalidProblem: return 65  // EX_DATAERR
        case .missingFile: return 66  // EX_NOINPUT
        case .cannotWrite: return 73  // EX_CANTCREAT
        case .unreadable: return 74  // EX_IOERR
        }
    }

    var description: String {
        switch self {
        case .usage(let text):
            return "\(text) (see 'grondvorm-bench --help')"
        case .missingFile(let path):
            return "\(path): no such file"
        case .unreadable(let path, let reason):
            return "\(path): cannot read: \(reason)"
        case .malformed(let path, let line, let column, let message):
            return "\(path):\(line):\(column): error: \(message)"
        case .wrongStructure(let path, let message):
            return "\(path): error: \(message)"
        case .invalidProblem(let message):
            return "invalid rule base: \(message)"
        case .cannotWrite(let path, let reason):
            return "\(path): cannot write: \(reason)"
        }
    }
}
