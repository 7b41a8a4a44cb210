// libFuzzer target: the JSON reader and the answers-file format (`--answers FILE`).
//
// Input: the bytes of an answers file. Invariants checked: a document that parses serializes to
// text that parses to the same value (compact and pretty); an error has a line and a column of
// at least 1; reading the document as an answers file against the shipped knowledge returns an
// answer set or problems, each with a sentence in both languages.

import Advisor
import JSON
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

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let value = try JSONParser.parse(bytes)
        for pretty in [false, true] {
            let again = try? JSONParser.parse(value.serialized(pretty: pretty))
            precondition(again == value, "serializing and parsing again changes the value")
        }
    } catch {
        precondition(error.line >= 1 && error.column >= 1, "an error without a location")
        precondition(!error.message.isEmpty)
    }
    do {
        _ = try AnswerSet.parse(json: bytes, source: "fuzz.json", knowledge: knowledge)
    } catch {
        precondition(!error.problems.isEmpty, "an answers file refused without a problem")
        for problem in error.problems {
            precondition(!problem.sentence(in: .en).isEmpty && !problem.sentence(in: .nl).isEmpty)
        }
    }
    return 0
}
