import Foundation
import Inference
import Testing

@testable import KnowledgeBase

/// The knowledge as a whole: its attributes, its independence of file order, its counts.
@Suite("Knowledge assembly")
struct KnowledgeAssemblyTests {
    private let knowledge: Knowledge

    init() throws {
        knowledge = try TestSupport.validKnowledge()
    }

    @Test("declares every question, then the derived attributes, without engine defaults")
    func attributes() {
        let declared = knowledge.ruleBase.attributes.map {
            "\($0.name):\($0.cardinality == .multiple ? "many" : "one")"
        }
        #expect(
            declared == [
                "motieven:many", "ambitie:one", "samen-aanbieden:one", "afhankelijkheid:one", "partners:one",
                "intent:one", "nature:one", "archetype:one", "agreement:many", "form:many", "excluded-form:many",
                "signal:many",
            ])
        #expect(knowledge.ruleBase.attributes.allSatisfy { $0.defaultValue == nil })
    }

    @Test("the order does not depend on the order the files are given in")
    func fileOrder() throws {
        let reversed = try TestSupport.load(Array(try TestSupport.validBase().reversed()))
        #expect(reversed.ruleBase.rules == knowledge.ruleBase.rules)
        #expect(reversed.questions == knowledge.questions)
    }

    @Test("the summary counts every kind, and written and generated rules apart")
    func summary() {
        #expect(
            knowledge.counts
                == Knowledge.Summary(
                    motives: 3, questions: 5, archetypes: 4, agreements: 3, forms: 3, properties: 1, signals: 2,
                    requirements: 1, preferences: 1, rules: 32, writtenRules: 10))
        #expect(knowledge.counts.generatedRules == 22)
        #expect(
            knowledge.counts.description
                == "3 motives, 5 questions, 4 archetypes, 3 agreements, 3 forms, 1 property, 2 signals, "
                + "1 requirement, 1 preference, 32 rules (10 written, 22 generated)")
    }

    @Test("exposes requirements and preferences with the forms they select")
    func requirementsAndPreferences() {
        let requirement = knowledge.requirements.first
        #expect(knowledge.requirements.map(\.id) == ["alleen-overheden"])
        #expect(requirement?.property == "private-partners")
        #expect(requirement?.excludes == false)
        #expect(requirement?.forms == ["bedrijfsvoeringsorganisatie"])
        #expect(requirement?.conditionSource == "partners = privaat or partners = gemengd")
        #expect(knowledge.preferences.map(\.id) == ["lichte-vorm"])
        #expect(knowledge.preferences.first?.forms == ["stichting"])
        #expect(knowledge.preferences.first?.certainty == -0.3)
    }
}

/// No silent fallbacks: a declaration without a complete value, with no problem reported about
/// it, is an internal error rather than a default.
@Suite("Knowledge assembly without fallbacks")
struct KnowledgeAssemblyFallbackTests {
    private func resolved() throws -> ResolvedKnowledge {
        let files = try TestSupport.validBase().map { SourceFile(path: $0.0, bytes: Array($0.1.utf8)) }
        var problems = Problems()
        var syntax = KnowledgeSyntax()
        for (index, file) in files.enumerated() {
            Parser.parse(
                Lexer.lex(SourceText(file), file: index, problems: &problems), into: &syntax, problems: &problems)
        }
        let resolved = Resolver.resolve(syntax, paths: files.map(\.path), problems: &problems)
        #expect(problems.isEmpty)
        return resolved
    }

    @Test("the valid base assembles")
    func assembles() throws {
        let knowledge = try resolved()
        var problems = Problems()
        let rules = RuleGenerator.rules(for: knowledge)
        #expect(Knowledge.assemble(knowledge, rules: rules, problems: &problems)?.forms.count == 3)
        #expect(problems.isEmpty)
    }

    @Test("a missing value without a problem is reported as an internal error, not filled in")
    func incompleteValue() throws {
        let knowledge = try resolved()
        let broken = ResolvedKnowledge(
            paths: knowledge.paths, block: knowledge.block, baseSpan: knowledge.baseSpan,
            motives: knowledge.motives.map { motive, _ in ResolvedValue(syntax: motive.syntax, value: nil) },
            questions: knowledge.questions, archetypes: knowledge.archetypes, agreements: knowledge.agreements,
            forms: knowledge.forms, properties: knowledge.properties, signals: knowledge.signals,
            rules: knowledge.rules,
            requirements: knowledge.requirements, preferences: knowledge.preferences,
            divergences: knowledge.divergences, attributes: knowledge.attributes,
            assumedAgreements: knowledge.assumedAgreements)
        var problems = Problems()
        #expect(Knowledge.assemble(broken, rules: RuleGenerator.rules(for: broken), problems: &problems) == nil)
        #expect(
            problems.list.first?.message
                == "internal error: motive 'kosten-besparen' is incomplete, but no problem about it was reported")
        #expect(problems.list.count == 3)
    }

    @Test("once a phase reported a problem, nothing is assembled")
    func afterProblems() throws {
        let knowledge = try resolved()
        var problems = Problems()
        problems.add(.missingKnowledgeBlock, at: knowledge.baseSpan)
        #expect(Knowledge.assemble(knowledge, rules: RuleGenerator.rules(for: knowledge), problems: &problems) == nil)
        #expect(problems.list.count == 1)
    }
}
