import Foundation
import Testing

@testable import KnowledgeBase

/// Contradictions are checked through whole loads of the valid base with one rule's condition
/// replaced, so the messages are exactly what users see.
@Suite("Satisfiability")
struct SatisfiabilityTests {
    private func diagnostics(when condition: String) throws -> String {
        try TestSupport.diagnostics(
            replacing: "  when ambitie = verbeteren\n", with: "  when \(condition)\n", in: "rules.gvk")
    }

    /// The first message about a rule or part that can never fire or hold.
    private func firstMessage(when condition: String) throws -> String {
        let output = try diagnostics(when: condition)
        for line in output.split(separator: "\n") where line.contains(" can never ") {
            guard let range = line.range(of: "error: ") else { continue }
            return String(line[range.upperBound...])
        }
        return output
    }

    @Test(
        "contradictions inside one 'and' make a rule that can never fire",
        arguments: [
            (
                "ambitie = verbeteren and ambitie = vernieuwen",
                "'ambitie = vernieuwen' contradicts 'ambitie = verbeteren'"
            ),
            (
                "ambitie = verbeteren and ambitie != verbeteren",
                "'ambitie != verbeteren' contradicts 'ambitie = verbeteren'"
            ),
            (
                "ambitie = verbeteren and not ambitie = verbeteren",
                "'not ambitie = verbeteren' contradicts 'ambitie = verbeteren'"
            ),
            ("ambitie = verbeteren and ambitie is unknown", "'ambitie is unknown' contradicts 'ambitie = verbeteren'"),
            ("ambitie is known and not ambitie is known", "'not ambitie is known' contradicts 'ambitie is known'"),
            (
                "ambitie != verbeteren and ambitie != vernieuwen",
                "'ambitie != vernieuwen' rules out the last possible value of 'ambitie'"
            ),
            (
                "samen-aanbieden != yes and samen-aanbieden != no",
                "'samen-aanbieden != no' rules out the last possible value of 'samen-aanbieden'"
            ),
            (
                "motieven has nieuw-aanbod and not motieven has nieuw-aanbod",
                "'not motieven has nieuw-aanbod' contradicts 'motieven has nieuw-aanbod'"
            ),
            ("afhankelijkheid > 3 and afhankelijkheid < 4", "'afhankelijkheid < 4' contradicts 'afhankelijkheid > 3'"),
            (
                "afhankelijkheid >= 2 and afhankelijkheid <= 3 and afhankelijkheid != 2 and afhankelijkheid != 3",
                "'afhankelijkheid != 3' leaves no whole number from 1 to 5 for 'afhankelijkheid'"
            ),
            (
                "afhankelijkheid = 2.5",
                "'afhankelijkheid = 2.5' is outside the scale of 'afhankelijkheid' (whole numbers from 1 to 5)"
            ),
            (
                "afhankelijkheid < 1",
                "'afhankelijkheid < 1' is outside the scale of 'afhankelijkheid' (whole numbers from 1 to 5)"
            ),
            (
                "afhankelijkheid = 3 and not afhankelijkheid >= 2",
                "'not afhankelijkheid >= 2' contradicts 'afhankelijkheid = 3'"
            ),
            ("intent = verbeteren and intent = vernieuwen", "'intent = vernieuwen' contradicts 'intent = verbeteren'"),
            (
                "not (ambitie != verbeteren or ambitie is unknown) and ambitie = vernieuwen",
                "'ambitie = vernieuwen' contradicts 'not ambitie != verbeteren'"
            ),
            (
                "(ambitie = verbeteren or samen-aanbieden = yes) and (ambitie = vernieuwen and samen-aanbieden = no)",
                "'ambitie = vernieuwen' contradicts 'ambitie = verbeteren'"
            ),
        ])
    func neverFires(_ condition: String, _ reason: String) throws {
        #expect(try firstMessage(when: condition) == "rule 'ambitie-verbeteren' can never fire: \(reason)")
    }

    @Test(
        "conditions that can hold are accepted",
        arguments: [
            "ambitie = verbeteren and ambitie != vernieuwen",
            "ambitie = verbeteren and (ambitie = verbeteren or ambitie = vernieuwen)",
            "motieven has nieuw-aanbod and motieven has kosten-besparen and ambitie = verbeteren",
            "ambitie = verbeteren and afhankelijkheid >= 1 and afhankelijkheid <= 5 and afhankelijkheid != 3",
            "ambitie = verbeteren and not ambitie = vernieuwen",
            "ambitie = verbeteren and motieven has nieuw-aanbod and not motieven has kosten-besparen",
            "ambitie = verbeteren and afhankelijkheid = 4 and afhankelijkheid > 3.5",
        ])
    func canHold(_ condition: String) throws {
        #expect(try diagnostics(when: condition) == "(loaded)")
    }

    @Test("an alternative that can never hold is reported, the rule itself can still fire")
    func deadAlternative() throws {
        #expect(
            try firstMessage(when: "ambitie = verbeteren or (afhankelijkheid = 1 and afhankelijkheid = 2)")
                == "part of the condition of rule 'ambitie-verbeteren' can never hold: "
                + "'afhankelijkheid = 2' contradicts 'afhankelijkheid = 1'")
    }

    @Test("a question that can never apply is reported")
    func questionNeverApplies() throws {
        let output = try TestSupport.diagnostics(
            replacing: "applies-when archetype is known",
            with: "applies-when archetype is known and archetype is unknown",
            in: "questions.gvk")
        #expect(
            output == """
                valid/questions.gvk:79:39: error: question 'partners' can never apply: 'archetype is unknown' contradicts 'archetype is known'
                  applies-when archetype is known and archetype is unknown
                                                      ^~~~~~~~~~~~~~~~~~~~
                """)
    }

    @Test("a requirement that can never apply is reported once, however many forms it selects")
    func requirementNeverApplies() throws {
        let output = try TestSupport.diagnostics(
            replacing: "when partners = privaat or partners = gemengd",
            with: "when partners = privaat and partners = gemengd", in: "forms.gvk")
        #expect(
            output.hasPrefix(
                "valid/forms.gvk:93:31: error: requirement 'alleen-overheden' can never apply: 'partners = gemengd' contradicts 'partners = privaat'"
            ))
    }

    @Test("a preference that can never apply is reported at the test that rules it out")
    func preferenceNeverApplies() throws {
        let output = try TestSupport.diagnostics(
            replacing: "when afhankelijkheid <= 2",
            with: "when afhankelijkheid > 5 or (ambitie = verbeteren and afhankelijkheid < 1)", in: "forms.gvk")
        #expect(
            output == """
                valid/forms.gvk:100:8: error: preference 'lichte-vorm' can never apply: \
                'afhankelijkheid > 5' is outside the scale of 'afhankelijkheid' (whole numbers from 1 to 5)
                  when afhankelijkheid > 5 or (ambitie = verbeteren and afhankelijkheid < 1)
                       ^~~~~~~~~~~~~~~~~~~
                """)
    }

    @Test("huge normal forms are not analysed, and do not hang")
    func hugeNormalForm() throws {
        let parts = (0..<40).map { _ in "(ambitie = verbeteren or ambitie = vernieuwen)" }
        let condition = parts.joined(separator: " and ")
        #expect(try diagnostics(when: condition) == "(loaded)")
    }
}
