import TestSupport
import JSON
import Testing
import Utilities

@Suite("JSON parser")
struct JSONParserTests {
    @Test func parsesEveryKindOfValue() throws {
        let value = try JSONParser.parse(
            #"{"a": [1, -2.5, 1e3, true, false, null], "b": "x\"\\\/\n\u00e9\ud83d\ude00"}"#)
        let object = try #require(value.objectValue)
        #expect(object.keys == ["a", "b"])
        #expect(object["a"] == .array([.number(1), .number(-2.5), .number(1000), .bool(true), .bool(false), .null]))
        #expect(object["b"] == .string("x\"\\/\né😀"))
    }

    @Test func keepsKeyOrderAsWritten() throws {
        let value = try JSONParser.parse(#"{"z": 1, "a": 2, "m": 3}"#)
        #expect(value.objectValue?.keys == ["z", "a", "m"])
    }

    @Test func keepsNonASCIITextIntact() throws {
        #expect(try JSONParser.parse(Array("\"coöperatie\"".utf8)) == .string("coöperatie"))
    }

    @Test func skipsAByteOrderMark() throws {
        #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[]".utf8)) == .array([]))
    }

    @Test(arguments: [
        ("", "line 1, column 1: expected a JSON value but the text is empty"),
        ("{\"a\": 1,\n  \"b\" 2}", "line 2, column 7: unexpected '2'; expected ':' after the key 'b'"),
        ("{\"a\": 1 \"b\": 2}", "line 1, column 9: unexpected '\"'; expected ',' or '}' after an object member"),
        ("[1, 2", "line 1, column 6: unexpected end of text; expected ',' or ']'"),
        ("[1 2]", "line 1, column 4: unexpected '2'; expected ',' or ']' after an array element"),
        ("\"abc", "line 1, column 1: unterminated string"),
        ("{\"a\": 1, \"a\": 2}", "line 1, column 10: duplicate key 'a'"),
        ("tru", "line 1, column 1: invalid literal; expected 'true'"),
        ("01", "line 1, column 1: invalid number; leading zeros are not allowed"),
        ("1.", "line 1, column 3: invalid number; expected a digit after '.'"),
        ("{} x", "line 1, column 4: unexpected 'x' after the JSON value"),
        ("\"a\tb\"", "line 1, column 3: control character in a string; escape it"),
        ("\"\\x\"", "line 1, column 2: invalid escape '\\x' in a string"),
        ("\"\\ud800\"", "line 1, column 2: unpaired surrogate in \\u escape"),
        ("{'a': 1}", "line 1, column 2: unexpected '''; expected a string key"),
        ("[1e999]", "line 1, column 2: number '1e999' is out of range"),
    ])
    func reportsTheFirstProblemWithLineAndColumn(text: String, expected: String) {
        #expect(throws: (any Error).self) { try JSONParser.parse(text) }
        do {
            _ = try JSONParser.parse(text)
        } catch {
            #expect(error.description == expected)
        }
    }

    @Test func rejectsInvalidUTF8InStrings() {
        do {
            _ = try JSONParser.parse([0x22, 0x61, 0xFF, 0x22])
            Issue.record("accepted invalid UTF-8")
        } catch {
            #expect(error.description == "line 1, column 2: string is not valid UTF-8")
        }
    }

    @Test func limitsNestingDepthInsteadOfOverflowingTheStack() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        do {
            _ = try JSONParser.parse(deep)
            Issue.record("accepted 100,000 levels")
        } catch {
            #expect(error.message == "nesting deeper than 512 levels")
        }
        #expect((try? JSONParser.parse(String(repeating: "[", count: 512) + String(repeating: "]", count: 512))) != nil)
    }

    @Test func survivesRandomBytes() {
        var generator = SplitMix64(seed: 42)
        let alphabet = Array("{}[]\",:0123456789-+.eEtruefalsn \n\\u".utf8) + [0xC3, 0xA9, 0xFF, 0x00]
        for _ in 0..<3_000 {
            let length = Int(generator.next() % 40)
            let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            _ = try? JSONParser.parse(bytes)
        }
    }
}
