import Testing

@testable import KnowledgeBase

@Suite("Image reader and writer")
struct ImageReaderTests {
    @Test(
        "whole numbers come back as written",
        arguments: [0, 1, -1, 63, 64, -64, 4095, 1 << 40, -(1 << 40), Int.max, Int.min]
    )
    func integers(value: Int) throws {
        var writer = ImageWriter()
        writer.integer(value)
        #expect(writer.body.allSatisfy { $0 < 0x80 })
        var reader = ImageReader(writer.body)
        #expect(try reader.integer() == value)
        #expect(reader.isAtEnd)
    }

    @Test("numbers come back bit for bit", arguments: [0, -0.0, 0.1, -0.6, 1e300, .infinity, .leastNonzeroMagnitude])
    func doubles(value: Double) throws {
        var writer = ImageWriter()
        writer.double(value)
        var reader = ImageReader(writer.body)
        #expect(try reader.double().bitPattern == value.bitPattern)
    }

    @Test("each string is stored once; equal-looking spellings stay apart")
    func strings() {
        var writer = ImageWriter()
        for string in ["a", "b", "a", "\u{E9}", "e\u{301}", "b"] { writer.string(string) }
        #expect(writer.strings == [[0x61], [0x62], [0xC3, 0xA9], [0x65, 0xCC, 0x81]])
        #expect(writer.body == [0, 1, 0, 2, 3, 1])
    }

    @Test("the ASCII check finds a byte above 0x7F wherever it is")
    func asciiCheck() {
        for length in 0..<20 {
            let ascii = [UInt8](repeating: UInt8(ascii: "a"), count: length)
            #expect(ImageReader.isASCII(ascii[...]))
            #expect(ImageReader.isASCII(([0x80] + ascii + [0x80])[1..<(length + 1)]))
            for position in 0..<length {
                var bytes = ascii
                bytes[position] = 0xC3
                #expect(!ImageReader.isASCII(bytes[...]), "length \(length), position \(position)")
            }
        }
    }

    @Test("a flag other than 0 or 1 is refused")
    func flags() {
        var reader = ImageReader([2])
        #expect(throws: KnowledgeImageError.malformed(offset: 0, reason: "a flag is 2, not 0 or 1")) {
            try reader.boolean()
        }
    }

    @Test("a byte above 0x7F in a number is refused")
    func highByte() {
        var reader = ImageReader([0x41, 0x80])
        #expect(throws: KnowledgeImageError.malformed(offset: 1, reason: "a number has a byte above 0x7F")) {
            try reader.unsigned()
        }
    }
}
