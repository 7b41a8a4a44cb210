/// Writes the values of a knowledge image: numbers, flags and strings, in the encoding
/// ``KnowledgeImage`` describes.
///
/// Every byte the writer produces for a number is below 0x80 (groups of six bits, the seventh bit
/// marking that another group follows), and strings are stored once each, as their UTF-8 bytes,
/// in a table; so a whole image is valid UTF-8 and can be embedded as a Swift string literal.
struct ImageWriter {
    /// The body written so far: numbers and string-table indexes.
    private(set) var body: [UInt8] = []
    /// The strings of the table, in order of first use, as UTF-8 bytes.
    private(set) var strings: [[UInt8]] = []
    /// Each string's table index, by its exact bytes (not by `String` equality, which would
    /// merge canonically equivalent spellings).
    private var stringIndex: [[UInt8]: Int] = [:]

    /// Appends `value` in groups of six bits, lowest first; each group but the last has 0x40 set.
    ///
    /// - Complexity: O(1) (at most 11 bytes).
    mutating func unsigned(_ value: UInt64) {
        Self.append(value, to: &body)
    }

    /// Appends a signed whole number, zigzag-encoded so small negative numbers stay short.
    mutating func integer(_ value: Int) {
        let wide = Int64(value)
        unsigned(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    /// Appends a count of elements that follow.
    mutating func count(_ value: Int) {
        unsigned(UInt64(value))
    }

    /// Appends `0` or `1`.
    mutating func boolean(_ value: Bool) {
        body.append(value ? 1 : 0)
    }

    /// Appends a tag that tells which case of an enumeration follows.
    mutating func tag(_ value: UInt8) {
        body.append(value)
    }

    /// Appends a number by its exact bit pattern.
    mutating func double(_ value: Double) {
        unsigned(value.bitPattern)
    }

    /// Appends a string's index in the string table, adding the string when it is new.
    ///
    /// - Complexity: O(length of `value`).
    mutating func string(_ value: String) {
        let bytes = Array(value.utf8)
        if let index = stringIndex[bytes] {
            count(index)
            return
        }
        stringIndex[bytes] = strings.count
        count(strings.count)
        strings.append(bytes)
    }

    /// Appends `value`, or marks its absence, with `write` for the value.
    mutating func optional<Wrapped>(_ value: Wrapped?, _ write: (inout ImageWriter, Wrapped) -> Void) {
        guard let value else {
            boolean(false)
            return
        }
        boolean(true)
        write(&self, value)
    }

    /// Appends the count of `values`, then each with `write`.
    mutating func array<Element>(_ values: [Element], _ write: (inout ImageWriter, Element) -> Void) {
        count(values.count)
        for value in values { write(&self, value) }
    }

    /// Appends `value` to `bytes` as ``unsigned(_:)`` does.
    static func append(_ value: UInt64, to bytes: inout [UInt8]) {
        var rest = value
        while rest >= 0x40 {
            bytes.append(UInt8(rest & 0x3F) | 0x40)
            rest >>= 6
        }
        bytes.append(UInt8(rest))
    }
}
