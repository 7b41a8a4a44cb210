/// Writes rule sets in the neutral JSON format: one rule or fact per line, so a diff or a
/// `head` of a generated file stays readable.
///
/// `PREFIX.rules.json` is `[{"id": "r1", "if": [{"attr": "x0", "value": "t"}], "then": [...]}, ...]`
/// and `PREFIX.facts.json` is `[{"attr": "x0", "value": "t"}, ...]`.
enum NeutralWriter {
    /// The bytes of `PREFIX.rules.json`.
    static func rulesJSON(_ rules: [NeutralRule]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(rules.count * 96)
        out.append(contentsOf: "[\n".utf8)
        for (index, rule) in rules.enumerated() {
            out.append(contentsOf: "{\"id\": ".utf8)
            appendString(rule.id, to: &out)
            out.append(contentsOf: ", \"if\": ".utf8)
            appendPairs(rule.conditions, to: &out)
            out.append(contentsOf: ", \"then\": ".utf8)
            appendPairs(rule.conclusions, to: &out)
            out.append(contentsOf: (index + 1 < rules.count ? "},\n" : "}\n").utf8)
        }
        out.append(contentsOf: "]\n".utf8)
        return out
    }

    /// The bytes of `PREFIX.facts.json`.
    static func factsJSON(_ facts: [Pair]) -> [UInt8] {
        var out: [UInt8] = []
        out.append(contentsOf: "[\n".utf8)
        for (index, fact) in facts.enumerated() {
            appendPair(fact, to: &out)
            out.append(contentsOf: (index + 1 < facts.count ? ",\n" : "\n").utf8)
        }
        out.append(contentsOf: "]\n".utf8)
        return out
    }

    private static func appendPairs(_ pairs: [Pair], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        for (index, pair) in pairs.enumerated() {
            if index > 0 { out.append(contentsOf: ", ".utf8) }
            appendPair(pair, to: &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    private static func appendPair(_ pair: Pair, to out: inout [UInt8]) {
        out.append(contentsOf: "{\"attr\": ".utf8)
        appendString(pair.attribute, to: &out)
        out.append(contentsOf: ", \"value\": ".utf8)
        appendString(pair.value, to: &out)
        out.append(UInt8(ascii: "}"))
    }

    /// Appends `text` as a JSON string literal.
    static func appendString(_ text: String, to out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case 0x0A: out.append(contentsOf: "\\n".utf8)
            case 0x09: out.append(contentsOf: "\\t".utf8)
            case 0..<0x20:
                out.append(contentsOf: "\\u00".utf8)
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
