/// The knowledge base that ships inside the `grondvorm` binary.
///
/// The files come from the package's `Knowledge/` folder and are embedded at build
/// time by the `EmbedKnowledge` plugin, so the binary needs no files on disk.
public enum ShippedKnowledge {
    /// One embedded knowledge file: its name and its exact bytes.
    public struct File: Sendable, Hashable {
        /// The file name, for example `rules.gvk`; diagnostics show it as `Knowledge/<name>`.
        public let name: String
        /// The file's bytes exactly as they were in `Knowledge/`.
        public let bytes: [UInt8]

        /// A file embedded as an array of bytes.
        init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }

        /// A file embedded as a string literal, which holds its exact bytes.
        init(name: String, text: StaticString) {
            self.init(name: name, bytes: text.withUTF8Buffer { Array($0) })
        }
    }

    /// Every shipped knowledge file, sorted by name.
    public static var files: [File] { embeddedFiles }

    /// Every case of the shipped case suite (`Knowledge/cases/*.json`), sorted by name.
    public static var cases: [File] { embeddedCases }

    /// The shipped knowledge base compiled: the bytes of its `KnowledgeImage`, written by the
    /// build from the files above after the full compiler accepted them.
    ///
    /// - Complexity: O(*n*) in the size of the image (one copy).
    public static var image: [UInt8] { embeddedImage.withUTF8Buffer { Array($0) } }
}
