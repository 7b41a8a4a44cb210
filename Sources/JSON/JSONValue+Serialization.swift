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
        // Bytes, decoded once at the end: appending to a `[UInt8]` is much cheaper than growing
        // a `String` piece by piece, and every piece written is valid UTF-8.
        var output: [UInt8] = []
        write(into: &output, pretty: pretty, indent: 0)
        return String(decoding: output, as: UTF8.self)
    }

    private func write(into output: inout [UInt8], pretty: Bool, indent: Int) {
        switch self {
        case .null:
            output.append(contentsOf: "null".utf8)
        case .bool(let flag):
            output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let number):
            output.append(contentsOf: JSONValue.format(number).utf8)
        case .string(let text):
            JSONValue.writeString(text, into: &output)
        case .array(let elements):
            guard !elements.isEmpty else {
                output.append(contentsOf: "[]".utf8)
                return
            }
            output.append(UInt8(ascii: "["))
            for (offset, element) in elements.enumerated() {
                if offset > 0 { output.append(UInt8(ascii: ",")) }
                if pretty { JSONValue.newline(into: &output, indent: indent + 1) }
                element.write(into: &output, pretty: pretty, indent: indent + 1)
            }
            if pretty { JSONValue.newline(into: &output, indent: indent) }
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            guard !object.pairs.isEmpty else {
                output.append(contentsOf: "{}".utf8)
                return
            }
            output.append(UInt8(ascii: "{"))
            for (offset, pair) in object.pairs.enumerated() {
                if offset > 0 { output.append(UInt8(ascii: ",")) }
                if pretty { JSONValue.newline(into: &output, indent: indent + 1) }
                JSONValue.writeString(pair.key, into: &output)
                output.append(UInt8(ascii: ":"))
                if pretty { output.append(UInt8(ascii: " ")) }
                pair.value.write(into: &output, pretty: pretty, indent: indent + 1)
            }
            if pretty { JSONValue.newline(into: &output, indent: indent) }
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(into output: inout [UInt8], indent: Int) {
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
    }

    private static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) <= 9_007_199_254_740_992 {
            return String(Int64(number))
        }
        return "\(number)"
    }

    private static func writeString(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        // Most strings need no escaping: append their bytes whole instead of scalar by scalar.
        // 0x7F is DEL; 0xC2 leads the UTF-8 of U+0080–U+00BF, which holds the C1 controls.
        // The bytes are scanned in place when the string stores them contiguously (native strings
        // do), which is several times faster than walking the UTF-8 view.
        let needsEscaping = { (byte: UInt8) -> Bool in
            byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
        }
        let escapes = text.utf8.withContiguousStorageIfAvailable { $0.contains(where: needsEscaping) }
        if !(escapes ?? text.utf8.contains(where: needsEscaping)) {
            output.append(contentsOf: text.utf8)
            output.append(UInt8(ascii: "\""))
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output.append(contentsOf: "\\\"".utf8)
            case "\\": output.append(contentsOf: "\\\\".utf8)
            case "\n": output.append(contentsOf: "\\n".utf8)
            case "\r": output.append(contentsOf: "\\r".utf8)
            case "\t": output.append(contentsOf: "\\t".utf8)
            case "\u{08}": output.append(contentsOf: "\\b".utf8)
            case "\u{0C}": output.append(contentsOf: "\\f".utf8)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16, uppercase: false)
                    output.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                } else {
                    output.append(contentsOf: String(scalar).utf8)
                }
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
