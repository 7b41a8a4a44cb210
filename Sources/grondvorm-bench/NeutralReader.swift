import Inference

/// A dedicated reader for the neutral format that works on the bytes directly and feeds the
/// engine's ``RuleBase/Builder`` as it goes: one pass, no intermediate JSON tree, no `String`
/// per name (attribute names, values and rule ids are interned straight from the file's
/// bytes). It accepts any JSON whitespace, keys in any order and every string escape, and
/// rejects anything else with `path:line:column`.
///
/// Grammar (JSON): the rules file is an array of objects with exactly the keys `id`
/// (string), `if` and `then` (arrays of pairs); the facts file is an array of pairs; a
/// pair is an object with exactly the keys `attr` and `value` (strings).
///
/// The mapping onto the engine: every attribute is multi-valued and declared where it first
/// appears (the rules file first, then the facts file, each in file order); a rule's premise
/// is `all` of `contains(attr, value)`; every conclusion has certainty 1.
///
/// The text must be followed by at least ``Files/padding`` zero bytes (as ``Files/map(_:)``
/// guarantees): the reader looks ahead and scans strings eight bytes at a time without
/// checking for the end, and a zero byte is never valid where it stops.
struct NeutralReader: ~Copyable {
    private let start: UnsafePointer<UInt8>
    private let end: UnsafePointer<UInt8>
    private var position: UnsafePointer<UInt8>
    private let path: String
    /// Decoded bytes of the last string that had escapes.
    private var decoded: [UInt8] = []
    /// Recently read attribute names and values.
    private var recentAttributes = RecentNames<AttributeID>(bits: 10)
    private var recentValues = RecentNames<ValueID>(bits: 6)
    /// Where the scout goes on looking for pairs ahead of the parser (see ``scoutAhead(_:in:)``).
    private var scout: UnsafePointer<UInt8>
    /// How many pairs ahead of the parser the scout prefetches.
    private static let scoutDistance = 16
    /// The current rule's conditions and conclusions, interned.
    private var conditions = PairList()
    private var conclusions = PairList()

    private init(_ text: UnsafeRawBufferPointer, path: String) {
        // Files.map always has a base address: the padding follows even an empty file.
        guard let base = text.baseAddress?.assumingMemoryBound(to: UInt8.self) else {
            preconditionFailure("NeutralReader: a text without its padding")
        }
        start = base
        end = base + text.count
        position = base
        scout = base
        self.path = path
    }

    /// Reads a rules file into `builder`.
    ///
    /// - Throws: ``BenchError/malformed(path:line:column:message:)`` for a syntax error,
    ///   ``BenchError/invalidProblem(_:)`` for what the engine rejects (a duplicate rule id).
    /// - Complexity: O(bytes).
    static func readRules(
        _ text: UnsafeRawBufferPointer, path: String, into builder: inout RuleBase.Builder
    ) throws(BenchError) {
        var reader = NeutralReader(text, path: path)
        var more = try reader.beginArray()
        while more {
            if try !reader.compactRule(into: &builder) { try reader.rule(into: &builder) }
            more = try reader.nextElement()
        }
        try reader.finish()
    }

    /// Reads a facts file, declaring its attributes in `builder` and mentioning each fact
    /// (``RuleBase/Builder/mention(_:_:)``), as the C reference interns them.
    ///
    /// - Returns: The facts, as (attribute, value) names.
    /// - Throws: ``BenchError/malformed(path:line:column:message:)``.
    /// - Complexity: O(bytes).
    static func readFacts(
        _ text: UnsafeRawBufferPointer, path: String, into builder: inout RuleBase.Builder
    ) throws(BenchError) -> [(attribute: String, value: String)] {
        var reader = NeutralReader(text, path: path)
        var facts: [(attribute: String, value: String)] = []
        var more = try reader.beginArray()
        while more {
            let pair = try reader.pair(into: &builder, keepingNames: true)
            builder.mention(pair.attribute, pair.value)
            facts.append((pair.attributeName, pair.valueName))
            more = try reader.nextElement()
        }
        try reader.finish()
        return facts
    }

    // MARK: Structure

    /// A rule id as read: in place in the text, or decoded (it had escapes).
    private enum RuleIDText {
        case inPlace(UnsafeRawBufferPointer)
        case decoded(String)

        var text: String {
            switch self {
            case .inPlace(let bytes): return NeutralReader.text(bytes)
            case .decoded(let text): return text
            }
        }
    }

    /// Reads one rule into `builder`.
    ///
    /// When `id` comes first (as the generator writes it), the rule is begun at once and its
    /// pairs go straight to the builder; otherwise they wait in ``conditions`` and
    /// ``conclusions`` until the rule's id is known.
    private mutating func rule(into builder: inout RuleBase.Builder) throws(BenchError) {
        var id: RuleIDText?
        var hasConditions = false
        var hasConclusions = false
        var isStreaming = false
        // A failed `compactRule` of this rule, or of an earlier one, may have left pairs here.
        conditions.removeAll()
        conclusions.removeAll()
        let open = position
        var more = try beginObject()
        do {
            while more {
                let keyStart = position
                let key = try self.key()
                try colon()
                switch key {
                case .id:
                    guard id == nil else { throw error("duplicate key 'id'", at: keyStart) }
                    let stringStart = position
                    let isDecoded = try string { _ in false }
                    let text: RuleIDText
                    if isDecoded {
                        text = .decoded(Self.text(decoded))
                    } else {
                        // The bytes between the quotes, in the text (which outlives the reader).
                        text = .inPlace(
                            UnsafeRawBufferPointer(start: stringStart + 1, count: position - stringStart - 2))
                    }
                    id = text
                    if !hasConditions && !hasConclusions {
                        begin(text, in: &builder)
                        isStreaming = true
                    }
                case .if:
                    guard !hasConditions else { throw error("duplicate key 'if'", at: keyStart) }
                    hasConditions = true
                    if isStreaming { builder.beginAll() }
                    try pairs(into: &builder, conclusions: false, streaming: isStreaming)
                    if isStreaming { builder.endGroup() }
                case .then:
                    guard !hasConclusions else { throw error("duplicate key 'then'", at: keyStart) }
                    hasConclusions = true
                    try pairs(into: &builder, conclusions: true, streaming: isStreaming)
                case .attr, .value, .other:
                    throw error("unknown key '\(key)' in a rule (expected 'id', 'if' and 'then')", at: keyStart)
                }
                more = try nextMember()
            }
            guard let id else { throw error("rule without 'id'", at: open) }
            guard hasConditions else { throw error("rule '\(id.text)' has no 'if'", at: open) }
            guard hasConclusions else { throw error("rule '\(id.text)' has no 'then'", at: open) }
            if !isStreaming {
                begin(id, in: &builder)
                builder.beginAll()
                conditions.withPairs { for (attribute, value) in $0 { builder.contains(attribute, value) } }
                builder.endGroup()
                try conclusions.withPairs { for (attribute, value) in $0 { try builder.conclude(attribute, value) } }
            }
            try builder.endRule()
        } catch let error as RuleBase.Error {
            throw .invalidProblem(error.description)
        } catch let error as BenchError {
            throw error
        } catch {
            throw .invalidProblem("\(error)")
        }
    }

    /// Reads a rule written as the generator writes it,
    /// `{"id": "ID", "if": [PAIR, …], "then": [PAIR, …]}` with no escapes and only ASCII in
    /// `ID` and every pair compact (see ``compactPair(into:)``), and adds it to `builder` in one
    /// call; returns `false`, with nothing read, for any other spelling, which
    /// ``rule(into:)`` then reads in full. Names a failed attempt interned are the ones the
    /// full reading interns first, in the same order, so the result is the same either way.
    ///
    /// - Throws: ``BenchError/invalidProblem(_:)`` for what the engine rejects.
    private mutating func compactRule(into builder: inout RuleBase.Builder) throws(BenchError) -> Bool {
        let open = position
        // `{"id": "` as a little-endian word.
        guard Self.word(open) == 0x2220_3A22_6469_227B else { return false }
        let id = open + 8
        let idEnd = Self.scanASCII(id)
        // `", "if": [` as a word and two bytes.
        guard idEnd[0] == UInt8(ascii: "\""), Self.word(idEnd) == 0x3A22_6669_2220_2C22,
            idEnd[8] == UInt8(ascii: " "), idEnd[9] == UInt8(ascii: "[")
        else { return false }
        let idBytes = UnsafeRawBufferPointer(start: id, count: idEnd - id)
        position = idEnd + 10
        conditions.removeAll()
        conclusions.removeAll()
        guard compactPairs(into: &builder, conclusions: false),
            // `, "then": [` as a word and three bytes.
            Self.word(position) == 0x226E_6568_7422_202C, position[8] == UInt8(ascii: ":"),
            position[9] == UInt8(ascii: " "), position[10] == UInt8(ascii: "["), position + 10 < end
        else {
            position = open
            return false
        }
        position += 11
        guard compactPairs(into: &builder, conclusions: true), position[0] == UInt8(ascii: "}"), position < end,
            !conclusions.isEmpty
        else {
            position = open
            return false
        }
        position += 1
        do {
            try conditions.withPairs { conditions in
                try conclusions.withPairs { conclusions in
                    try builder.addRule(id: idBytes, allContaining: conditions, concluding: conclusions)
                }
            }
        } catch let error as RuleBase.Error {
            throw .invalidProblem(error.description)
        } catch {
            throw .invalidProblem("\(error)")
        }
        return true
    }

    /// After `[`: reads compact pairs separated by `, ` and the closing `]` into
    /// ``conclusions`` or ``conditions``; `false` when anything is spelled otherwise (the
    /// caller then starts over).
    @inline(__always)
    private mutating func compactPairs(into builder: inout RuleBase.Builder, conclusions isConclusion: Bool) -> Bool {
        while true {
            guard let pair = compactPair(into: &builder) else { return false }
            if isConclusion { conclusions.append(pair) } else { conditions.append(pair) }
            switch position[0] {
            case UInt8(ascii: ","):
                guard position[1] == UInt8(ascii: " ") else { return false }
                position += 2
            case UInt8(ascii: "]"):
                position += 1
                return true
            default:
                return false
            }
        }
    }

    private func begin(_ id: RuleIDText, in builder: inout RuleBase.Builder) {
        switch id {
        case .inPlace(let bytes): builder.beginRule(id: bytes)
        case .decoded(let text): builder.beginRule(id: text)
        }
    }

    private mutating func pairs(into builder: inout RuleBase.Builder, conclusions isConclusion: Bool, streaming: Bool)
        throws
    {
        var more = try beginArray()
        while more {
            let pair = try pair(into: &builder, keepingNames: false)
            if streaming {
                if isConclusion {
                    try builder.conclude(pair.attribute, pair.value)
                } else {
                    builder.contains(pair.attribute, pair.value)
                }
            } else if isConclusion {
                conclusions.append((pair.attribute, pair.value))
            } else {
                conditions.append((pair.attribute, pair.value))
            }
            more = try nextElement()
        }
    }

    /// A pair as read: interned, and (for facts) its names.
    private struct PairRead {
        var attribute: AttributeID
        var value: ValueID
        var attributeName = ""
        var valueName = ""
    }

    /// Reads a pair written as the generator writes it, `{"attr": "A", "value": "V"}` with
    /// no escapes in `A` or `V`, and interns it; `nil` (having read nothing) for any other
    /// spelling, which ``pair(into:keepingNames:)`` then reads in full.
    ///
    /// Every look-ahead stays within the padding: each step only reads on after a byte that
    /// is not the padding's zero.
    @inline(__always)
    private mutating func compactPair(into builder: inout RuleBase.Builder) -> (AttributeID, ValueID)? {
        let open = position
        if scout <= open {
            scout = open + 1
            scoutAhead(Self.scoutDistance, in: &builder)
        } else {
            scoutAhead(1, in: &builder)
        }
        // `{"attr":` as a little-endian word, then ` "`.
        guard Self.word(open) == 0x3A22_7274_7461_227B, open[8] == UInt8(ascii: " "), open[9] == UInt8(ascii: "\"")
        else { return nil }
        let attribute = open + 10
        let attributeEnd = Self.scanASCII(attribute)
        // `, "value": "` as a word and a half-word.
        guard attributeEnd[0] == UInt8(ascii: "\""), Self.word(attributeEnd + 1) == 0x6575_6C61_7622_202C,
            Self.halfWord(attributeEnd + 9) == 0x2220_3A22
        else { return nil }
        let value = attributeEnd + 13
        let valueEnd = Self.scanASCII(value)
        guard valueEnd[0] == UInt8(ascii: "\""), valueEnd[1] == UInt8(ascii: "}"), valueEnd < end else { return nil }
        let attributeBytes = UnsafeRawBufferPointer(start: attribute, count: attributeEnd - attribute)
        let valueBytes = UnsafeRawBufferPointer(start: value, count: valueEnd - value)
        position = valueEnd + 2
        let attributeID = recentAttributes.id(of: attributeBytes) { name in
            let attribute = builder.attribute(named: name, cardinality: .multiple)
            // Not read recently, so where its values are found is likely not in the cache:
            // the rule is added once all its pairs are read, and by then it is.
            builder.prefetchValues(of: attribute)
            return attribute
        }
        return (attributeID, recentValues.id(of: valueBytes) { builder.symbol($0) })
    }

    /// Finds the next `pairs` pairs after ``scout`` written as the generator writes them and
    /// has `builder` prefetch the lookup of their attributes, so that by the time the parser
    /// reaches them that memory is in the cache (as the C reference prefetches its table
    /// slots). Only a hint: what it skips or misreads costs a cache miss later, never a
    /// different result.
    @inline(__always)
    private mutating func scoutAhead(_ pairs: Int, in builder: inout RuleBase.Builder) {
        var remaining = pairs
        var next = scout
        while remaining > 0 {
            guard let open = Self.nextBrace(from: next, end: end) else {
                scout = end
                return
            }
            next = open + 1
            // As in `compactPair`: each read stays within the padding.
            guard Self.word(open) == 0x3A22_7274_7461_227B, open[8] == UInt8(ascii: " "),
                open[9] == UInt8(ascii: "\"")
            else { continue }
            let attribute = open + 10
            let attributeEnd = Self.scan(attribute)
            guard attributeEnd[0] == UInt8(ascii: "\"") else { continue }
            builder.prefetchAttribute(named: UnsafeRawBufferPointer(start: attribute, count: attributeEnd - attribute))
            next = attributeEnd
            remaining -= 1
        }
        scout = next
    }

    /// The first `{` at or after `from` and before `end`, eight bytes at a time (the
    /// padding makes the last word safe to read).
    @inline(__always)
    private static func nextBrace(from: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>) -> UnsafePointer<UInt8>? {
        let ones: UInt64 = 0x0101_0101_0101_0101
        var pointer = from
        while pointer < end {
            let braces = word(pointer) ^ (0x7B &* ones)
            let found = (braces &- ones) & ~braces & 0x8080_8080_8080_8080
            if found != 0 {
                let brace = pointer + found.trailingZeroBitCount / 8
                return brace < end ? brace : nil
            }
            pointer += 8
        }
        return nil
    }

    @inline(__always)
    private static func word(_ pointer: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
    }

    @inline(__always)
    private static func halfWord(_ pointer: UnsafePointer<UInt8>) -> UInt32 {
        UInt32(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt32.self))
    }

    /// Reads a pair, interning its attribute (multi-valued) and value in `builder`.
    private mutating func pair(into builder: inout RuleBase.Builder, keepingNames: Bool) throws(BenchError)
        -> PairRead
    {
        if !keepingNames, let (attribute, value) = compactPair(into: &builder) {
            return PairRead(attribute: attribute, value: value)
        }
        var attribute: AttributeID?
        var value: ValueID?
        var attributeName = ""
        var valueName = ""
        let open = position
        var more = try beginObject()
        while more {
            let keyStart = position
            let key = try self.key()
            try colon()
            switch key {
            case .attr:
                guard attribute == nil else { throw error("duplicate key 'attr'", at: keyStart) }
                attribute = try string { bytes in
                    if keepingNames { attributeName = Self.text(bytes) }
                    return builder.attribute(named: bytes, cardinality: .multiple)
                }
            case .value:
                guard value == nil else { throw error("duplicate key 'value'", at: keyStart) }
                value = try string { bytes in
                    if keepingNames { valueName = Self.text(bytes) }
                    return builder.symbol(bytes)
                }
            case .id, .if, .then, .other:
                throw error("unknown key '\(key)' in a pair (expected 'attr' and 'value')", at: keyStart)
            }
            more = try nextMember()
        }
        guard let attribute else { throw error("pair without 'attr'", at: open) }
        guard let value else { throw error("pair without 'value'", at: open) }
        return PairRead(attribute: attribute, value: value, attributeName: attributeName, valueName: valueName)
    }

    private static func text(_ bytes: UnsafeRawBufferPointer) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    private static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
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

    /// Reads a key: the usual spellings are matched on their bytes (the padding makes the
    /// look-ahead safe); anything else goes through ``string()``.
    private mutating func key() throws(BenchError) -> Key {
        let p = position
        if p[0] == UInt8(ascii: "\"") {
            switch p[1] {
            case UInt8(ascii: "i"):
                if p[3] == UInt8(ascii: "\"") {
                    if p[2] == UInt8(ascii: "d") { position += 4; return .id }
                    if p[2] == UInt8(ascii: "f") { position += 4; return .if }
                }
            case UInt8(ascii: "t"):
                if p[2] == UInt8(ascii: "h"), p[3] == UInt8(ascii: "e"), p[4] == UInt8(ascii: "n"),
                    p[5] == UInt8(ascii: "\"")
                {
                    position += 6
                    return .then
                }
            case UInt8(ascii: "a"):
                if p[2] == UInt8(ascii: "t"), p[3] == UInt8(ascii: "t"), p[4] == UInt8(ascii: "r"),
                    p[5] == UInt8(ascii: "\"")
                {
                    position += 6
                    return .attr
                }
            case UInt8(ascii: "v"):
                if p[2] == UInt8(ascii: "a"), p[3] == UInt8(ascii: "l"), p[4] == UInt8(ascii: "u"),
                    p[5] == UInt8(ascii: "e"), p[6] == UInt8(ascii: "\"")
                {
                    position += 7
                    return .value
                }
            default:
                break
            }
        }
        let text = try string { Self.text($0) }
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
    @inline(__always)
    private mutating func beginArray() throws(BenchError) -> Bool {
        try begin(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), "expected '['")
    }

    /// After an element: reads `,` (another element follows) or `]` (the array ends).
    @inline(__always)
    private mutating func nextElement() throws(BenchError) -> Bool {
        try next(close: UInt8(ascii: "]"))
    }

    /// Reads `{`; returns whether a member follows (`false` for `{}`).
    @inline(__always)
    private mutating func beginObject() throws(BenchError) -> Bool {
        try begin(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), "expected '{'")
    }

    /// After a member: reads `,` (another member follows) or `}` (the object ends).
    @inline(__always)
    private mutating func nextMember() throws(BenchError) -> Bool {
        try next(close: UInt8(ascii: "}"))
    }

    /// Reads the `open` bracket (or fails with `message`); returns whether something follows
    /// before `close`.
    @inline(__always)
    private mutating func begin(open: UInt8, close: UInt8, _ message: StaticString) throws(BenchError) -> Bool {
        skipWhitespace()
        try expect(open, message)
        skipWhitespace()
        if position[0] == close, position < end {
            position += 1
            return false
        }
        return true
    }

    /// After an element or member: reads `,` (another follows) or `close` (the container ends).
    @inline(__always)
    private mutating func next(close: UInt8) throws(BenchError) -> Bool {
        skipWhitespace()
        if position < end {
            switch position[0] {
            case UInt8(ascii: ","):
                position += 1
                skipWhitespace()
                return true
            case close:
                position += 1
                return false
            default:
                break
            }
        }
        throw expectedCommaOr(close)
    }

    private func expectedCommaOr(_ close: UInt8) -> BenchError {
        error("expected ',' or '\(Character(Unicode.Scalar(close)))'", at: position)
    }

    /// The `:` between a key and its value, with the white space around it.
    @inline(__always)
    private mutating func colon() throws(BenchError) {
        skipWhitespace()
        try expect(UInt8(ascii: ":"), "expected ':' after a key")
        skipWhitespace()
    }

    /// Reads a string literal and hands its UTF-8 bytes to `body`: in place for a string
    /// without escapes, else decoded into ``decoded``. The bytes are valid only during `body`.
    @inline(__always)
    private mutating func string<Result>(_ body: (UnsafeRawBufferPointer) -> Result) throws(BenchError) -> Result {
        let open = position
        try expect(UInt8(ascii: "\""), "expected a string")
        let contents = position
        let stop = Self.scan(contents)
        guard stop < end else { throw error("unterminated string", at: open) }
        switch stop[0] {
        case UInt8(ascii: "\""):
            position = stop + 1
            let bytes = UnsafeRawBufferPointer(start: contents, count: stop - contents)
            try validate(bytes, at: contents)
            return body(bytes)
        case UInt8(ascii: "\\"):
            try decodeEscapes(from: contents, at: stop)
            let isValid = decoded.withUnsafeBytes { Self.isValidUTF8($0) }
            guard isValid else { throw error("invalid UTF-8 in a string", at: contents) }
            return decoded.withUnsafeBytes(body)
        default:
            throw error("control character in a string", at: stop)
        }
    }

    /// The first `"`, `\`, control byte or byte of a multi-byte character (0x80 and above) at or
    /// after `from` (see ``scan(_:beyondASCII:)``): where a string of plain ASCII text, as the
    /// fast paths take, ends or stops being one.
    @inline(__always)
    private static func scanASCII(_ from: UnsafePointer<UInt8>) -> UnsafePointer<UInt8> {
        scan(from, beyondASCII: true)
    }

    /// The first `"`, `\` or control byte at or after `from` (with `beyondASCII`, also the first
    /// byte of 0x80 and above), eight bytes at a time (the padding's zero bytes stop it).
    @inline(__always)
    private static func scan(_ from: UnsafePointer<UInt8>, beyondASCII: Bool = false) -> UnsafePointer<UInt8> {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        var pointer = from
        while true {
            let word = UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
            let quote = word ^ (0x22 &* ones)
            let backslash = word ^ (0x5C &* ones)
            let found =
                ((quote &- ones) & ~quote & high) | ((backslash &- ones) & ~backslash & high)
                | ((word &- 0x20 &* ones) & ~word & high) | (beyondASCII ? word & high : 0)
            if found != 0 { return pointer + found.trailingZeroBitCount / 8 }
            pointer += 8
        }
    }

    /// Decodes a string with escapes into ``decoded``: `contents` is its first byte, `stop`
    /// its first backslash; leaves `position` after the closing quote.
    private mutating func decodeEscapes(from contents: UnsafePointer<UInt8>, at stop: UnsafePointer<UInt8>)
        throws(BenchError)
    {
        decoded.removeAll(keepingCapacity: true)
        decoded.append(contentsOf: UnsafeBufferPointer(start: contents, count: stop - contents))
        position = stop
        while position < end {
            let byte = position[0]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return
            case UInt8(ascii: "\\"):
                position += 1
                guard position < end else { break }
                let escape = position[0]
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escape)
                case UInt8(ascii: "b"): decoded.append(0x08)
                case UInt8(ascii: "f"): decoded.append(0x0C)
                case UInt8(ascii: "n"): decoded.append(0x0A)
                case UInt8(ascii: "r"): decoded.append(0x0D)
                case UInt8(ascii: "t"): decoded.append(0x09)
                case UInt8(ascii: "u"): decoded.append(contentsOf: try unicodeEscape())
                default: throw error("invalid escape '\\\(Character(Unicode.Scalar(escape)))'", at: position - 2)
                }
            case 0..<0x20:
                throw error("control character in a string", at: position)
            default:
                decoded.append(byte)
                position += 1
            }
        }
        throw error("unterminated string", at: contents - 1)
    }

    /// After `\u`: four hex digits, and a second `\uXXXX` for a surrogate pair.
    private mutating func unicodeEscape() throws(BenchError) -> [UInt8] {
        let escapeStart = position - 2
        var code = try hex4()
        if (0xD800...0xDBFF).contains(code) {
            guard position + 1 < end, position[0] == UInt8(ascii: "\\"), position[1] == UInt8(ascii: "u")
            else { throw error("unpaired surrogate in '\\u' escape", at: escapeStart) }
            position += 2
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else {
                throw error("unpaired surrogate in '\\u' escape", at: escapeStart)
            }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(code) {
            throw error("unpaired surrogate in '\\u' escape", at: escapeStart)
        }
        guard let scalar = Unicode.Scalar(code) else { throw error("invalid '\\u' escape", at: escapeStart) }
        return Array(String(Character(scalar)).utf8)
    }

    private mutating func hex4() throws(BenchError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard position < end else { throw error("incomplete '\\u' escape", at: position) }
            let byte = position[0]
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

    /// Rejects a string whose bytes are not valid UTF-8.
    private func validate(_ bytes: UnsafeRawBufferPointer, at contents: UnsafePointer<UInt8>) throws(BenchError) {
        guard Self.isValidUTF8(bytes) else { throw error("invalid UTF-8 in a string", at: contents) }
    }

    /// Whether `bytes` are valid UTF-8; ASCII, the usual case, is checked eight bytes at a time.
    @inline(__always)
    private static func isValidUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        isASCII(bytes) || String(validating: bytes, as: UTF8.self) != nil
    }

    /// Whether every byte is below 0x80, eight bytes at a time.
    @inline(__always)
    private static func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        var high: UInt64 = 0
        while offset + 8 <= bytes.count {
            high |= bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            offset += 8
        }
        while offset < bytes.count {
            high |= UInt64(bytes[offset])
            offset += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    private mutating func finish() throws(BenchError) {
        skipWhitespace()
        guard position == end else { throw error("unexpected text after the array", at: position) }
    }

    @inline(__always)
    private mutating func expect(_ byte: UInt8, _ message: StaticString) throws(BenchError) {
        guard position[0] == byte, position < end else { throw unexpected(message) }
        position += 1
    }

    private func unexpected(_ message: StaticString) -> BenchError {
        let text = message.description
        guard position < end else { return error("\(text), found the end of the file", at: position) }
        return error(text, at: position)
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while true {
            switch position[0] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    /// An error at `pointer`, with its 1-based line and column (in bytes).
    private func error(_ message: String, at pointer: UnsafePointer<UInt8>) -> BenchError {
        let offset = min(pointer, end) - start
        var line = 1
        var lineStart = 0
        for index in 0..<offset where start[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return .malformed(path: path, line: line, column: offset - lineStart + 1, message: message)
    }
}
