/// The parsers of the declarations about forms: `requirement` and `preference`.
extension Parser {
    mutating func parseRequirement(at index: Int) -> RequirementDeclaration {
        var declaration = RequirementDeclaration(header: header(at: index))
        let owner = Owner(.requirement, declaration.header)
        let seen = fields(of: index, owner: owner) { (parser, field: RequirementField, line) in
            switch field {
            case .when:
                declaration.when = parser.condition(at: line)
            case .because:
                declaration.because = parser.text(at: line, owner: owner)
            case .exclude:
                parser.rejectChildren(of: line)
                let parts = parser.tokens(line)
                declaration.actionSpan = parts[0].span
                switch parser.formSelection(in: parts, verb: parts[0].raw) {
                case .forms(let names)?:
                    parser.problems.add(.requirementListsForms, at: names.first?.span ?? parts[0].span)
                case .property(let property, let value)?:
                    declaration.selection = .property(property, value)
                case nil:
                    break
                }
            }
        }
        requireFields(seen, owner: owner, at: declaration.header.span, line: index)
        return declaration
    }

    mutating func parsePreference(at index: Int) -> PreferenceDeclaration {
        var declaration = PreferenceDeclaration(header: header(at: index))
        let owner = Owner(.preference, declaration.header)
        let seen = fields(of: index, owner: owner) { (parser, field: PreferenceField, line) in
            switch field {
            case .when:
                declaration.when = parser.condition(at: line)
            case .because:
                declaration.because = parser.text(at: line, owner: owner)
            case .adjust:
                parser.rejectChildren(of: line)
                var parts = parser.tokens(line)
                declaration.actionSpan = parts[0].span
                let verb = parts[0].raw
                let count = parts.count
                guard count >= 3, parts[count - 2].isWord("by"), case .number(let number) = parts[count - 1].kind
                else {
                    parser.problems.add(.expected(.adjustment(of: verb), found: nil), at: parts[count - 1].span.end)
                    return
                }
                guard (-0.9...0.9).contains(number), number != 0 else {
                    parser.problems.add(.preferenceOutOfRange(parts[count - 1].raw), at: parts[count - 1].span)
                    return
                }
                parts.removeLast(2)
                guard let selection = parser.formSelection(in: parts, verb: verb) else { return }
                declaration.selection = selection
                declaration.certainty = number
            }
        }
        requireFields(seen, owner: owner, at: declaration.header.span, line: index)
        return declaration
    }

    /// `VERB forms where PROPERTY is yes|no` or `VERB forms ID ID …`, in `parts` (without a
    /// `by CERTAINTY` at the end).
    mutating func formSelection(in parts: [Token], verb: String) -> FormSelection? {
        guard parts.count >= 2, parts[1].isWord("forms") else {
            problems.add(
                .expected(.formsKeyword(after: verb), found: parts.count >= 2 ? parts[1].raw : nil),
                at: parts.count >= 2 ? parts[1].span : parts[0].span.end)
            return nil
        }
        guard parts.count >= 3 else {
            problems.add(.expected(.formSelection, found: nil), at: parts[1].span.end)
            return nil
        }
        guard parts[2].isWord("where") else {
            var names: [Name] = []
            for part in parts.dropFirst(2) {
                guard let word = part.word else {
                    problems.add(.expected(.formID, found: part.raw), at: part.span)
                    return nil
                }
                names.append(Name(text: word, span: part.span))
            }
            return .forms(names)
        }
        guard parts.count >= 4, let property = parts[3].word else {
            problems.add(
                .expected(.formProperty, found: parts.count >= 4 ? parts[3].raw : nil),
                at: parts.count >= 4 ? parts[3].span : parts[2].span.end)
            return nil
        }
        guard parts.count >= 6, parts[4].isWord("is"), let value = parts[5].word, value == "yes" || value == "no" else {
            let position = min(parts.count, 6) - 1
            problems.add(
                .expected(.propertyValue(after: property), found: nil),
                at: position >= 4 ? parts[position].span : parts[3].span.end)
            return nil
        }
        if parts.count > 6 {
            problems.add(.extraToken(parts[6].raw), at: parts[6].span)
        }
        return .property(Name(text: property, span: parts[3].span), value == "yes")
    }
}
