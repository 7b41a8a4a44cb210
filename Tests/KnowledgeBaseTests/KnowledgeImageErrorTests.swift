import TestSupport
import Testing
import Utilities

@testable import KnowledgeBase

@Suite("Knowledge image errors")
struct KnowledgeImageErrorTests {
    /// The image of the valid fixture base.
    private static func fixtureImage() throws -> [UInt8] {
        KnowledgeImage.encode(try TestSupport.validKnowledge())
    }

    /// The format version as the image's fifth byte.
    private static let version = UInt8(KnowledgeImage.formatVersion)

    /// The error decoding `bytes` throws, or `nil` when it decodes.
    private static func error(decoding bytes: [UInt8]) -> KnowledgeImageError? {
        do {
            _ = try KnowledgeImage.decode(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test("bytes without the magic are not an image")
    func notAnImage() {
        #expect(Self.error(decoding: []) == .notAnImage)
        #expect(Self.error(decoding: Array("GVK".utf8)) == .notAnImage)
        #expect(Self.error(decoding: Array("knowledge\n  version \"1\"".utf8)) == .notAnImage)
        #expect(
            KnowledgeImageError.notAnImage.description
                == "error: the bytes are not a knowledge image (they do not start with 'GVKI')")
    }

    @Test("an image of another format version is refused with both versions")
    func wrongVersion() throws {
        var image = try Self.fixtureImage()
        image[4] = 9
        #expect(Self.error(decoding: image) == .unsupportedVersion(found: 9, supported: KnowledgeImage.formatVersion))
        #expect(
            KnowledgeImageError.unsupportedVersion(found: 2, supported: 1).description
                == "error: the knowledge image has format version 2; this program reads version 1")
        #expect(Self.error(decoding: Array("GVKI".utf8)) == .truncated(offset: 4))
    }

    @Test("every truncated image is refused")
    func truncated() throws {
        let image = try Self.fixtureImage()
        // Every length near either end, and a sample between (each decode is linear).
        let lengths = Set(
            Array(0..<200) + Array(stride(from: 200, to: image.count, by: 11)) + ((image.count - 200)..<image.count))
        for length in lengths.sorted() where length < image.count {
            #expect(Self.error(decoding: Array(image[..<length])) != nil, "decoded the first \(length) bytes")
        }
        #expect(Self.error(decoding: Array(image.dropLast())) == .truncated(offset: image.count - 1))
    }

    @Test("bytes after the end are refused")
    func trailingBytes() throws {
        let image = try Self.fixtureImage()
        #expect(Self.error(decoding: image + [0]) == .trailingBytes(offset: image.count))
        #expect(
            KnowledgeImageError.trailingBytes(offset: 7).description
                == "error: the knowledge image has bytes left over after its end, from byte 7")
    }

    @Test("a text with placeholders that names no placeholder is refused")
    func unknownPlaceholder() throws {
        let image = KnowledgeImage.encode(try TestSupport.load(try DivergenceFixture.files()))
        let written = Array("{threshold}".utf8)
        let changed = Array("{threshxld}".utf8)
        var broken = image
        var replaced = 0
        var index = 0
        while index + written.count <= broken.count {
            if Array(broken[index..<(index + written.count)]) == written {
                broken.replaceSubrange(index..<(index + written.count), with: changed)
                replaced += 1
            }
            index += 1
        }
        try #require(replaced > 0)
        guard case .malformed(_, let reason)? = Self.error(decoding: broken) else {
            Issue.record("the image decoded")
            return
        }
        #expect(reason == "a text with placeholders has a placeholder that does not exist")
    }

    @Test("a string that is not UTF-8 is refused where it starts")
    func invalidUTF8() {
        // Magic, the version, one string of two bytes: 0xC3 0x28 is not UTF-8.
        let image = Array("GVKI".utf8) + [Self.version, 1, 2, 0xC3, 0x28]
        #expect(Self.error(decoding: image) == .malformed(offset: 7, reason: "a string is not valid UTF-8"))
    }

    @Test("a count larger than the bytes left is refused before anything is reserved")
    func hugeCount() {
        // Magic, the version, then a string table of 2^60 strings.
        let image = Array("GVKI".utf8) + [Self.version, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 1]
        #expect(
            Self.error(decoding: image)
                == .malformed(offset: 5, reason: "a count of 1152921504606846976 is more than the bytes left"))
    }

    @Test("a number wider than 64 bits is refused")
    func tooWide() {
        let image = Array("GVKI".utf8) + [0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x01]
        #expect(Self.error(decoding: image) == .malformed(offset: 4, reason: "a number does not fit in 64 bits"))
    }

    @Test("conditions nested without end are refused, not followed down the stack")
    func deepNesting() {
        // Magic, the version, the table ["v"], version, title, no motives, one question "v" of kind
        // one-of with texts "v", no options, and an applies-when condition of endless `not`s.
        let header = Array("GVKI".utf8) + [Self.version, 1, 1, UInt8(ascii: "v")]
        let body: [UInt8] = [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1]
        let image = header + body + [UInt8](repeating: 8, count: 100_000)
        let error = Self.error(decoding: image)
        #expect(
            error
                == .malformed(
                    offset: header.count + body.count + ImageReader.maximumConditionDepth,
                    reason: "conditions nest deeper than \(ImageReader.maximumConditionDepth) levels"))
    }

    /// Every ninth byte by default, every byte with `GRONDVORM_FULL_SAMPLE=1` (CI).
    @Test("no change of one byte makes decoding crash")
    func everyByteChanged() throws {
        let image = try Self.fixtureImage()
        var random = SplitMix64(seed: 11)
        for position in stride(from: 0, to: image.count, by: Sampling.count(small: 9, full: 1)) {
            var changed = image
            changed[position] = UInt8(truncatingIfNeeded: random.next())
            _ = Self.error(decoding: changed)
        }
    }

    @Test("random bytes after a valid header are refused")
    func garbage() {
        var random = SplitMix64(seed: 2026)
        for length in [0, 1, 7, 64, 1000] {
            for _ in 0..<50 {
                let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
                #expect(Self.error(decoding: Array("GVKI".utf8) + [Self.version] + bytes) != nil)
            }
        }
    }
}
