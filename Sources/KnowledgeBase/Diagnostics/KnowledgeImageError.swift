/// Why bytes could not be decoded as a knowledge image (see ``KnowledgeImage``).
///
/// An image is written by the build from a base the full compiler accepted, so any of these
/// means the bytes are not such an image, were cut short or changed, or come from a program
/// with another image format.
public enum KnowledgeImageError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The bytes do not start with the image's magic bytes `GVKI`.
    case notAnImage
    /// The image was written in another format version than the one this program reads.
    case unsupportedVersion(found: UInt64, supported: UInt64)
    /// The bytes end before the image does; `offset` is where more bytes were needed.
    case truncated(offset: Int)
    /// The bytes at `offset` are not what the image format allows there.
    case malformed(offset: Int, reason: String)
    /// The image ends before the last byte; `offset` is the first byte left over.
    case trailingBytes(offset: Int)
    /// The decoded rules do not make a rule base; the engine's reason.
    case rejectedByEngine(String)

    /// A sentence for the user.
    public var description: String {
        switch self {
        case .notAnImage:
            return "error: the bytes are not a knowledge image (they do not start with 'GVKI')"
        case .unsupportedVersion(let found, let supported):
            return "error: the knowledge image has format version \(found); this program reads version \(supported)"
        case .truncated(let offset):
            return "error: the knowledge image ends too early, at byte \(offset)"
        case .malformed(let offset, let reason):
            return "error: the knowledge image is malformed at byte \(offset): \(reason)"
        case .trailingBytes(let offset):
            return "error: the knowledge image has bytes left over after its end, from byte \(offset)"
        case .rejectedByEngine(let reason):
            return "error: the knowledge image's rules do not make a rule base: \(reason)"
        }
    }
}
