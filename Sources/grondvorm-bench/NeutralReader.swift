/// A dedicated reader for the neutral format that works on the bytes directly: one pass,
/// no intermediate JSON tree. It accepts any JSON whitespace, keys in any order and every
/// string escape, and rejects anything else with `path:line:column`.
///
/// Grammar (JSON): the rules file is an array of objects with exactly the keys `id`
/// (string), `if` and `then` (arrays of pairs); the facts file is an array of pairs; a
/// pair is an object with exactly the keys `attr` and `value` (strings).
struct NeutralReader {
    private let bytes: [UInt8]
    private let path: String
    private var position = 0

    private init(bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
    }

    /// Parses the contents of a rules file read from `path`.
    ///
    /// - Throws: ``BenchError/malformed(path:line:column:message:)``.
    /// - Complexity: O(bytes).
    static func rules(_ bytes: [UInt8], path: String) throws(BenchError) -> [NeutralRule] {
        var reader = NeutralReader(bytes: bytes, path: path)
        var rules: [NeutralRule] = []
        rules.reserveCapacity(bytes.count / 80)
        var more = try reader.beginArray()
        while more {
            rules.append(try reader.rule())
            more = try reader.nextElement()
        }
        try reader.end()
        return rules
    }

    /// Parses the contents of a facts file read from `path`.
    ///
    /// - Throws: ``BenchError/malformed(path:line:column:message:)``.
    /// - Complexity: O(bytes).
    static func facts(_ bytes: [UInt8], path: String) throws(BenchError) -> [Pair] {
        var reader = NeutralReader(bytes: bytes, path: path)
        let facts = try reader.pairs()
        try reader.end()
        return facts
    }

    // MARK: Structure
    //
    // Plain loops rather than closures per element: closures that capture the partial
    // results make the compiler box them, which costs a metadata lookup and an allocation
    // per rule.

    private mutating func rule() throws(BenchError) -> NeutralRule {
        var id: String?
        var conditions: [Pair]?
        var conclusions: [Pair]?
        let open = position
        var more = try beginObject()
        while more {
            let start = position
            let key = try key()
            try colon()
            switch key {
            case .id:
                guard id == nil else { throw error("duplicate key 'id'", at: start) }
                id = try string()
            case .if:
                guard conditions == nil else { throw error("duplicate key 'if'", at: start) }
                conditions = try pairs()
            case .then:
                guard conclusions == nil else { throw error("duplicate key 'then'", at: start) }
                conclusions = try pairs()
            case .attr, .value, .other:
                throw error("unknown key '\(key)' in a rule (expected 'id', 'if' and 'then')", at: start)
            }
            more = try nextMember()
        }
        guard let id else { throw error("rule without 'id'", at: open) }
        guard let conditions else { throw error("rule '\(id)' has no 'if'", at: open) }
        guard let conclusions else { throw error("rule '\(id)' has no 'then'", at: open) }
        return NeutralRule(id: id, conditions: conditions, conclusions: conclusions)
    }

    private mutating func pairs() throws(BenchError) -> [Pair] {
        var result: [Pair] = []
        var more = try beginArray()
        while more {
            result.append(try pair())
            more = try nextElement()
        }
        return result
    }

    private mutating func pair() throws(BenchError) -> Pair {
        var attribute: String?
        var value: String?
        let open = position
        var more = try beginObject()
        while more {
            let start = position
            let key = try key()
            try colon()
            switch key {
            case .attr:
                guard attribute == nil else { throw error("duplicate key 'attr'", at: start) }
                attribute = try string()
            case .value:
                guard value == nil else { throw error("duplicate key 'value'", at: start) }
                value = try string()
            case .id, .if, .then, .other:
                throw error("unknown key '\(key)' in a pair (expected 'attr' and 'value')", at: start)
            }
            more = try nextMember()
        }
        guard let attribute else { throw error("pair without 'attr'", at: open) }
        guard let value else { throw error("pair without 'value'", at: open) }
        return Pair(attribute: attribute, value: value)
    }

    // MARK: JSON syntax

    /// An object key of the neutral format, recognised from its bytes without making a
    /// `String` (only an unknown key becomes one, for its error message).
    private enum Key: CustomStringConvertible {
        case id, `if`, then, attr, value
        case other(String)

        var description: String {
            switch self {
            case .id: return "id"
            case .if: return "if"
            case .then: return "then"
            case .attr: return "attr"
            case .value: return "value"
            case .other(let text): return text
            }
        }
    }

    /// Whether the bytes at `offset` spell `literal` (an ASCII literal that fits).
    private func matches(_ literal: StaticString, at offset: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        let start = literal.utf8Start
        for index in 0..<count where bytes[offset + index] != start[index] { return false }
        return true
    }

    /// Reads a key: a plain key is matched on its bytes; one with escapes goes through
    /// ``string()``.
    private mutating func key() throws(BenchError) -> Key {
        let open = position
        if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
            var end = position + 1
            while end < bytes.count, end - position <= 6, bytes[end] != UInt8(ascii: "\""),
                bytes[end] != UInt8(ascii: "\\")
            {
                end += 1
            }
            if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
                let key: Key?
                switch end - position - 1 {
                case 2 where matches("id", at: open + 1): key = .id
                case 2 where matches("if", at: open + 1): key = .if
                case 4 where matches("then", at: open + 1): key = .then
                case 4 where matches("attr", at: open + 1): key = .attr
                case 5 where matches("value", at: open + 1): key = .value
                default: key = nil
                }
                if let key {
                    position = end + 1
                    return key
                }
            }
        }
        let text = try string()
        switch text {
        case "id": return .id
        case "if": return .if
        case "then": return .then
        case "attr": return .attr
        case "value": return .value
        default: return .other(text)
        }
    }

    /// Reads `[`; returns whether an element follows (`false` for `[]`).
    private mutating func beginArray() throws(BenchError) -> Bool {
        try begin(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), "expected '['")
    }

    /// After an element: reads `,` (another element follows) or `]` (the array ends).
    private mutating func nextElement() throws(BenchError) -> Bool {
        try next(close: UInt8(ascii: "]"))
    }

    /// Reads `{`; returns whether a member follows (`false` for `{}`).
    private mutating func beginObject() throws(BenchError) -> Bool {
        try begin(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), "expected '{'")
    }

    /// After a member: reads `,` (another member follows) or `}` (the object ends).
    private mutating func nextMember() throws(BenchError) -> Bool {
        try next(close: UInt8(ascii: "}"))
    }

    /// Reads the `open` bracket (or fails with `message`); returns whether something follows
    /// before `close`.
    private mutating func begin(open: UInt8, close: UInt8, _ message: String) throws(BenchError) -> Bool {
        skipWhitespace()
        try expect(open, message)
        skipWhitespace()
        if peek() == close {
            position += 1
            return false
        }
        return true
    }

    /// After an element or member: reads `,` (another follows) or `close` (the container ends).
    private mutating func next(close: UInt8) throws(BenchError) -> Bool {
        skipWhitespace()
        switch peek() {
        case UInt8(ascii: ","):
            position += 1
            skipWhitespace()
            return true
        case close:
            position += 1
            return false
        default: throw error("expected ',' or '\(Character(Unicode.Scalar(close)))'", at: position)
        }
    }

    /// The `:` between a key and its value, with the white space around it.
    private mutating func colon() throws(BenchError) {
        skipWhitespace()
        try expect(UInt8(ascii: ":"), "expected ':' after a key")
        skipWhitespace()
    }

    /// A string literal; the fast path copies an escape-free run of bytes once.
    private mutating func string() throws(BenchError) -> String {
        let open = position
        try expect(UInt8(ascii: "\""), "expected a string")
        let start = position
        var isASCII = true
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text = try decode(bytes[start..<position], at: start, isASCII: isASCII)
                position += 1
                return text
            }
            if byte >= 0x80 { isASCII = false }
            if byte == UInt8(ascii: "\\") { return try escapedString(from: start) }
            if byte < 0x20 { throw error("control character in a string", at: position) }
            position += 1
        }
        throw error("unterminated string", at: open)
    }

    /// The slow path for strings with escapes: `position` is at the first backslash.
    private mutating func escapedString(from start: Int) throws(BenchError) -> String {
        var utf8 = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return try decode(utf8[...], at: start, isASCII: false)
            case UInt8(ascii: "\\"):
                position += 1
                guard position < bytes.count else { break }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"): utf8.append(contentsOf: try unicodeEscape())
                default: throw error("invalid escape '\\\(Character(Unicode.Scalar(escape)))'", at: position - 2)
                }
            case 0..<0x20:
                throw error("control character in a string", at: position)
            default:
                utf8.append(byte)
                position += 1
            }
        }
        throw error("unterminated string", at: start - 1)
    }

    /// After `\u`: four hex digits, and a second `\uXXXX` for a surrogate pair.
    private mutating func unicodeEscape() throws(BenchError) -> [UInt8] {
        let start = position - 2
        var code = try hex4()
        if (0xD800...0xDBFF).contains(code) {
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                bytes[position + 1] == UInt8(ascii: "u")
            else { throw error("unpaired surrogate in '\\u' escape", at: start) }
            position += 2
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw error("unpaired surrogate in '\\u' escape", at: start) }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(code) {
            throw error("unpaired surrogate in '\\u' escape", at: start)
        }
        guard let scalar = Unicode.Scalar(code) else { throw error("invalid '\\u' escape", at: start) }
        return Array(String(Character(scalar)).utf8)
    }

    private mutating func hex4() throws(BenchError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard position < bytes.count else { throw error("incomplete '\\u' escape", at: position) }
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error("expected a hex digit in '\\u' escape", at: position)
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    /// The text of a string's UTF-8 bytes: ASCII (checked while scanning) is taken as is,
    /// anything else is validated.
    private func decode(_ utf8: ArraySlice<UInt8>, at start: Int, isASCII: Bool) throws(BenchError) -> String {
        let text: String? = utf8.withUnsafeBufferPointer { buffer in
            isASCII ? String(decoding: buffer, as: UTF8.self) : String(validating: buffer, as: UTF8.self)
        }
        guard let text else { throw error("invalid UTF-8 in a string", at: start) }
        return text
    }

    private mutating func end() throws(BenchError) {
        skipWhitespace()
        guard position == bytes.count else { throw error("unexpected text after the array", at: position) }
    }

    private mutating func expect(_ byte: UInt8, _ message: String) throws(BenchError) {
        guard position < bytes.count else { throw error("\(message), found the end of the file", at: position) }
        guard bytes[position] == byte else { throw error(message, at: position) }
        position += 1
    }

    private func peek() -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    /// An error at byte `offset`, with its 1-based line and column (in bytes).
    private func error(_ message: String, at offset: Int) -> BenchError {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return .malformed(path: path, line: line, column: offset - lineStart + 1, message: message)
    }
}
