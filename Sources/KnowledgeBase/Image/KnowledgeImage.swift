import Inference

/// A compact, versioned binary form of a loaded ``Knowledge``, so a program can start from a
/// base compiled at build time instead of lexing, parsing and resolving its files.
///
/// The build writes the shipped base's image after the full compiler accepted it (see
/// `KnowledgeEmbedder`), and checks that ``decode(_:)`` gives back a base equal to the loaded
/// one; the program decodes it at every start.
///
/// ## Detailed design
///
/// An image is the magic bytes `GVKI`, the format version, a table of strings, then the body:
/// version and title, motives, questions, archetypes, agreements, forms, properties, signals,
/// requirements, preferences, divergences, rule infos, and the engine's attribute declarations and rules.
/// The ``RuleBase`` is built again from the decoded declarations and rules with its normal
/// initialiser; the engine's compiled form is not part of the image.
///
/// - Numbers are written in groups of six bits, lowest first, 0x40 marking that another group
///   follows; signed numbers zigzag-encoded; fractional numbers by their exact 64-bit pattern.
/// - Every string is stored once, in the table, as its byte length and UTF-8 bytes; the body
///   refers to strings by their position in the table.
/// - Lists are a count and their elements; an optional value a flag `0` or `1` and the value;
///   the case of an enumeration a tag byte.
///
/// So no byte outside a string reaches 0x80, and a whole image is valid UTF-8: it can be
/// embedded in a program as a string literal, which compiles much faster than an array literal.
/// The format has no promise of stability: a program reads only the ``formatVersion`` it
/// writes, and raising that number is how a change of the format is marked.
public enum KnowledgeImage {
    /// The version of the image format this program writes and reads.
    public static let formatVersion: UInt64 = 2

    /// The bytes every image starts with.
    static let magic: [UInt8] = Array("GVKI".utf8)

    /// The image of `knowledge`.
    ///
    /// The same knowledge always gives the same bytes.
    ///
    /// - Complexity: O(*n*) in the size of the knowledge, plus sorting each form's properties.
    public static func encode(_ knowledge: Knowledge) -> [UInt8] {
        var writer = ImageWriter()
        writer.string(knowledge.version)
        writer.write(knowledge.title)
        writer.array(knowledge.motives) { $0.write($1) }
        writer.array(knowledge.questions) { $0.write($1) }
        writer.array(knowledge.archetypes) { $0.write($1) }
        writer.array(knowledge.agreements) { $0.write($1) }
        writer.array(knowledge.forms) { $0.write($1) }
        writer.array(knowledge.properties) { $0.write($1) }
        writer.array(knowledge.signals) { $0.write($1) }
        writer.array(knowledge.requirements) { $0.write($1) }
        writer.array(knowledge.preferences) { $0.write($1) }
        writer.array(knowledge.divergences) { $0.write($1) }
        writer.array(knowledge.rules) { $0.write($1) }
        writer.array(knowledge.ruleBase.attributes) { $0.write($1) }
        writer.array(knowledge.engineRules) { $0.write($1) }

        var image = magic
        ImageWriter.append(formatVersion, to: &image)
        ImageWriter.append(UInt64(writer.strings.count), to: &image)
        for string in writer.strings {
            ImageWriter.append(UInt64(string.count), to: &image)
            image += string
        }
        return image + writer.body
    }

    /// The knowledge an image holds.
    ///
    /// Bytes of any kind are safe to pass: every read is checked, and nothing in the image can
    /// make the decoder crash, loop or nest without bound.
    ///
    /// - Parameter image: Bytes written by ``encode(_:)``.
    /// - Returns: A knowledge base equal to the one that was encoded.
    /// - Throws: ``KnowledgeImageError`` when the bytes are not an image of this
    ///   ``formatVersion``, end early, have bytes left over, or hold something the format does
    ///   not allow; ``KnowledgeImageError/rejectedByEngine(_:)`` when the decoded rules do not
    ///   make a rule base.
    /// - Complexity: O(*n*) in the size of the image, plus building the rule base.
    public static func decode(_ image: [UInt8]) throws(KnowledgeImageError) -> Knowledge {
        guard image.starts(with: magic) else { throw .notAnImage }
        var reader = ImageReader(image, from: magic.count)
        let version = try reader.unsigned()
        guard version == formatVersion else { throw .unsupportedVersion(found: version, supported: formatVersion) }
        try reader.readStringTable()

        let knowledgeVersion = try reader.string()
        let title = try reader.localizedText()
        let motives = try reader.array { (reader) throws(KnowledgeImageError) in try reader.motive() }
        let questions = try reader.array { (reader) throws(KnowledgeImageError) in try reader.question() }
        let archetypes = try reader.array { (reader) throws(KnowledgeImageError) in try reader.archetype() }
        let agreements = try reader.array { (reader) throws(KnowledgeImageError) in try reader.agreement() }
        let forms = try reader.array { (reader) throws(KnowledgeImageError) in try reader.form() }
        let properties = try reader.array { (reader) throws(KnowledgeImageError) in try reader.property() }
        let signals = try reader.array { (reader) throws(KnowledgeImageError) in try reader.signal() }
        let requirements = try reader.array { (reader) throws(KnowledgeImageError) in try reader.requirement() }
        let preferences = try reader.array { (reader) throws(KnowledgeImageError) in try reader.preference() }
        let divergences = try reader.array { (reader) throws(KnowledgeImageError) in try reader.divergence() }
        let rules = try reader.array { (reader) throws(KnowledgeImageError) in try reader.ruleInfo() }
        let attributes = try reader.array { (reader) throws(KnowledgeImageError) in
            try reader.attributeDeclaration()
        }
        let engineRules = try reader.array { (reader) throws(KnowledgeImageError) in try reader.rule() }
        guard reader.isAtEnd else { throw .trailingBytes(offset: reader.offset) }

        let ruleBase: RuleBase
        do throws(RuleBase.Error) {
            ruleBase = try RuleBase(attributes: attributes, rules: engineRules)
        } catch {
            throw .rejectedByEngine(error.description)
        }
        return Knowledge(
            version: knowledgeVersion, title: title, motives: motives, questions: questions, archetypes: archetypes,
            agreements: agreements, forms: forms, properties: properties, signals: signals,
            requirements: requirements, preferences: preferences, divergences: divergences, rules: rules,
            ruleBase: ruleBase,
            engineRules: engineRules)
    }
}
