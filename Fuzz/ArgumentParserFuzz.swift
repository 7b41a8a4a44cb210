// libFuzzer target: the command-line argument parser and what the program does with a parsed
// command line, short of reading files: help and usage errors are rendered in both widths and
// both languages, completion scripts and the manual page in both languages.
//
// Input: the arguments, separated by NUL bytes (as the kernel passes them). Invariants checked:
// parsing returns a request or a usage error whose message starts with `error: ` (`fout: `) and
// ends with a newline, and whose length is bounded (a huge argument is not echoed whole).

@testable import GrondvormCommandLine
import KnowledgeBase

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
                for language in Language.allCases {
                    precondition(!HelpText(topic: topic, language: language, width: width).rendered.isEmpty)
                }
            }
        case .completions(let shell):
            for language in Language.allCases {
                precondition(!CompletionScript(shell: shell, language: language).rendered.isEmpty)
            }
        case .manual:
            for language in Language.allCases { precondition(!ManualPage(language: language).rendered.isEmpty) }
        case .version, .run:
            break
        }
    } catch {
        for (language, prefix) in [(Language.en, "error: "), (.nl, "fout: ")] {
            let message = error.rendered(in: language)
            precondition(message.hasPrefix(prefix) && message.hasSuffix("\n"), "a usage error without its form")
            precondition(message.utf8.count <= 2_000, "a usage error of \(message.utf8.count) bytes")
        }
    }
    return 0
}
