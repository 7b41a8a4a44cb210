/// Broken knowledge bases about what forms can do and how forms are chosen: requirements and
/// preferences.
extension BrokenCase {
    static let forms: [BrokenCase] = [
        BrokenCase(
            "requirement-lists-forms", in: "forms.gvk",
            replacing: #"  exclude forms where private-partners is no"#,
            with: #"  exclude forms bedrijfsvoeringsorganisatie"#,
            expected: #"""
                requirement-lists-forms/forms.gvk:112:17: error: a requirement follows from a property, not from a list of forms: write 'exclude forms where PROPERTY is yes|no'
                  exclude forms bedrijfsvoeringsorganisatie
                                ^~~~~~~~~~~~~~~~~~~~~~~~~~~
                """#),
        BrokenCase(
            "requirement-reads-derived-attribute", in: "forms.gvk",
            replacing: #"  when partners = privaat or partners = gemengd"#,
            with: #"  when archetype = functioneel and (partners = privaat or partners = gemengd)"#,
            expected: #"""
                requirement-reads-derived-attribute/forms.gvk:111:8: error: requirement 'alleen-overheden' reads 'archetype'; a requirement may read only the answers to questions
                  when archetype = functioneel and (partners = privaat or partners = gemengd)
                       ^~~~~~~~~
                """#),
        BrokenCase(
            "preference-certainty-out-of-range", in: "forms.gvk",
            replacing: #"  adjust forms stichting by -0.3"#,
            with: #"  adjust forms stichting by -0.95"#,
            expected: #"""
                preference-certainty-out-of-range/forms.gvk:119:29: error: certainty -0.95 must lie from -0.9 to 0.9 and not be 0; a preference moves forms but never decides alone
                  adjust forms stichting by -0.95
                                            ^~~~~
                """#),
        BrokenCase(
            "preference-certainty-zero", in: "forms.gvk",
            replacing: #"  adjust forms stichting by -0.3"#,
            with: #"  adjust forms stichting by 0"#,
            expected: #"""
                preference-certainty-zero/forms.gvk:119:29: error: certainty 0 must lie from -0.9 to 0.9 and not be 0; a preference moves forms but never decides alone
                  adjust forms stichting by 0
                                            ^
                """#),
        BrokenCase(
            "constraint-keyword", in: "forms.gvk",
            replacing: #"preference lichte-vorm"#,
            with: #"constraint lichte-vorm"#,
            expected: #"""
                constraint-keyword/forms.gvk:117:1: error: unknown declaration 'constraint'; use 'requirement' to exclude forms or 'preference' to move them
                constraint lichte-vorm
                ^~~~~~~~~~
                """#),
    ]
}
