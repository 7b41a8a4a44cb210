import Inference

/// The model's values read back from a knowledge image, in the order ``ImageWriter`` wrote them.
extension ImageReader {
    /// How deeply conditions may nest in an image: well above what the knowledge language can
    /// write (``ConditionParser/maximumDepth`` levels, each a few conditions deep), and low
    /// enough that reading garbage cannot exhaust the stack.
    static let maximumConditionDepth = 8 * ConditionParser.maximumDepth

    /// A text in both languages.
    mutating func localizedText() throws(KnowledgeImageError) -> LocalizedText {
        let nl = try string()
        return LocalizedText(nl: nl, en: try string())
    }

    /// A source location.
    mutating func location() throws(KnowledgeImageError) -> SourceLocation {
        let path = try string()
        let line = try integer()
        return SourceLocation(path: path, line: line, column: try integer())
    }

    /// A case of a `CaseIterable` enumeration, by its position among the cases.
    mutating func readCase<Case: CaseIterable>(of kind: String) throws(KnowledgeImageError) -> Case {
        let cases = Array(Case.allCases)
        return cases[Int(try tag(below: UInt8(cases.count), of: kind))]
    }

    /// An engine value.
    mutating func value() throws(KnowledgeImageError) -> Value {
        switch try tag(below: 3, of: "a value") {
        case 0: return .symbol(try string())
        case 1: return .number(try double())
        default: return .boolean(try boolean())
        }
    }

    /// A condition nested `depth` levels inside others.
    ///
    /// - Throws: ``KnowledgeImageError/malformed(offset:reason:)`` when conditions nest deeper
    ///   than ``maximumConditionDepth``.
    mutating func condition(depth: Int = 0) throws(KnowledgeImageError) -> Condition {
        guard depth < Self.maximumConditionDepth else {
            throw malformed("conditions nest deeper than \(Self.maximumConditionDepth) levels")
        }
        switch try tag(below: 9, of: "a condition") {
        case 0: return .equals(try string(), try value())
        case 1: return .notEquals(try string(), try value())
        case 2: return .contains(try string(), try value())
        case 3:
            let attribute = try string()
            let comparison: Condition.Comparison = try readCase(of: "a comparison")
            return .compare(attribute, comparison, try double())
        case 4: return .known(try string())
        case 5: return .unknown(try string())
        case 6:
            return .all(try array { (reader) throws(KnowledgeImageError) in try reader.condition(depth: depth + 1) })
        case 7:
            return .any(try array { (reader) throws(KnowledgeImageError) in try reader.condition(depth: depth + 1) })
        default: return .not(try condition(depth: depth + 1))
        }
    }

    /// A question's kind.
    mutating func questionKind() throws(KnowledgeImageError) -> Question.Kind {
        switch try tag(below: 4, of: "a question kind") {
        case 0: return .oneOf
        case 1: return .manyOf
        case 2: return .yesNo
        default:
            let min = try integer()
            return .scale(min: min, max: try integer())
        }
    }

    /// A motive.
    mutating func motive() throws(KnowledgeImageError) -> Motive {
        let id = try string()
        let label = try localizedText()
        let explanation = try localizedText()
        return Motive(id: id, label: label, explanation: explanation, location: try location())
    }

    /// A question with its options.
    mutating func question() throws(KnowledgeImageError) -> Question {
        let id = try string()
        let kind = try questionKind()
        let text = try localizedText()
        let why = try localizedText()
        let options = try array { (reader) throws(KnowledgeImageError) in
            let id = try reader.string()
            let label = try reader.localizedText()
            return Option(id: id, label: label, isExclusive: try reader.boolean())
        }
        let appliesWhen = try optional { (reader) throws(KnowledgeImageError) in try reader.condition() }
        let appliesWhenSource = try optional { (reader) throws(KnowledgeImageError) in try reader.string() }
        let defaultAnswer = try optional { (reader) throws(KnowledgeImageError) in try reader.value() }
        return Question(
            id: id, kind: kind, text: text, why: why, options: options, appliesWhen: appliesWhen,
            appliesWhenSource: appliesWhenSource, defaultAnswer: defaultAnswer, location: try location())
    }

    /// An archetype's profile.
    mutating func archetype() throws(KnowledgeImageError) -> Archetype {
        let id = try string()
        let intent: Pole = try readCase(of: "a pole")
        let nature: Pole = try readCase(of: "a pole")
        let name = try localizedText()
        let essence = try localizedText()
        let relation = try localizedText()
        let risk = try localizedText()
        let governance = try localizedText()
        let pitfalls = try localizedText()
        let growth = try localizedText()
        let agreements = try array { (reader) throws(KnowledgeImageError) in try reader.string() }
        return Archetype(
            id: id, intent: intent, nature: nature, name: name, essence: essence, relation: relation, risk: risk,
            governance: governance, pitfalls: pitfalls, growth: growth, agreements: agreements,
            location: try location())
    }

    /// An agreement.
    mutating func agreement() throws(KnowledgeImageError) -> Agreement {
        let id = try string()
        let label = try localizedText()
        let explanation = try localizedText()
        return Agreement(id: id, label: label, explanation: explanation, location: try location())
    }

    /// A form.
    ///
    /// - Throws: ``KnowledgeImageError/malformed(offset:reason:)`` when a property is listed twice.
    mutating func form() throws(KnowledgeImageError) -> Form {
        let id = try string()
        let name = try localizedText()
        let description = try localizedText()
        let liability = try localizedText()
        let weight = try integer()
        let propertyCount = try count()
        var properties: [String: Bool] = [:]
        properties.reserveCapacity(propertyCount)
        for _ in 0..<propertyCount {
            let property = try string()
            guard properties.updateValue(try boolean(), forKey: property) == nil else {
                throw malformed("form '\(id)' lists property '\(property)' twice")
            }
        }
        let fits = try array { (reader) throws(KnowledgeImageError) in
            let archetype = try reader.string()
            let level: FitLevel = try reader.readCase(of: "a fit level")
            return Form.Fit(archetype: archetype, level: level, reason: try reader.localizedText())
        }
        return Form(
            id: id, name: name, description: description, liability: liability, weight: weight,
            properties: properties, fits: fits, location: try location())
    }

    /// A property.
    mutating func property() throws(KnowledgeImageError) -> Property {
        let id = try string()
        let label = try localizedText()
        let explanation = try optional { (reader) throws(KnowledgeImageError) in try reader.localizedText() }
        return Property(id: id, label: label, explanation: explanation, location: try location())
    }

    /// A signal.
    mutating func signal() throws(KnowledgeImageError) -> Signal {
        let id = try string()
        let title = try localizedText()
        let text = try localizedText()
        let aboutForms = try array { (reader) throws(KnowledgeImageError) in try reader.string() }
        return Signal(id: id, title: title, text: text, aboutForms: aboutForms, location: try location())
    }

    /// A requirement.
    mutating func requirement() throws(KnowledgeImageError) -> Requirement {
        let id = try string()
        let condition = try condition()
        let conditionSource = try string()
        let property = try string()
        let excludes = try boolean()
        let forms = try array { (reader) throws(KnowledgeImageError) in try reader.string() }
        let because = try localizedText()
        return Requirement(
            id: id, condition: condition, conditionSource: conditionSource, property: property, excludes: excludes,
            forms: forms, because: because, location: try location())
    }

    /// A preference.
    mutating func preference() throws(KnowledgeImageError) -> Preference {
        let id = try string()
        let condition = try condition()
        let conditionSource = try string()
        let forms = try array { (reader) throws(KnowledgeImageError) in try reader.string() }
        let certainty = try double()
        let because = try localizedText()
        return Preference(
            id: id, condition: condition, conditionSource: conditionSource, forms: forms, certainty: certainty,
            because: because, location: try location())
    }

    /// A text with placeholders in both languages, parsed again from the texts as written.
    mutating func localizedTemplate() throws(KnowledgeImageError) -> LocalizedTemplate {
        let start = offset
        let nl = try string()
        let en = try string()
        guard let dutch = TextTemplate(nl), let english = TextTemplate(en) else {
            throw .malformed(offset: start, reason: "a text with placeholders has a placeholder that does not exist")
        }
        return LocalizedTemplate(nl: dutch, en: english)
    }

    /// A divergence.
    mutating func divergence() throws(KnowledgeImageError) -> Divergence {
        let id = try string()
        let level: Divergence.Level = try readCase(of: "a divergence level")
        let test: Divergence.Test
        switch try tag(below: 4, of: "a divergence test") {
        case 0:
            let one = try condition()
            test = .conflict(one: one, other: try condition())
        case 1: test = .quadrants
        case 2: test = .positions(threshold: try double())
        default: test = .archetypes
        }
        let source = try string()
        let title = try localizedText()
        let finding = try localizedTemplate()
        let starter = try optional { (reader) throws(KnowledgeImageError) in try reader.localizedTemplate() }
        return Divergence(
            id: id, level: level, test: test, source: source, title: title, finding: finding, starter: starter,
            location: try location())
    }

    /// Where an engine rule comes from.
    mutating func origin() throws(KnowledgeImageError) -> RuleInfo.Origin {
        switch try tag(below: 6, of: "a rule origin") {
        case 0: return .written
        case 1: return .quadrant(archetype: try string())
        case 2: return .agreements(archetype: try string())
        case 3:
            let form = try string()
            let archetype = try string()
            return .fit(form: form, archetype: archetype, level: try readCase(of: "a fit level"))
        case 4: return .requirement(requirement: try string(), form: try string())
        default: return .preference(preference: try string(), form: try string())
        }
    }

    /// A rule's text and origin.
    mutating func ruleInfo() throws(KnowledgeImageError) -> RuleInfo {
        let id = try string()
        let because = try localizedText()
        let location = try location()
        let origin = try origin()
        let required = try optional { (reader) throws(KnowledgeImageError) in
            Set(try reader.array { (reader) throws(KnowledgeImageError) in try reader.string() })
        }
        return RuleInfo(id: id, because: because, location: location, origin: origin, requiredArchetypes: required)
    }

    /// An engine attribute declaration.
    mutating func attributeDeclaration() throws(KnowledgeImageError) -> AttributeDeclaration {
        let name = try string()
        let cardinality: AttributeDeclaration.Cardinality =
            try tag(below: 2, of: "a cardinality") == 0 ? .single : .multiple
        let defaultValue = try optional { (reader) throws(KnowledgeImageError) in try reader.value() }
        return AttributeDeclaration(
            name: name, cardinality: cardinality, defaultValue: defaultValue, defaultCertainty: Certainty(try double()))
    }

    /// An engine rule.
    mutating func rule() throws(KnowledgeImageError) -> Rule {
        let id = try string()
        let premise = try condition()
        let conclusions = try array { (reader) throws(KnowledgeImageError) in
            let attribute = try reader.string()
            let value = try reader.value()
            return Conclusion(attribute: attribute, value: value, certainty: try reader.double())
        }
        return Rule(id: id, premise: premise, conclusions: conclusions, salience: try integer())
    }
}
