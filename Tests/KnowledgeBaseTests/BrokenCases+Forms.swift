/// Broken knowledge bases about what forms can do and how forms are chosen: properties,
/// requirements and preferences.
extension BrokenCase {
    static let forms: [BrokenCase] = [
        BrokenCase(
            "requirement-lists-forms", in: "forms.gvk",
            replacing: #"  exclude forms where private-partners is no"#,
            with: #"  exclude forms bedrijfsvoeringsorganisatie"#,
            expected: #"""
                requirement-lists-forms/forms.gvk:94:17: error: a requirement follows from a property, not from a list of forms: write 'exclude forms where PROPERTY is yes|no'
                  exclude forms bedrijfsvoeringsorganisatie
                                ^~~~~~~~~~~~~~~~~~~~~~~~~~~
                """#),
        BrokenCase(
            "requirement-reads-derived-attribute", in: "forms.gvk",
            replacing: #"  when partners = privaat or partners = gemengd"#,
            with: #"  when archetype = functioneel and (partners = privaat or partners = gemengd)"#,
            expected: #"""
                requirement-reads-derived-attribute/forms.gvk:93:8: error: requirement 'alleen-overheden' reads 'archetype'; a requirement may read only the answers to questions
                  when archetype = functioneel and (partners = privaat or partners = gemengd)
                       ^~~~~~~~~
                """#),
        BrokenCase(
            "preference-certainty-out-of-range", in: "forms.gvk",
            replacing: #"  adjust forms stichting by -0.3"#,
            with: #"  adjust forms stichting by -0.95"#,
            expected: #"""
                preference-certainty-out-of-range/forms.gvk:101:29: error: certainty -0.95 must lie from -0.9 to 0.9 and not be 0; a preference moves forms but never decides alone
                  adjust forms stichting by -0.95
                                            ^~~~~
                """#),
        BrokenCase(
            "preference-certainty-zero", in: "forms.gvk",
            replacing: #"  adjust forms stichting by -0.3"#,
            with: #"  adjust forms stichting by 0"#,
            expected: #"""
                preference-certainty-zero/forms.gvk:101:29: error: certainty 0 must lie from -0.9 to 0.9 and not be 0; a preference moves forms but never decides alone
                  adjust forms stichting by 0
                                            ^
                """#),
        BrokenCase(
            "constraint-keyword", in: "forms.gvk",
            replacing: #"preference lichte-vorm"#,
            with: #"constraint lichte-vorm"#,
            expected: #"""
                constraint-keyword/forms.gvk:99:1: error: unknown declaration 'constraint'; use 'requirement' to exclude forms or 'preference' to move them
                constraint lichte-vorm
                ^~~~~~~~~~
                """#),
        BrokenCase(
            "property-unknown-in-form", in: "forms.gvk",
            replacing: #"""
                  private-partners yes
                  weight 4
                """#,
            with: #"""
                  privat-partners yes
                  weight 4
                """#,
            expected: #"""
                property-unknown-in-form/forms.gvk:36:3: error: unknown property 'privat-partners'; did you mean 'private-partners'?
                  privat-partners yes
                  ^~~~~~~~~~~~~~~
                """#),
        BrokenCase(
            "property-not-stated", in: "forms.gvk",
            deleting: #"  private-partners no"#,
            expected: #"""
                property-not-stated/forms.gvk:51:6: error: form 'bedrijfsvoeringsorganisatie' does not say whether it has property 'private-partners'
                form bedrijfsvoeringsorganisatie
                     ^~~~~~~~~~~~~~~~~~~~~~~~~~~
                """#),
        BrokenCase(
            "property-stated-twice", in: "forms.gvk",
            replacing: #"  private-partners no"#,
            with: #"""
                  private-partners no
                  private-partners yes
                """#,
            expected: #"""
                property-stated-twice/forms.gvk:62:3: error: property 'private-partners' is stated twice in form 'bedrijfsvoeringsorganisatie'; first at line 61
                  private-partners yes
                  ^~~~~~~~~~~~~~~~
                """#),
        BrokenCase(
            "property-never-used",
            edits: [
                .append(
                    in: "properties.gvk",
                    appending: #"""

                        property notary
                          label
                            nl "vraagt een notariële akte"
                            en "needs a notarial deed"
                        """#),
                .replace(
                    in: "forms.gvk", replacing: #"  private-partners no"#,
                    with: #"""
                          private-partners no
                          notary no
                        """#),
                .replace(
                    in: "forms.gvk",
                    replacing: #"""
                          private-partners yes
                          weight 4
                        """#,
                    with: #"""
                          private-partners yes
                          notary yes
                          weight 4
                        """#),
                .replace(
                    in: "forms.gvk",
                    replacing: #"""
                          private-partners yes
                          weight 2
                        """#,
                    with: #"""
                          private-partners yes
                          notary no
                          weight 2
                        """#),
            ],
            expected: #"""
                property-never-used/properties.gvk:6:10: error: no requirement or preference uses property 'notary'
                property notary
                         ^~~~~~
                """#),
        BrokenCase(
            "property-declared-twice", in: "properties.gvk",
            appending: #"""

                property private-partners
                  label
                    nl "alleen privaat"
                    en "private only"
                """#,
            expected: #"""
                property-declared-twice/properties.gvk:6:10: error: duplicate property 'private-partners'; first declared at property-declared-twice/properties.gvk:1:10
                property private-partners
                         ^~~~~~~~~~~~~~~~
                """#),
        BrokenCase(
            "weight-missing", in: "forms.gvk",
            deleting: #"  weight 2"#,
            expected: #"""
                weight-missing/forms.gvk:1:6: error: missing field 'weight' in form 'samenwerkingsovereenkomst'
                form samenwerkingsovereenkomst
                     ^~~~~~~~~~~~~~~~~~~~~~~~~
                """#),
        BrokenCase(
            "weight-out-of-range", in: "forms.gvk",
            replacing: #"  weight 2"#,
            with: #"  weight 6"#,
            expected: #"""
                weight-out-of-range/forms.gvk:12:10: error: expected a whole number from 1 to 5 after 'weight', found '6'
                  weight 6
                         ^
                """#),
        BrokenCase(
            "weight-not-whole", in: "forms.gvk",
            replacing: #"  weight 2"#,
            with: #"  weight 2.5"#,
            expected: #"""
                weight-not-whole/forms.gvk:12:10: error: expected a whole number from 1 to 5 after 'weight', found '2.5'
                  weight 2.5
                         ^~~
                """#),
        BrokenCase(
            "exclusive-in-one-of", in: "questions.gvk",
            replacing: #"""
                  option verbeteren
                    label
                      nl "Verbeteren"
                      en "Improve"
                """#,
            with: #"""
                  option verbeteren
                    label
                      nl "Verbeteren"
                      en "Improve"
                    exclusive
                """#,
            expected: #"""
                exclusive-in-one-of/questions.gvk:47:5: error: only an option of a many-of question can be 'exclusive'; the one-of question 'ambitie' takes one option anyway
                    exclusive
                    ^~~~~~~~~
                """#),
        BrokenCase(
            "exclusive-every-option",
            edits: [
                .append(
                    in: "questions.gvk",
                    appending: #"""

                        question steun
                          kind many-of
                          text
                            nl "Welke steun is er?"
                            en "What support is there?"
                          why
                            nl "Steun zegt iets over het risico."
                            en "Support says something about the risk."
                          option geen
                            label
                              nl "Geen"
                              en "None"
                            exclusive
                        """#),
                .append(
                    in: "rules.gvk",
                    appending: #"""

                        rule zonder-steun
                          when steun has geen
                          then signal = hoog-risico with 0.3
                          because
                            nl "Zonder steun is het risico groter."
                            en "Without support the risk is higher."
                        """#),
            ],
            expected: #"""
                exclusive-every-option/questions.gvk:93:10: error: every option of the many-of question 'steun' is 'exclusive'; at least one must combine with others
                question steun
                         ^~~~~
                """#),
    ]
}
