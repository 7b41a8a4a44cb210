/// A strict JSON (RFC 8259) reader that reports the line and column of the first problem.
///
/// It accepts exactly one value surrounded by optional white space, rejects duplicate keys,
/// control characters in strings, invalid UTF-8, leading zeros, and nesting deeper than
/// ``maximumDepth`` (so hostile input cannot exhaust the stack).
public enum JSONParser {
    /// The deepest nesting of arrays and objects accepted.
    public static let maximumDepth = 512

    /// Parses a UTF-8 JSON text.
    ///
    /// - Parameter bytes: The text's bytes. A leading UTF-8 byte-order mark is skipped.
    /// - Returns: The value.
    /// - Throws: ``JSONError`` with the line and column of the first problem.
    /// - Complexity: O(*n*) in the length of the text.
    public static func parse(_ bytes: [UInt8]) throws(JSONError) -> JSONValue {
        var reader = Reader(bytes: bytes)
        return try reader.document()
    }

    /// Parses a JSON text.
    public static func parse(_ text: String) throws(JSONError) -> JSONValue {
        try parse(Array(text.utf8))
    }
}

private struct Reader {
    let bytes: [UInt8]
    var index = 0
    var line = 1
    var lineStart = 0
    var depth = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            index = 3
            lineStart = 3
        }
    }

    mutating func document() throws(JSONError) -> JSONValue {
        skipWhitespace()
        guard index < bytes.count else { throw error("expected a JSON value but the text is empty") }
        let result = try value()
        skipWhitespace()
        guard index == bytes.count else { throw error("unexpected \(describeCurrent()) after the JSON value") }
        return result
    }

    func error(_ message: String, at position: Int? = nil) -> JSONError {
        let position = position ?? index
        // The line start is tracked as we go; positions before it only occur for the current line.
        return JSONError(line: line, column: position - lineStart + 1, message: message)
    }

    func describeCurrent() -> String {
        guard index < bytes.count else { return "end of text" }
        let byte = bytes[index]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        if byte == 0x20 { return "a space" }
        return "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D:
                index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default:
                return
            }
        }
    }

    mutating func value() throws(JSONError) -> JSONValue {
        guard index < bytes.count else { throw error("unexpected end of text; expected a value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw error("unexpected \(describeCurrent()); expected a value")
        }
    }

    mutating func literal(_ word: String) throws(JSONError) {
        let start = index
        for byte in word.utf8 {
            guard index < bytes.count, bytes[index] == byte else {
                throw error("invalid literal; expected '\(word)'", at: start)
            }
            index += 1
        }
    }

    mutating func enter() throws(JSONError) {
        depth += 1
        if depth > JSONParser.maximumDepth {
            throw error("nesting deeper than \(JSONParser.maximumDepth) levels")
        }
    }

    mutating func object() throws(JSONError) -> JSONValue {
        try enter()
        index += 1
        var result = JSONObject()
        var seen: Set<String> = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return .object(result)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw error("unexpected \(describeCurrent()); expected a string key")
            }
            let keyStart = index
            let key = try string()
            guard seen.insert(key).inserted else { throw error("duplicate key '\(key)'", at: keyStart) }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw error("unexpected \(describeCurrent()); expected ':' after the key '\(key)'")
            }
            index += 1
            skipWhitespace()
            result[key] = try value()
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of text; expected ',' or '}'") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                depth -= 1
                return .object(result)
            }
            throw error("unexpected \(describeCurrent()); expected ',' or '}' after an object member")
        }
    }

    mutating func array() throws(JSONError) -> JSONValue {
        try enter()
        index += 1
        var result: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return .array(result)
        }
        while true {
            skipWhitespace()
            result.append(try value())
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of text; expected ',' or ']'") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                depth -= 1
                return .array(result)
            }
            throw error("unexpected \(describeCurrent()); expected ',' or ']' after an array element")
        }
    }

    mutating func number() throws(JSONError) -> Double {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else {
            throw error("invalid number; expected a digit", at: index)
        }
        if bytes[index] == UInt8(ascii: "0"), index + 1 < bytes.count, isDigit(bytes[index + 1]) {
            throw error("invalid number; leading zeros are not allowed", at: start)
        }
        var isIntegral = true
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isIntegral = false
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw error("invalid number; expected a digit after '.'")
            }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isIntegral = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw error("invalid number; expected a digit in the exponent")
            }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        let digits = bytes[start..<index]
        if isIntegral, digits.count <= 15 {
            var magnitude = 0
            var negative = false
            for byte in digits {
                if byte == UInt8(ascii: "-") {
                    negative = true
                } else {
                    magnitude = magnitude * 10 + Int(byte - UInt8(ascii: "0"))
                }
            }
            return Double(negative ? -magnitude : magnitude)
        }
        let text = String(decoding: digits, as: UTF8.self)
        guard let parsed = Double(text), parsed.isFinite else {
            throw error("number '\(text)' is out of range", at: start)
        }
        return parsed
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    mutating func string() throws(JSONError) -> String {
        let start = index
        index += 1
        var runStart = index
        var result = ""
        while true {
            guard index < bytes.count else { throw error("unterminated string", at: start) }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                try appendRun(from: runStart, to: index, into: &result)
                index += 1
                return result
            }
            if byte < 0x20 {
                throw error(
                    byte == 0x0A ? "unterminated string" : "control character in a string; escape it", at: index)
            }
            if byte == UInt8(ascii: "\\") {
                try appendRun(from: runStart, to: index, into: &result)
                try escape(into: &result)
                runStart = index
                continue
            }
            index += 1
        }
    }

    mutating func appendRun(from start: Int, to end: Int, into result: inout String) throws(JSONError) {
        guard start < end else { return }
        let slice = bytes[start..<end]
        if slice.allSatisfy({ $0 < 0x80 }) {
            result += String(decoding: slice, as: UTF8.self)
            return
        }
        guard let text = String(validating: slice, as: UTF8.self) else {
            throw error("string is not valid UTF-8", at: start)
        }
        result += text
    }

    mutating func escape(into result: inout String) throws(JSONError) {
        let start = index
        index += 1
        guard index < bytes.count else { throw error("unterminated string", at: start) }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): result += "\""
        case UInt8(ascii: "\\"): result += "\\"
        case UInt8(ascii: "/"): result += "/"
        case UInt8(ascii: "b"): result += "\u{08}"
        case UInt8(ascii: "f"): result += "\u{0C}"
        case UInt8(ascii: "n"): result += "\n"
        case UInt8(ascii: "r"): result += "\r"
        case UInt8(ascii: "t"): result += "\t"
        case UInt8(ascii: "u"):
            let first = try hex4(escapeStart: start)
            if (0xD800...0xDBFF).contains(first) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                else { throw error("unpaired surrogate in \\u escape", at: start) }
                index += 2
                let second = try hex4(escapeStart: start)
                guard (0xDC00...0xDFFF).contains(second) else {
                    throw error("unpaired surrogate in \\u escape", at: start)
                }
                let combined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                guard let scalar = Unicode.Scalar(combined) else { throw error("invalid \\u escape", at: start) }
                result.unicodeScalars.append(scalar)
            } else {
                guard let scalar = Unicode.Scalar(first) else {
                    throw error("unpaired surrogate in \\u escape", at: start)
                }
                result.unicodeScalars.append(scalar)
            }
        default:
            throw error("invalid escape '\\\(Character(Unicode.Scalar(byte)))' in a string", at: start)
        }
    }

    mutating func hex4(escapeStart: Int) throws(JSONError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else {
                throw error("invalid \\u escape; expected four hex digits", at: escapeStart)
            }
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("invalid \\u escape; expected four hex digits", at: escapeStart)
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }
}
