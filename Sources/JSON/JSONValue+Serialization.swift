extension JSONValue {
    /// The value as JSON text.
    ///
    /// Objects print their members in order. Integral numbers within ±2^53 print without a
    /// fraction (`3`); other numbers use Swift's shortest round-trip form (`0.75`). Strings
    /// escape `"`, `\` and control characters (C0, DEL and C1, so that no terminal control
    /// reaches a screen raw); other characters are written as UTF-8.
    /// Non-finite numbers, which JSON cannot hold, print as `null`.
    ///
    /// - Parameter pretty: Two-space indentation and one member per line when `true`
    ///   (empty arrays and objects stay `[]` and `{}`); no white space at all when `false`.
    ///   No newline is added at the end.
    /// - Complexity: O(*n*) in the size of the value.
    public func serialized(pretty: Bool = true) -> String {
        var output = ""
        write(into: &output, pretty: pretty, indent: 0)
        return output
    }

    private func write(into output: inout String, pretty: Bool, indent: Int) {
        switch self {
        case .null:
            output += "null"
        case .bool(let flag):
            output += flag ? "true" : "false"
        case .number(let number):
            output += JSONValue.format(number)
        case .string(let text):
            JSONValue.writeString(text, into: &output)
        case .array(let elements):
            guard !elements.isEmpty else {
                output += "[]"
                return
            }
            output += "["
            for (offset, element) in elements.enumerated() {
                if offset > 0 { output += "," }
                if pretty { JSONValue.newline(into: &output, indent: indent + 1) }
                element.write(into: &output, pretty: pretty, indent: indent + 1)
            }
            if pretty { JSONValue.newline(into: &output, indent: indent) }
            output += "]"
        case .object(let object):
            guard !object.pairs.isEmpty else {
                output += "{}"
                return
            }
            output += "{"
            for (offset, pair) in object.pairs.enumerated() {
                if offset > 0 { output += "," }
                if pretty { JSONValue.newline(into: &output, indent: indent + 1) }
                JSONValue.writeString(pair.key, into: &output)
                output += pretty ? ": " : ":"
                pair.value.write(into: &output, pretty: pretty, indent: indent + 1)
            }
            if pretty { JSONValue.newline(into: &output, indent: indent) }
            output += "}"
        }
    }

    private static func newline(into output: inout String, indent: Int) {
        output += "\n"
        output += String(repeating: "  ", count: indent)
    }

    private static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) <= 9_007_199_254_740_992 {
            return String(Int64(number))
        }
        return "\(number)"
    }

    private static func writeString(_ text: String, into output: inout String) {
        output += "\""
        // Most strings need no escaping: append them whole instead of scalar by scalar.
        // 0x7F is DEL; 0xC2 leads the UTF-8 of U+0080–U+00BF, which holds the C1 controls.
        if !text.utf8.contains(where: {
            $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\")
        }) {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16, uppercase: false)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
