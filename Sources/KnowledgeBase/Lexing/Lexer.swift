/// Splits a knowledge file into lexed lines.
///
/// Blank lines and comment lines are dropped. Each line gets at most one lexical diagnostic (the
/// first problem on it); lexing then goes on so the parser still sees the line's tokens:
/// an unterminated string runs to the end of the line, an unexpected character is skipped, a tab
/// counts as two spaces of indentation, and a line indented too deep is treated as one level
/// deeper than the line above.
enum Lexer {
    /// Lexes `source`, the file with index `file`, reporting problems into `problems`.
    ///
    /// - Complexity: O(n) in the file's size.
    static func lex(_ source: SourceText, file: Int, problems: inout Problems) -> [LexedLine] {
        var result: [LexedLine] = []
        var previousLevel = -1
        source.bytes.withUnsafeBufferPointer { bytes in
            for (offset, range) in source.lines.enumerated() {
                var scanner = LineScanner(bytes: bytes, range: range, file: file, line: offset + 1)
                guard let tokens = scanner.scan() else { continue }
                var level = scanner.indentation / 2
                let isMisindented =
                    scanner.indentation % 2 == 1 || level > previousLevel + 1 || scanner.hasTabIndentation
                if scanner.problem == nil, scanner.indentation % 2 == 1 {
                    scanner.report(.oddIndentation(spaces: scanner.indentation), column: 1, length: scanner.indentation)
                }
                if level > previousLevel + 1 {
                    if scanner.problem == nil {
                        let problem: LexicalProblem =
                            previousLevel < 0
                            ? .indentedFirstLine : .indentedTooDeep(maximumSpaces: (previousLevel + 1) * 2)
                        scanner.report(problem, column: 1, length: scanner.indentation)
                    }
                    level = previousLevel + 1
                }
                previousLevel = level
                if let problem = scanner.problem { problems.add(problem) }
                result.append(LexedLine(number: offset + 1, level: level, tokens: tokens, isMisindented: isMisindented))
            }
        }
        return result
    }
}

/// Scans one line's bytes into tokens.
private struct LineScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let range: Range<Int>
    let file: Int
    let line: Int
    /// The first problem on the line.
    private(set) var problem: Problem?
    /// The indentation in spaces (a tab counts as two).
    private(set) var indentation = 0
    /// Whether the indentation holds a tab.
    private(set) var hasTabIndentation = false
    private var index: Int
    private var column = 1

    init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, file: Int, line: Int) {
        self.bytes = bytes
        self.range = range
        self.file = file
        self.line = line
        self.index = range.lowerBound
    }

    mutating func report(_ kind: LexicalProblem, column: Int, length: Int) {
        guard problem == nil else { return }
        problem = Problem(kind: .lexical(kind), span: Span(file: file, line: line, column: column, length: length))
    }

    /// The tokens of the line, or `nil` for a blank or comment line.
    mutating func scan() -> [Token]? {
        var tabColumn: Int?
        while index < range.upperBound, bytes[index] == 0x20 || bytes[index] == 0x09 {
            if bytes[index] == 0x09 {
                if tabColumn == nil { tabColumn = column }
                indentation += 2
            } else {
                indentation += 1
            }
            index += 1
            column += 1
        }
        if index == range.upperBound || bytes[index] == UInt8(ascii: "#") { return nil }
        if let tabColumn {
            hasTabIndentation = true
            report(.tabInIndentation, column: tabColumn, length: 1)
        }
        var tokens: [Token] = []
        while index < range.upperBound {
            let current = bytes[index]
            switch current {
            case 0x20:
                advance()
            case 0x09:
                report(.tab, column: column, length: 1)
                advance()
            case UInt8(ascii: "#"):
                index = range.upperBound
            case UInt8(ascii: "\""):
                tokens.append(string())
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
                tokens.append(word())
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                tokens.append(number())
            case UInt8(ascii: "-") where isDigit(at: index + 1):
                tokens.append(number())
            case UInt8(ascii: "="), UInt8(ascii: "("), UInt8(ascii: ")"):
                tokens.append(symbol(length: 1))
            case UInt8(ascii: "<"), UInt8(ascii: ">"):
                tokens.append(symbol(length: self.byte(at: index + 1) == UInt8(ascii: "=") ? 2 : 1))
            case UInt8(ascii: "!") where self.byte(at: index + 1) == UInt8(ascii: "="):
                tokens.append(symbol(length: 2))
            default:
                if isLetter(at: index) {
                    tokens.append(word())
                } else {
                    unexpectedCharacter()
                }
            }
        }
        return tokens.isEmpty ? nil : tokens
    }

    private func byte(at position: Int) -> UInt8? {
        position < range.upperBound ? bytes[position] : nil
    }

    private func isDigit(at position: Int) -> Bool {
        guard let byte = byte(at: position) else { return false }
        return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// Moves past one byte, counting a column at the start of each scalar.
    private mutating func advance() {
        if !UTF8Validation.isContinuation(bytes[index]) { column += 1 }
        index += 1
    }

    private func text(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// The token from `start` to here; `written` is its text when `kind` does not give it back.
    private func token(_ kind: Token.Kind, startColumn: Int, written: String? = nil) -> Token {
        Token(
            kind: kind, raw: written,
            span: Span(file: file, line: line, column: startColumn, length: column - startColumn))
    }

    private mutating func word() -> Token {
        let start = index
        let startColumn = column
        while let byte = byte(at: index) {
            if Self.isWordByte(byte) {
                advance()
            } else if byte >= 0x80, isLetter(at: index) {
                advance()
                while let next = self.byte(at: index), UTF8Validation.isContinuation(next) { advance() }
            } else {
                break
            }
        }
        return token(.word(text(start, index)), startColumn: startColumn)
    }

    /// Whether a non-ASCII letter (such as `é`) starts at `position`, so that a word with one
    /// is read whole and reported as an invalid id rather than character by character.
    private func isLetter(at position: Int) -> Bool {
        guard let lead = byte(at: position), lead >= 0xC0 else { return false }
        var end = position + 1
        while let next = byte(at: end), UTF8Validation.isContinuation(next) { end += 1 }
        return text(position, end).unicodeScalars.first?.properties.isAlphabetic ?? false
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
            return true
        default:
            return false
        }
    }

    private mutating func number() -> Token {
        let start = index
        let startColumn = column
        if bytes[index] == UInt8(ascii: "-") { advance() }
        while isDigit(at: index) { advance() }
        if byte(at: index) == UInt8(ascii: "."), isDigit(at: index + 1) {
            advance()
            while isDigit(at: index) { advance() }
        }
        let raw = text(start, index)
        return token(.number(Double(raw) ?? 0), startColumn: startColumn, written: raw)
    }

    private mutating func symbol(length: Int) -> Token {
        let start = index
        let startColumn = column
        for _ in 0..<length { advance() }
        return token(.symbol(text(start, index)), startColumn: startColumn)
    }

    private mutating func string() -> Token {
        let start = index
        let startColumn = column
        advance()
        // Fast path: a string without escapes or control characters is its own slice.
        var end = index
        var scalars = 0
        while end < range.upperBound, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"),
            bytes[end] >= 0x20, bytes[end] != 0x7F
        {
            if !UTF8Validation.isContinuation(bytes[end]) { scalars += 1 }
            end += 1
        }
        if end < range.upperBound, bytes[end] == UInt8(ascii: "\"") {
            let value = text(index, end)
            index = end + 1
            column += scalars + 1
            // The fast path's text is exactly the value between quotes.
            return token(.string(value), startColumn: startColumn)
        }
        var value: [UInt8] = []
        while true {
            guard let byte = byte(at: index) else {
                report(.unterminatedString, column: startColumn, length: column - startColumn)
                break
            }
            if byte == UInt8(ascii: "\"") {
                advance()
                break
            }
            if byte == UInt8(ascii: "\\") {
                if let next = self.byte(at: index + 1), next == UInt8(ascii: "\"") || next == UInt8(ascii: "\\") {
                    value.append(next)
                    advance()
                    advance()
                } else {
                    report(.unknownEscape, column: column, length: 2)
                    value.append(byte)
                    advance()
                }
                continue
            }
            if byte == 0x09 {
                report(.tabInString, column: column, length: 1)
            } else if byte < 0x20 || byte == 0x7F {
                report(.controlCharacterInString(UInt32(byte)), column: column, length: 1)
            }
            value.append(byte)
            advance()
        }
        return token(
            .string(String(decoding: value, as: UTF8.self)), startColumn: startColumn, written: text(start, index))
    }

    private mutating func unexpectedCharacter() {
        let start = index
        let startColumn = column
        advance()
        while let byte = byte(at: index), UTF8Validation.isContinuation(byte) { advance() }
        let character = text(start, index)
        if let scalar = character.unicodeScalars.first, scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
            report(.controlCharacter(scalar.value), column: startColumn, length: 1)
        } else {
            report(.unexpectedCharacter(character), column: startColumn, length: 1)
        }
    }
}
