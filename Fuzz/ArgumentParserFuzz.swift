// libFuzzer target: the command-line argument parser and what the program does with a parsed
// command line, short of reading files: help and usage errors are rendered in both widths.
//
// Input: the arguments, separated by NUL bytes (as the kernel passes them). Invariants checked:
// parsing returns a request or a usage error whose message starts with `error: ` and ends with a
// newline, and whose length is bounded (a huge argument is not echoed whole).

@testable import GrondvormCommandLine

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArgumentParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let arguments = bytes.split(separator: 0, omittingEmptySubsequences: false).map {
        String(decoding: $0, as: UTF8.self)
    }
    do {
        let request = try ArgumentParser.parse(size == 0 ? [] : arguments)
        switch request {
        case .help(let topic):
            for width in [20, 80] {
                precondition(!HelpText(topic: topic, width: width).rendered.isEmpty)
            }
        case .version, .run:
            break
        }
    } catch {
        let message = error.rendered
        precondition(message.hasPrefix("error: ") && message.hasSuffix("\n"), "a usage error without its form")
        precondition(message.utf8.count <= 2_000, "a usage error of \(message.utf8.count) bytes")
    }
    return 0
}
