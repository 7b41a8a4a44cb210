/// A knowledge file prepared for lexing: valid UTF-8 bytes split into lines.
///
/// Bytes that are not UTF-8 are replaced by U+FFFD so the rest of the pipeline always works on
/// valid text; the position of the first bad byte is kept for the single diagnostic such a file
/// gets. A UTF-8 byte order mark at the start is skipped.
struct SourceText: Sendable {
    /// The path diagnostics show.
    let path: String
    /// The text as valid UTF-8.
    let bytes: [UInt8]
    /// For each line (1-based line `n` at index `n - 1`), its bytes without `\n` or `\r\n`.
    let lines: [Range<Int>]
    /// Where the first byte that is not UTF-8 was found, if any: 1-based line and column.
    let firstInvalidByte: (line: Int, column: Int)?

    /// Prepares `file`.
    ///
    /// - Complexity: O(n) in the number of bytes.
    init(_ file: SourceFile) {
        path = file.path
        var invalid: (line: Int, column: Int)?
        if let offset = UTF8Validation.firstInvalidByte(in: file.bytes) {
            var line = 1
            var lineStart = 0
            for index in 0..<offset where file.bytes[index] == 0x0A {
                line += 1
                lineStart = index + 1
            }
            var column = 1
            for index in lineStart..<offset where !UTF8Validation.isContinuation(file.bytes[index]) {
                column += 1
            }
            invalid = (line, column)
            bytes = Array(String(decoding: file.bytes, as: UTF8.self).utf8)
        } else {
            bytes = file.bytes
        }
        firstInvalidByte = invalid
        lines = Self.lines(of: bytes)
    }

    /// The byte range of each line of `bytes`, without `\n` or `\r\n`, after a byte order mark.
    private static func lines(of bytes: [UInt8]) -> [Range<Int>] {
        bytes.withUnsafeBufferPointer { bytes in
            /// The end of a line without a final `\r`.
            func trimmingReturn(_ start: Int, _ end: Int) -> Int {
                end > start && bytes[end - 1] == 0x0D ? end - 1 : end
            }
            var lines: [Range<Int>] = []
            var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            while let newline = bytes[start...].firstIndex(of: 0x0A) {
                lines.append(start..<trimmingReturn(start, newline))
                start = newline + 1
            }
            if start < bytes.count { lines.append(start..<trimmingReturn(start, bytes.count)) }
            return lines
        }
    }

    /// Line `number` (1-based) as diagnostics show it: verbatim, tabs kept, other control
    /// characters as U+FFFD. Empty for a line that does not exist.
    func displayLine(_ number: Int) -> String {
        guard number >= 1, number <= lines.count else { return "" }
        let text = String(decoding: bytes[lines[number - 1]], as: UTF8.self)
        guard text.unicodeScalars.contains(where: Self.isDisturbing) else { return text }
        var shown = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            shown.append(Self.isDisturbing(scalar) ? "\u{FFFD}" : scalar)
        }
        return String(shown)
    }

    /// Control characters other than tab, which would move the cursor or change colours.
    private static func isDisturbing(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
    }
}

/// A strict UTF-8 check (no overlong forms, no surrogates, nothing above U+10FFFF).
enum UTF8Validation {
    /// Whether `byte` continues a multi-byte sequence (`10xxxxxx`).
    static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// The offset of the first byte that does not start a valid UTF-8 sequence, or `nil`.
    ///
    /// - Complexity: O(n).
    static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer(firstInvalidByte(in:))
    }

    /// The offset of the first byte that does not start a valid UTF-8 sequence, or `nil`.
    private static func firstInvalidByte(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            for offset in 1..<length {
                let position = index + offset
                guard position < count else { return index }
                let byte = bytes[position]
                let (lower, upper) = offset == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                guard byte >= lower, byte <= upper else { return index }
            }
            index += length
        }
        return nil
    }
}
