/// Broken knowledge bases whose first problem is found by the analysis of the rule base as a whole.
extension BrokenCase {
    static let analysis: [BrokenCase] = [
        BrokenCase(
            "agreement-never-concluded", in: "base.gvk",
            appending: #"""

                agreement exit
                  label
                    nl "Exit"
                    en "Exit"
                  explanation
                    nl "Hoe partners uit elkaar gaan."
                    en "How partners part ways."
                """#,
            expected: #"""
                agreement-never-concluded/base.gvk:138:11: error: no rule concludes agreement 'exit' with positive certainty
                agreement exit
                          ^~~~
                """#),
        BrokenCase(
            "contradictory-equals", in: "rules.gvk",
            replacing: #"  when ambitie = verbeteren"#,
            with: #"  when ambitie = verbeteren and ambitie = vernieuwen"#,
            expected: #"""
                contradictory-equals/rules.gvk:33:33: error: rule 'ambitie-verbeteren' can never fire: 'ambitie = vernieuwen' contradicts 'ambitie = verbeteren'
                  when ambitie = verbeteren and ambitie = vernieuwen
                                                ^~~~~~~~~~~~~~~~~~~~
                """#),
        BrokenCase(
            "cycle-between-rules", in: "rules.gvk",
            appending: #"""

                rule vorm-geeft-signaal
                  when form has stichting
                  then signal = hoog-risico
                  because
                    nl "Een stichting brengt risico mee."
                    en "A foundation brings risk."

                rule signaal-geeft-vorm
                  when signal has hoog-risico and archetype = ondernemend
                  then form = samenwerkingsovereenkomst with 0.2
                  because
                    nl "Bij hoog risico past een lichtere vorm."
                    en "High risk calls for a lighter form."
                """#,
            expected: #"""
                cycle-between-rules/rules.gvk:75:6: error: rules form a cycle: 'vorm-geeft-signaal' reads 'form' and concludes 'signal'; 'signaal-geeft-vorm' reads 'signal' and concludes 'form'
                rule vorm-geeft-signaal
                     ^~~~~~~~~~~~~~~~~~
                """#),
        BrokenCase(
            "dead-alternative", in: "rules.gvk",
            replacing: #"  when partners = publiek or partners = gemengd"#,
            with: #"  when partners = publiek or partners = gemengd or (afhankelijkheid = 2 and afhankelijkheid = 4)"#,
            expected: #"""
                dead-alternative/rules.gvk:61:77: error: part of the condition of rule 'publieke-partners' can never hold: 'afhankelijkheid = 4' contradicts 'afhankelijkheid = 2'
                  when partners = publiek or partners = gemengd or (afhankelijkheid = 2 and afhankelijkheid = 4)
                                                                                            ^~~~~~~~~~~~~~~~~~~
                """#),
        BrokenCase(
            "equals-and-not-equals", in: "rules.gvk",
            replacing: #"  when samen-aanbieden = no"#,
            with: #"  when samen-aanbieden = no and samen-aanbieden != no"#,
            expected: #"""
                equals-and-not-equals/rules.gvk:26:33: error: rule 'geen-aanbod' can never fire: 'samen-aanbieden != no' contradicts 'samen-aanbieden = no'
                  when samen-aanbieden = no and samen-aanbieden != no
                                                ^~~~~~~~~~~~~~~~~~~~~
                """#),
        BrokenCase(
            "form-never-concluded", in: "forms.gvk",
            replacing: #"  fit functioneel typical"#,
            with: #"  fit functioneel poor"#,
            expected: #"""
                form-never-concluded/forms.gvk:51:6: error: no rule concludes form 'bedrijfsvoeringsorganisatie' with positive certainty
                form bedrijfsvoeringsorganisatie
                     ^~~~~~~~~~~~~~~~~~~~~~~~~~~
                """#),
        BrokenCase(
            "form-through-alternative", in: "rules.gvk",
            appending: #"""

                rule aanbod-of-onderneming
                  when archetype = ondernemend or samen-aanbieden = yes
                  then form = samenwerkingsovereenkomst with 0.3
                  because
                    nl "Een gezamenlijk aanbod vraagt om afspraken."
                    en "A joint offer calls for agreements."
                """#,
            expected: #"""
                form-through-alternative/rules.gvk:77:8: error: rule 'aanbod-of-onderneming' concludes form 'samenwerkingsovereenkomst' without depending on the archetype; a legal form may only follow from the archetype, never from motives or answers alone, so test 'archetype' in its 'when'
                  then form = samenwerkingsovereenkomst with 0.3
                       ^~~~
                """#),
        BrokenCase(
            "form-without-archetype", in: "rules.gvk",
            appending: #"""

                rule aanbod-wordt-stichting
                  when motieven has nieuw-aanbod
                  then form = stichting with 0.4
                  because
                    nl "Wie iets nieuws wil aanbieden, richt een stichting op."
                    en "Whoever wants to offer something new sets up a foundation."
                """#,
            expected: #"""
                form-without-archetype/rules.gvk:77:8: error: rule 'aanbod-wordt-stichting' concludes form 'stichting' without depending on the archetype; a legal form may only follow from the archetype, never from motives or answers alone, so test 'archetype' in its 'when'
                  then form = stichting with 0.4
                       ^~~~
                """#),
        BrokenCase(
            "has-and-not-has", in: "rules.gvk",
            replacing: #"  when motieven has kosten-besparen"#,
            with: #"  when motieven has kosten-besparen and not motieven has kosten-besparen"#,
            expected: #"""
                has-and-not-has/rules.gvk:2:45: error: rule 'kosten-is-verbeteren' can never fire: 'not motieven has kosten-besparen' contradicts 'motieven has kosten-besparen'
                  when motieven has kosten-besparen and not motieven has kosten-besparen
                                                            ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
                """#),
        BrokenCase(
            "impossible-range", in: "rules.gvk",
            replacing: #"  when afhankelijkheid >= 4"#,
            with: #"  when afhankelijkheid >= 4 and afhankelijkheid < 3"#,
            expected: #"""
                impossible-range/rules.gvk:47:33: error: rule 'sterk-afhankelijk' can never fire: 'afhankelijkheid < 3' contradicts 'afhankelijkheid >= 4'
                  when afhankelijkheid >= 4 and afhankelijkheid < 3
                                                ^~~~~~~~~~~~~~~~~~~
                """#),
        BrokenCase(
            "motive-never-read", in: "questions.gvk",
            replacing: #"    en "Offering something new together.""#,
            with: #"""
                    en "Offering something new together."

                motive risico-spreiden
                  label
                    nl "Risico spreiden"
                    en "Spreading risk"
                  explanation
                    nl "Het risico over meer schouders verdelen."
                    en "Sharing the risk among more parties."
                """#,
            expected: #"""
                motive-never-read/questions.gvk:25:8: error: no rule reads motive 'risico-spreiden', an option of question 'motieven'
                motive risico-spreiden
                       ^~~~~~~~~~~~~~~
                """#),
        BrokenCase(
            "option-never-read", in: "questions.gvk",
            appending: #"""
                  option onbekend
                    label
                      nl "Weet ik nog niet"
                      en "Not known yet"
                """#,
            expected: #"""
                option-never-read/questions.gvk:92:10: error: no rule reads option 'onbekend' of question 'partners'
                  option onbekend
                         ^~~~~~~~
                """#),
        BrokenCase(
            "outside-scale", in: "rules.gvk",
            replacing: #"  when afhankelijkheid < 3"#,
            with: #"  when afhankelijkheid > 5"#,
            expected: #"""
                outside-scale/rules.gvk:54:8: error: rule 'zwak-afhankelijk' can never fire: 'afhankelijkheid > 5' is outside the scale of 'afhankelijkheid' (whole numbers from 1 to 5)
                  when afhankelijkheid > 5
                       ^~~~~~~~~~~~~~~~~~~
                """#),
        BrokenCase(
            "question-never-read", in: "questions.gvk",
            appending: #"""

                question looptijd
                  kind one-of
                  text
                    nl "Hoe lang duurt de samenwerking?"
                    en "How long will the collaboration last?"
                  why
                    nl "Duur zegt iets over de vorm."
                    en "Duration says something about the form."
                  option kort
                    label
                      nl "Kort"
                      en "Short"
                  option lang
                    label
                      nl "Lang"
                      en "Long"
                """#,
            expected: #"""
                question-never-read/questions.gvk:93:10: error: no rule reads question 'looptijd'
                question looptijd
                         ^~~~~~~~
                """#),
        BrokenCase(
            "signal-never-concluded", in: "forms.gvk",
            appending: #"""

                signal aanbesteding
                  title
                    nl "Aanbesteding"
                    en "Procurement"
                  text
                    nl "Mogelijk geldt een aanbestedingsplicht."
                    en "A duty to tender may apply."
                """#,
            expected: #"""
                signal-never-concluded/forms.gvk:106:8: error: no rule concludes signal 'aanbesteding' with positive certainty
                signal aanbesteding
                       ^~~~~~~~~~~~
                """#),
    ]
}
