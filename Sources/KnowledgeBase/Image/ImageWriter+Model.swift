import Inference

/// The model's values in a knowledge image, in the order ``ImageReader`` reads them back.
extension ImageWriter {
    /// Writes a text in both languages.
    mutating func write(_ text: LocalizedText) {
        string(text.nl)
        string(text.en)
    }

    /// Writes a source location; its path goes to the string table once.
    mutating func write(_ location: SourceLocation) {
        string(location.path)
        integer(location.line)
        integer(location.column)
    }

    /// Writes a case of a `CaseIterable` enumeration by its position among the cases.
    mutating func writeCase<Case: CaseIterable & Equatable>(_ value: Case) {
        // Every value of a CaseIterable enumeration without payloads is among its cases.
        let index = Case.allCases.enumerated().first { $0.element == value }?.offset ?? 0
        tag(UInt8(index))
    }

    /// Writes an engine value.
    mutating func write(_ value: Value) {
        switch value {
        case .symbol(let symbol):
            tag(0)
            string(symbol)
        case .number(let number):
            tag(1)
            double(number)
        case .boolean(let flag):
            tag(2)
            boolean(flag)
        }
    }

    /// Writes a condition, its parts first-to-last.
    mutating func write(_ condition: Condition) {
        switch condition {
        case .equals(let attribute, let value):
            tag(0)
            string(attribute)
            write(value)
        case .notEquals(let attribute, let value):
            tag(1)
            string(attribute)
            write(value)
        case .contains(let attribute, let value):
            tag(2)
            string(attribute)
            write(value)
        case .compare(let attribute, let comparison, let number):
            tag(3)
            string(attribute)
            writeCase(comparison)
            double(number)
        case .known(let attribute):
            tag(4)
            string(attribute)
        case .unknown(let attribute):
            tag(5)
            string(attribute)
        case .all(let conditions):
            tag(6)
            array(conditions) { $0.write($1) }
        case .any(let conditions):
            tag(7)
            array(conditions) { $0.write($1) }
        case .not(let inner):
            tag(8)
            write(inner)
        }
    }

    /// Writes a question's kind.
    mutating func write(_ kind: Question.Kind) {
        switch kind {
        case .oneOf: tag(0)
        case .manyOf: tag(1)
        case .yesNo: tag(2)
        case .scale(let min, let max):
            tag(3)
            integer(min)
            integer(max)
        }
    }

    /// Writes a motive.
    mutating func write(_ motive: Motive) {
        string(motive.id)
        write(motive.label)
        write(motive.explanation)
        write(motive.location)
    }

    /// Writes a question with its options.
    mutating func write(_ question: Question) {
        string(question.id)
        write(question.kind)
        write(question.text)
        write(question.why)
        array(question.options) { writer, option in
            writer.string(option.id)
            writer.write(option.label)
            writer.boolean(option.isExclusive)
        }
        optional(question.appliesWhen) { $0.write($1) }
        optional(question.appliesWhenSource) { $0.string($1) }
        optional(question.defaultAnswer) { $0.write($1) }
        write(question.location)
    }

    /// Writes an archetype's profile.
    mutating func write(_ archetype: Archetype) {
        string(archetype.id)
        writeCase(archetype.intent)
        writeCase(archetype.nature)
        for text in [
            archetype.name, archetype.essence, archetype.relation, archetype.risk, archetype.governance,
            archetype.pitfalls, archetype.growth,
        ] {
            write(text)
        }
        array(archetype.agreements) { $0.string($1) }
        write(archetype.location)
    }

    /// Writes an agreement.
    mutating func write(_ agreement: Agreement) {
        string(agreement.id)
        write(agreement.label)
        write(agreement.explanation)
        write(agreement.location)
    }

    /// Writes a form; its properties in byte order of their ids, so the image is deterministic.
    mutating func write(_ form: Form) {
        string(form.id)
        write(form.name)
        write(form.description)
        write(form.liability)
        integer(form.weight)
        let properties = form.properties.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        count(properties.count)
        for (property, value) in properties {
            string(property)
            boolean(value)
        }
        array(form.fits) { writer, fit in
            writer.string(fit.archetype)
            writer.writeCase(fit.level)
            writer.write(fit.reason)
        }
        write(form.location)
    }

    /// Writes a property.
    mutating func write(_ property: Property) {
        string(property.id)
        write(property.label)
        optional(property.explanation) { $0.write($1) }
        write(property.location)
    }

    /// Writes a signal.
    mutating func write(_ signal: Signal) {
        string(signal.id)
        write(signal.title)
        write(signal.text)
        array(signal.aboutForms) { $0.string($1) }
        write(signal.location)
    }

    /// Writes a requirement.
    mutating func write(_ requirement: Requirement) {
        string(requirement.id)
        write(requirement.condition)
        string(requirement.conditionSource)
        string(requirement.property)
        boolean(requirement.excludes)
        array(requirement.forms) { $0.string($1) }
        write(requirement.because)
        write(requirement.location)
    }

    /// Writes a preference.
    mutating func write(_ preference: Preference) {
        string(preference.id)
        write(preference.condition)
        string(preference.conditionSource)
        array(preference.forms) { $0.string($1) }
        double(preference.certainty)
        write(preference.because)
        write(preference.location)
    }

    /// Writes a text with placeholders, as written; the reader parses it again.
    mutating func write(_ template: LocalizedTemplate) {
        string(template.nl.source)
        string(template.en.source)
    }

    /// Writes a divergence.
    mutating func write(_ divergence: Divergence) {
        string(divergence.id)
        writeCase(divergence.level)
        switch divergence.test {
        case .conflict(let one, let other):
            tag(0)
            write(one)
            write(other)
        case .quadrants:
            tag(1)
        case .positions(let threshold):
            tag(2)
            double(threshold)
        case .archetypes:
            tag(3)
        }
        string(divergence.source)
        write(divergence.title)
        write(divergence.finding)
        optional(divergence.starter) { $0.write($1) }
        write(divergence.location)
    }

    /// Writes where an engine rule comes from.
    mutating func write(_ origin: RuleInfo.Origin) {
        switch origin {
        case .written:
            tag(0)
        case .quadrant(let archetype):
            tag(1)
            string(archetype)
        case .agreements(let archetype):
            tag(2)
            string(archetype)
        case .fit(let form, let archetype, let level):
            tag(3)
            string(form)
            string(archetype)
            writeCase(level)
        case .requirement(let requirement, let form):
            tag(4)
            string(requirement)
            string(form)
        case .preference(let preference, let form):
            tag(5)
            string(preference)
            string(form)
        }
    }

    /// Writes a rule's text and origin; its required archetypes in byte order.
    mutating func write(_ info: RuleInfo) {
        string(info.id)
        write(info.because)
        write(info.location)
        write(info.origin)
        optional(info.requiredArchetypes) { writer, archetypes in
            writer.array(archetypes.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }) { $0.string($1) }
        }
    }

    /// Writes an engine attribute declaration.
    mutating func write(_ declaration: AttributeDeclaration) {
        string(declaration.name)
        switch declaration.cardinality {
        case .single: tag(0)
        case .multiple: tag(1)
        }
        optional(declaration.defaultValue) { $0.write($1) }
        double(declaration.defaultCertainty.value)
    }

    /// Writes an engine rule.
    mutating func write(_ rule: Rule) {
        string(rule.id)
        write(rule.premise)
        array(rule.conclusions) { writer, conclusion in
            writer.string(conclusion.attribute)
            writer.write(conclusion.value)
            writer.double(conclusion.certainty)
        }
        integer(rule.salience)
    }
}
