import JSON

/// Reads the neutral format through the project's generic `JSON` parser (a full
/// ``JSONValue`` tree first, then a walk over it). Kept beside ``NeutralReader`` so
/// `grondvorm-bench run --reader generic` can measure what the dedicated reader saves.
enum GenericReader {
    /// Parses a rules file.
    ///
    /// - Throws: ``BenchError/malformed(path:line:column:message:)`` for bad JSON,
    ///   ``BenchError/wrongStructure(path:message:)`` for valid JSON of the wrong shape.
    static func rules(_ bytes: [UInt8], path: String) throws(BenchError) -> [NeutralRule] {
        let elements = try array(try parse(bytes, path: path), path: path, what: "the rules file")
        var rules: [NeutralRule] = []
        rules.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            let what = "rule \(index + 1)"
            let object = try members(element, path: path, what: what, keys: ["id", "if", "then"])
            guard let id = object["id"]?.stringValue else {
                throw .wrongStructure(path: path, message: "\(what) has no string 'id'")
            }
            rules.append(
                NeutralRule(
                    id: id,
                    conditions: try pairs(object["if"], path: path, what: "'if' of rule '\(id)'"),
                    conclusions: try pairs(object["then"], path: path, what: "'then' of rule '\(id)'")
                ))
        }
        return rules
    }

    /// Parses a facts file.
    ///
    /// - Throws: as ``rules(_:path:)``.
    static func facts(_ bytes: [UInt8], path: String) throws(BenchError) -> [Pair] {
        try pairs(try parse(bytes, path: path), path: path, what: "the facts file")
    }

    private static func parse(_ bytes: [UInt8], path: String) throws(BenchError) -> JSONValue {
        do {
            return try JSONParser.parse(bytes)
        } catch {
            throw .malformed(path: path, line: error.line, column: error.column, message: error.message)
        }
    }

    private static func array(_ value: JSONValue?, path: String, what: String) throws(BenchError) -> [JSONValue] {
        guard let elements = value?.arrayValue else {
            throw .wrongStructure(path: path, message: "\(what) is not an array")
        }
        return elements
    }

    private static func members(
        _ value: JSONValue, path: String, what: String, keys: [String]
    ) throws(BenchError) -> JSONObject {
        guard let object = value.objectValue else {
            throw .wrongStructure(path: path, message: "\(what) is not an object")
        }
        for key in object.keys where !keys.contains(key) {
            throw .wrongStructure(path: path, message: "unknown key '\(key)' in \(what)")
        }
        return object
    }

    private static func pairs(_ value: JSONValue?, path: String, what: String) throws(BenchError) -> [Pair] {
        var result: [Pair] = []
        for (index, element) in try array(value, path: path, what: what).enumerated() {
            let pairWhat = "pair \(index + 1) of \(what)"
            let object = try members(element, path: path, what: pairWhat, keys: ["attr", "value"])
            guard let attribute = object["attr"]?.stringValue, let text = object["value"]?.stringValue else {
                throw .wrongStructure(path: path, message: "\(pairWhat) needs string 'attr' and 'value'")
            }
            result.append(Pair(attribute: attribute, value: text))
        }
        return result
    }
}
