// libFuzzer target: typed answers at the prompt, through a whole consultation read line by line
// (what `printf 'ja\n2\n' | grondvorm` does): the typed-answer parser, the commands (`?`, `hoe`,
// `terug`, `overzicht`, `help`, `stop`), the hints after a rejected answer, and the report.
//
// Input: lines separated by `\n`; the first byte chooses the language and the format. Invariants
// checked: the consultation ends (a report, stopped, or input ended), and nothing shown echoes
// more of a typed line than the interview's limit allows, so output stays bounded.

import Advisor
import KnowledgeBase
import ShippedKnowledge

/// The shipped knowledge base, loaded once.
private let knowledge: Knowledge = {
    let files = ShippedKnowledge.files.map { SourceFile(path: "Knowledge/" + $0.name, bytes: $0.bytes) }
    do {
        return try KnowledgeLoader.load(files: files)
    } catch {
        fatalError("the shipped knowledge does not load: \(error)")
    }
}()

/// A person who types the fuzzer's lines, and what was shown to them.
private final class ScriptedPerson: Conversation {
    var lines: [String]
    var shownBytes = 0
    var longestWrite = 0

    init(lines: [String]) {
        self.lines = lines.reversed()
    }

    func write(_ text: String) {
        shownBytes += text.utf8.count
        longestWrite = max(longestWrite, text.utf8.count)
    }

    func readLine() -> String? {
        lines.popLast()
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTypedAnswers(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let settingsByte = data[0]
    let bytes = UnsafeBufferPointer(start: data + 1, count: size - 1)
    let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map {
        String(decoding: $0, as: UTF8.self)
    }
    let formats: [OutputFormat] = [.text, .json, .markdown, .html]
    let settings = ConsultationSettings(
        language: settingsByte & 1 == 0 ? .nl : .en, format: formats[Int(settingsByte >> 1) % formats.count],
        mode: .lineByLine)
    let person = ScriptedPerson(lines: lines)
    _ = Consultation.run(knowledge: knowledge, settings: settings, conversation: person)
    // One write is a question, a hint or an answer to a command: never a whole long line echoed.
    precondition(person.longestWrite <= 20_000, "one message of \(person.longestWrite) bytes")
    return 0
}
