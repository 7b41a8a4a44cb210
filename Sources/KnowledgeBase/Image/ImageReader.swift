/// Reads the values of a knowledge image written by ``ImageWriter``, checking every read.
///
/// No read goes past the end of the bytes, no count is believed that the bytes left could not
/// hold, and every string index is checked against the table; a bad image gives a
/// ``KnowledgeImageError`` and never a crash.
struct ImageReader {
    /// The image.
    private let bytes: [UInt8]
    /// The next byte to read.
    private(set) var offset: Int
    /// The string table, once read.
    private var strings: [String] = []

    /// A reader of `bytes` from `offset`.
    init(_ bytes: [UInt8], from offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    /// Whether every byte has been read.
    var isAtEnd: Bool { offset == bytes.count }

    /// An error about the bytes at the current offset.
    func malformed(_ reason: String) -> KnowledgeImageError {
        .malformed(offset: offset, reason: reason)
    }

    /// The next byte.
    mutating func byte() throws(KnowledgeImageError) -> UInt8 {
        guard offset < bytes.count else { throw .truncated(offset: offset) }
        defer { offset += 1 }
        return bytes[offset]
    }

    /// The next `count` bytes.
    mutating func bytes(_ count: Int) throws(KnowledgeImageError) -> ArraySlice<UInt8> {
        guard count <= bytes.count - offset else { throw .truncated(offset: bytes.count) }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    /// A number written by ``ImageWriter/unsigned(_:)``.
    ///
    /// - Throws: ``KnowledgeImageError/malformed(offset:reason:)`` for a byte at or above 0x80
    ///   or a number wider than 64 bits.
    mutating func unsigned() throws(KnowledgeImageError) -> UInt64 {
        let start = offset
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try byte()
            guard byte < 0x80 else { throw .malformed(offset: offset - 1, reason: "a number has a byte above 0x7F") }
            let group = UInt64(byte & 0x3F)
            guard shift < 64, shift == 0 || group >> (64 - shift) == 0 else {
                throw .malformed(offset: start, reason: "a number does not fit in 64 bits")
            }
            value |= group << shift
            if byte & 0x40 == 0 { return value }
            shift += 6
        }
    }

    /// A signed whole number written by ``ImageWriter/integer(_:)``.
    mutating func integer() throws(KnowledgeImageError) -> Int {
        let start = offset
        let zigzag = try unsigned()
        let value = Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1)
        guard let result = Int(exactly: value) else {
            throw .malformed(offset: start, reason: "a whole number is out of range")
        }
        return result
    }

    /// A count of elements, each taking at least one byte, so never more than the bytes left.
    mutating func count() throws(KnowledgeImageError) -> Int {
        let start = offset
        let value = try unsigned()
        guard value <= UInt64(bytes.count - offset) else {
            throw .malformed(offset: start, reason: "a count of \(value) is more than the bytes left")
        }
        return Int(value)
    }

    /// A flag: `0` or `1`.
    mutating func boolean() throws(KnowledgeImageError) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        case let other: throw .malformed(offset: offset - 1, reason: "a flag is \(other), not 0 or 1")
        }
    }

    /// A tag below `limit`, telling which case of an enumeration follows.
    mutating func tag(below limit: UInt8, of kind: String) throws(KnowledgeImageError) -> UInt8 {
        let tag = try byte()
        guard tag < limit else { throw .malformed(offset: offset - 1, reason: "\(kind) has the unknown tag \(tag)") }
        return tag
    }

    /// A number by its bit pattern.
    mutating func double() throws(KnowledgeImageError) -> Double {
        Double(bitPattern: try unsigned())
    }

    /// A string, by its index in the table.
    mutating func string() throws(KnowledgeImageError) -> String {
        let start = offset
        let index = try unsigned()
        guard index < UInt64(strings.count) else {
            throw .malformed(offset: start, reason: "string \(index) is not in the table of \(strings.count)")
        }
        return strings[Int(index)]
    }

    /// Reads the string table: a count, then each string's byte length and UTF-8 bytes.
    ///
    /// - Throws: ``KnowledgeImageError/malformed(offset:reason:)`` for bytes that are not UTF-8.
    /// - Complexity: O(total length of the strings).
    mutating func readStringTable() throws(KnowledgeImageError) {
        let count = try count()
        strings.reserveCapacity(count)
        for _ in 0..<count {
            let length = try self.count()
            let start = offset
            let bytes = try bytes(length)
            // ASCII bytes are valid UTF-8 as they are, and decoding them is the fast path;
            // anything else is validated.
            if Self.isASCII(bytes) {
                strings.append(String(decoding: bytes, as: UTF8.self))
                continue
            }
            guard let string = String(validating: bytes, as: UTF8.self) else {
                throw .malformed(offset: start, reason: "a string is not valid UTF-8")
            }
            strings.append(string)
        }
    }

    /// Whether every byte is below 0x80, checked eight bytes at a time.
    ///
    /// - Complexity: O(*n*) for *n* bytes.
    static func isASCII(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset + 8 <= buffer.count {
                guard buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 else {
                    return false
                }
                offset += 8
            }
            return buffer[offset...].allSatisfy { $0 < 0x80 }
        }
    }

    /// `nil` or a value read with `read`.
    mutating func optional<Wrapped>(
        _ read: (inout ImageReader) throws(KnowledgeImageError) -> Wrapped
    ) throws(KnowledgeImageError) -> Wrapped? {
        try boolean() ? try read(&self) : nil
    }

    /// A count, then that many values read with `read`.
    mutating func array<Element>(
        _ read: (inout ImageReader) throws(KnowledgeImageError) -> Element
    ) throws(KnowledgeImageError) -> [Element] {
        let count = try count()
        var values: [Element] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }
}
