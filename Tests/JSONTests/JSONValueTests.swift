import JSON
import Testing

@Suite("JSON writer")
struct JSONValueTests {
    let sample = JSONValue.object(
        JSONObject([
            ("name", .string("Coöperatie \"U.A.\"\n")),
            ("count", .number(3)),
            ("fit", .number(0.75)),
            ("tiny", .number(-0.001)),
            ("flags", .array([.bool(true), .null])),
            ("empty", .object(JSONObject())),
            ("none", .array([])),
        ]))

    @Test func writesPrettyTextWithMembersInOrder() {
        #expect(
            sample.serialized() == """
                {
                  "name": "Coöperatie \\"U.A.\\"\\n",
                  "count": 3,
                  "fit": 0.75,
                  "tiny": -0.001,
                  "flags": [
                    true,
                    null
                  ],
                  "empty": {},
                  "none": []
                }
                """)
    }

    @Test func writesCompactText() {
        #expect(
            sample.serialized(pretty: false)
                == #"{"name":"Coöperatie \"U.A.\"\n","count":3,"fit":0.75,"tiny":-0.001,"flags":[true,null],"empty":{},"none":[]}"#
        )
    }

    @Test func escapesControlCharacters() {
        #expect(JSONValue.string("a\u{01}b\t").serialized() == #""a\u0001b\t""#)
        // DEL and the C1 controls (a terminal may read U+009B as an escape) are escaped too;
        // other non-ASCII characters, Latin-1 included, are written as they are.
        #expect(JSONValue.string("x\u{7F}y\u{9B}2J é\u{A0}").serialized() == #""x\u007fy\u009b2J é\#u{A0}""#)
    }

    @Test func writesNonFiniteNumbersAsNull() {
        #expect(JSONValue.number(.infinity).serialized() == "null")
    }

    @Test func roundTrips() throws {
        #expect(try JSONParser.parse(sample.serialized()) == sample)
        #expect(try JSONParser.parse(sample.serialized(pretty: false)) == sample)
    }

    @Test func objectSubscriptReplacesInPlaceAndRemoves() {
        var object = JSONObject([("a", .number(1)), ("b", .number(2))])
        object["a"] = .number(9)
        object["c"] = .null
        #expect(object.keys == ["a", "b", "c"])
        #expect(object["a"] == .number(9))
        object["b"] = nil
        #expect(object.keys == ["a", "c"])
    }

    @Test func accessorsAnswerOnlyForTheirOwnType() {
        #expect(JSONValue.string("x").stringValue == "x")
        #expect(JSONValue.string("x").numberValue == nil)
        #expect(JSONValue.number(2).numberValue == 2)
        #expect(JSONValue.bool(true).boolValue == true)
        #expect(JSONValue.array([]).arrayValue == [])
        #expect(JSONValue.null.typeName == "null")
        #expect(JSONValue.object(JSONObject()).typeName == "object")
    }
}
