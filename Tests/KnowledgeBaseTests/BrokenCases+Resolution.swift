/// Broken knowledge bases whose first problem is found by resolving ids, values and conditions.
extension BrokenCase {
    static let resolution: [BrokenCase] = [
        BrokenCase(
            "agreement-listed-twice", in: "base.gvk",
            replacing: #"  agreements resultaat rolverdeling"#,
            with: #"  agreements resultaat rolverdeling resultaat"#,
            expected: #"""
                agreement-listed-twice/base.gvk:60:37: error: agreement 'resultaat' is listed twice in archetype 'functioneel'
                  agreements resultaat rolverdeling resultaat
                                                    ^~~~~~~~~
                """#),
        BrokenCase(
            "applies-when-reads-itself", in: "questions.gvk",
            replacing: #"  applies-when archetype is known"#,
            with: #"  applies-when archetype is known and partners is unknown"#,
            expected: #"""
                applies-when-reads-itself/questions.gvk:79:3: error: the 'applies-when' of question 'partners' reads its own answer
                  applies-when archetype is known and partners is unknown
                  ^~~~~~~~~~~~
                """#),
        BrokenCase(
            "compare-on-one-of", in: "rules.gvk",
            replacing: #"  when partners = publiek or partners = gemengd"#,
            with: #"  when partners = publiek or partners = gemengd or ambitie > 2"#,
            expected: #"""
                compare-on-one-of/rules.gvk:61:60: error: 'ambitie' is a one-of question; '>' compares the answers of scale questions only
                  when partners = publiek or partners = gemengd or ambitie > 2
                                                                           ^
                """#),
        BrokenCase(
            "preference-form-listed-twice", in: "forms.gvk",
            replacing: #"  adjust forms stichting by -0.3"#,
            with: #"  adjust forms stichting stichting by -0.3"#,
            expected: #"""
                preference-form-listed-twice/forms.gvk:101:26: error: form 'stichting' is listed twice in preference 'lichte-vorm'
                  adjust forms stichting stichting by -0.3
                                         ^~~~~~~~~
                """#),
        BrokenCase(
            "requirement-selects-no-form", in: "forms.gvk",
            replacing: #"  private-partners no"#,
            with: #"  private-partners yes"#,
            expected: #"""
                requirement-selects-no-form/forms.gvk:94:3: error: requirement 'alleen-overheden' selects no form
                  exclude forms where private-partners is no
                  ^~~~~~~
                """#),
        BrokenCase(
            "default-not-an-answer", in: "questions.gvk",
            replacing: #"  default no"#,
            with: #"  default misschien"#,
            expected: #"""
                default-not-an-answer/questions.gvk:60:11: error: expected 'yes' or 'no' as the default of the yes-no question 'samen-aanbieden', found 'misschien'
                  default misschien
                          ^~~~~~~~~
                """#),
        BrokenCase(
            "default-outside-scale", in: "questions.gvk",
            replacing: #"    en "Strong dependence points to sharing.""#,
            with: #"""
                    en "Strong dependence points to sharing."
                  default 7
                """#,
            expected: #"""
                default-outside-scale/questions.gvk:70:11: error: default 7 is not a whole number from 1 to 5, the scale of question 'afhankelijkheid'
                  default 7
                          ^
                """#),
        BrokenCase(
            "default-unknown-option", in: "questions.gvk",
            replacing: #"  applies-when archetype is known"#,
            with: #"""
                  applies-when archetype is known
                  default privat
                """#,
            expected: #"""
                default-unknown-option/questions.gvk:80:11: error: unknown option 'privat' of question 'partners'; did you mean 'privaat'?
                  default privat
                          ^~~~~~
                """#),
        BrokenCase(
            "duplicate-id-across-files", in: "rules.gvk",
            appending: #"""

                motive kosten-besparen
                  label
                    nl "Besparen"
                    en "Saving"
                  explanation
                    nl "Minder uitgeven."
                    en "Spending less."
                """#,
            expected: #"""
                duplicate-id-across-files/rules.gvk:75:8: error: duplicate motive 'kosten-besparen'; first declared at duplicate-id-across-files/questions.gvk:1:8
                motive kosten-besparen
                       ^~~~~~~~~~~~~~~
                """#),
        BrokenCase(
            "equals-on-many-of", in: "rules.gvk",
            replacing: #"  when motieven has kennis-ontwikkelen"#,
            with: #"  when motieven = kennis-ontwikkelen"#,
            expected: #"""
                equals-on-many-of/rules.gvk:9:17: error: 'motieven' is a many-of question; use 'has' instead of '='
                  when motieven = kennis-ontwikkelen
                                ^
                """#),
        BrokenCase(
            "fit-twice", in: "forms.gvk",
            replacing: #"    en "Only without a profit motive.""#,
            with: #"""
                    en "Only without a profit motive."
                  fit functioneel typical
                    nl "Kan alles."
                    en "Can do anything."
                """#,
            expected: #"""
                fit-twice/forms.gvk:50:7: error: second 'fit' for archetype 'functioneel' in form 'stichting'; first at line 41
                  fit functioneel typical
                      ^~~~~~~~~~~
                """#),
        BrokenCase(
            "fit-unknown-archetype", in: "forms.gvk",
            replacing: #"  fit ondernemend situational"#,
            with: #"  fit ondernemen situational"#,
            expected: #"""
                fit-unknown-archetype/forms.gvk:47:7: error: unknown archetype 'ondernemen'; did you mean 'ondernemend'?
                  fit ondernemen situational
                      ^~~~~~~~~~
                """#),
        BrokenCase(
            "has-on-one-of", in: "rules.gvk",
            replacing: #"  when ambitie = vernieuwen"#,
            with: #"  when ambitie has vernieuwen"#,
            expected: #"""
                has-on-one-of/rules.gvk:40:16: error: 'ambitie' is a one-of question; use '=' instead of 'has'
                  when ambitie has vernieuwen
                               ^~~
                """#),
        BrokenCase(
            "missing-fit", in: "forms.gvk",
            deleting: #"""
                  fit ondernemend situational
                    nl "Alleen zonder winstoogmerk."
                    en "Only without a profit motive."
                """#,
            expected: #"""
                missing-fit/forms.gvk:26:6: error: missing 'fit' for archetype 'ondernemend' in form 'stichting'
                form stichting
                     ^~~~~~~~~
                """#),
        BrokenCase(
            "no-knowledge-block", in: "base.gvk",
            deleting: #"""
                knowledge
                  version "1.0.0"
                  title
                    nl "Testkennis"
                    en "Test knowledge"
                """#,
            expected: #"""
                no-knowledge-block/base.gvk:1:1: error: no 'knowledge' block; one file must declare 'knowledge' with a 'version' and a 'title'
                # A small, sound knowledge base: the starting point of every broken case.
                ^
                """#),
        BrokenCase(
            "not-equals-on-many-of", in: "rules.gvk",
            replacing: #"  when motieven has kosten-besparen"#,
            with: #"  when motieven != kosten-besparen"#,
            expected: #"""
                not-equals-on-many-of/rules.gvk:2:17: error: 'motieven' is a many-of question; '!=' tests an attribute that holds one value
                  when motieven != kosten-besparen
                                ^~
                """#),
        BrokenCase(
            "one-of-with-one-option", in: "questions.gvk",
            deleting: #"""
                  option vernieuwen
                    label
                      nl "Vernieuwen"
                      en "Renew"
                """#,
            expected: #"""
                one-of-with-one-option/questions.gvk:35:10: error: the one-of question 'ambitie' needs at least two options
                question ambitie
                         ^~~~~~~
                one-of-with-one-option/rules.gvk:40:18: error: unknown option 'vernieuwen' of question 'ambitie'
                  when ambitie = vernieuwen
                                 ^~~~~~~~~~
                """#),
        BrokenCase(
            "options-on-yes-no", in: "questions.gvk",
            replacing: #"  default no"#,
            with: #"""
                  default no
                  option misschien
                    label
                      nl "Misschien"
                      en "Maybe"
                """#,
            expected: #"""
                options-on-yes-no/questions.gvk:61:10: error: the yes-no question 'samen-aanbieden' takes no options
                  option misschien
                         ^~~~~~~~~
                """#),
        BrokenCase(
            "options-twice", in: "questions.gvk",
            replacing: #"  options motives"#,
            with: #"""
                  options motives
                  option kosten-besparen
                    label
                      nl "Kosten"
                      en "Costs"
                """#,
            expected: #"""
                options-twice/questions.gvk:34:10: error: option 'kosten-besparen' appears twice in question 'motieven'; first at options-twice/questions.gvk:33:11
                  option kosten-besparen
                         ^~~~~~~~~~~~~~~
                """#),
        BrokenCase(
            "quadrant-taken-twice", in: "base.gvk",
            replacing: #"""
                archetype ondernemend
                  intent vernieuwen
                """#,
            with: #"""
                archetype ondernemend
                  intent verbeteren
                """#,
            expected: #"""
                quadrant-taken-twice/base.gvk:2:1: error: no archetype for the quadrant vernieuwen/delen; declare exactly four archetypes, one per quadrant (intent/nature)
                knowledge
                ^~~~~~~~~
                quadrant-taken-twice/base.gvk:88:11: error: archetype 'ondernemend' takes the quadrant verbeteren/delen, which archetype 'functioneel' at quadrant-taken-twice/base.gvk:36:11 already has
                archetype ondernemend
                          ^~~~~~~~~~~
                """#),
        BrokenCase(
            "question-without-options", in: "questions.gvk",
            deleting: #"  options motives"#,
            expected: #"""
                question-without-options/questions.gvk:25:10: error: question 'motieven' has no options; add 'option' blocks, 'options motives' or 'options forms'
                question motieven
                         ^~~~~~~~
                """#),
        BrokenCase(
            "reserved-question-id", in: "questions.gvk",
            appending: #"""

                question intent
                  kind yes-no
                  text
                    nl "Willen jullie vernieuwen?"
                    en "Do you want to renew?"
                  why
                    nl "Dit bepaalt de intentie."
                    en "This decides the intent."
                """#,
            expected: #"""
                reserved-question-id/questions.gvk:93:10: error: question id 'intent' is reserved for the derived attribute 'intent'; choose another id
                question intent
                         ^~~~~~
                """#),
        BrokenCase(
            "rule-concludes-question", in: "rules.gvk",
            replacing: #"  then intent = verbeteren with 0.8"#,
            with: #"  then ambitie = verbeteren"#,
            expected: #"""
                rule-concludes-question/rules.gvk:34:8: error: rules cannot conclude the question 'ambitie'; the user answers it
                  then ambitie = verbeteren
                       ^~~~~~~
                """#),
        BrokenCase(
            "scale-compared-with-word", in: "rules.gvk",
            replacing: #"  when afhankelijkheid >= 4"#,
            with: #"  when afhankelijkheid = hoog"#,
            expected: #"""
                scale-compared-with-word/rules.gvk:47:26: error: 'afhankelijkheid' is a scale question from 1 to 5; expected a number, found 'hoog'
                  when afhankelijkheid = hoog
                                         ^~~~
                """#),
        BrokenCase(
            "then-excluded-form", in: "rules.gvk",
            replacing: #"  then form = stichting with -0.3"#,
            with: #"  then excluded-form = stichting"#,
            expected: #"""
                then-excluded-form/rules.gvk:70:8: error: rules cannot conclude 'excluded-form'; write a 'requirement' to exclude forms
                  then excluded-form = stichting
                       ^~~~~~~~~~~~~
                """#),
        BrokenCase(
            "then-unknown-attribute", in: "rules.gvk",
            replacing: #"  then signal = hoog-risico"#,
            with: #"  then signaal = hoog-risico"#,
            expected: #"""
                then-unknown-attribute/rules.gvk:69:8: error: unknown attribute 'signaal' after 'then'; did you mean 'signal'?
                  then signaal = hoog-risico
                       ^~~~~~~
                """#),
        BrokenCase(
            "two-knowledge-blocks", in: "rules.gvk",
            appending: #"""

                knowledge
                  version "2.0.0"
                  title
                    nl "Nog meer kennis"
                    en "More knowledge"
                """#,
            expected: #"""
                two-knowledge-blocks/rules.gvk:75:1: error: duplicate 'knowledge' block; first declared at two-knowledge-blocks/base.gvk:2:1
                knowledge
                ^~~~~~~~~
                """#),
        BrokenCase(
            "unknown-agreement", in: "base.gvk",
            replacing: #"  agreements rolverdeling spelregels"#,
            with: #"  agreements rolverdeling spelregel"#,
            expected: #"""
                unknown-agreement/base.gvk:112:27: error: unknown agreement 'spelregel'; did you mean 'spelregels'?
                  agreements rolverdeling spelregel
                                          ^~~~~~~~~
                """#),
        BrokenCase(
            "unknown-form-in-preference", in: "forms.gvk",
            replacing: #"  adjust forms stichting by -0.3"#,
            with: #"  adjust forms stiching by -0.3"#,
            expected: #"""
                unknown-form-in-preference/forms.gvk:101:16: error: unknown form 'stiching'; did you mean 'stichting'?
                  adjust forms stiching by -0.3
                               ^~~~~~~~
                """#),
        BrokenCase(
            "unknown-option", in: "rules.gvk",
            replacing: #"  when ambitie = verbeteren"#,
            with: #"  when ambitie = verbeter"#,
            expected: #"""
                unknown-option/rules.gvk:33:18: error: unknown option 'verbeter' of question 'ambitie'; did you mean 'verbeteren'?
                  when ambitie = verbeter
                                 ^~~~~~~~
                """#),
        BrokenCase(
            "unknown-pole", in: "base.gvk",
            replacing: #"""
                archetype verkennend
                  intent vernieuwen
                """#,
            with: #"""
                archetype verkennend
                  intent delen
                """#,
            expected: #"""
                unknown-pole/base.gvk:63:10: error: unknown intent 'delen'; expected 'verbeteren' or 'vernieuwen'
                  intent delen
                         ^~~~~
                """#),
        BrokenCase(
            "unknown-question", in: "rules.gvk",
            replacing: #"  when motieven has kosten-besparen"#,
            with: #"  when motieve has kosten-besparen"#,
            expected: #"""
                unknown-question/rules.gvk:2:8: error: unknown question 'motieve'; did you mean 'motieven'?
                  when motieve has kosten-besparen
                       ^~~~~~~
                """#),
        BrokenCase(
            "unknown-signal-in-rule", in: "rules.gvk",
            replacing: #"  then signal = hoog-risico"#,
            with: #"  then signal = hoog-risco"#,
            expected: #"""
                unknown-signal-in-rule/rules.gvk:69:17: error: unknown signal 'hoog-risco'; did you mean 'hoog-risico'?
                  then signal = hoog-risco
                                ^~~~~~~~~~
                """#),
        BrokenCase(
            "many-errors-in-one-file",
            edits: [
                .replace(
                    in: "rules.gvk", replacing: #"  when motieven has kosten-besparen"#,
                    with: #"  when motieve has kosten-besparen"#),
                .replace(
                    in: "rules.gvk", replacing: #"  when samen-aanbieden = no"#,
                    with: #"  when samen-aanbieden = misschien"#),
                .delete(in: "rules.gvk", deleting: #"    nl "Jullie willen vooral vernieuwen.""#),
                .replace(
                    in: "rules.gvk", replacing: #"  then nature = delen with 0.6"#,
                    with: #"  then nature = deelen with 0.6"#),
            ],
            expected: #"""
                many-errors-in-one-file/rules.gvk:2:8: error: unknown question 'motieve'; did you mean 'motieven'?
                  when motieve has kosten-besparen
                       ^~~~~~~
                many-errors-in-one-file/rules.gvk:26:26: error: 'samen-aanbieden' is a yes-no question; expected 'yes' or 'no', found 'misschien'
                  when samen-aanbieden = misschien
                                         ^~~~~~~~~
                many-errors-in-one-file/rules.gvk:42:3: error: missing Dutch text for 'because' of rule 'ambitie-vernieuwen'
                  because
                  ^~~~~~~
                many-errors-in-one-file/rules.gvk:47:17: error: unknown nature 'deelen'; did you mean 'delen'?
                  then nature = deelen with 0.6
                                ^~~~~~
                """#),
        BrokenCase(
            "signal-about-unknown-form", in: "forms.gvk",
            replacing: "signal hoog-risico\n",
            with: "signal hoog-risico\n  about-forms stichtng\n",
            expected: #"""
                signal-about-unknown-form/forms.gvk:85:15: error: unknown form 'stichtng'; did you mean 'stichting'?
                  about-forms stichtng
                              ^~~~~~~~
                """#),
        BrokenCase(
            "signal-about-form-listed-twice", in: "forms.gvk",
            replacing: "signal hoog-risico\n",
            with: "signal hoog-risico\n  about-forms stichting stichting\n",
            expected: #"""
                signal-about-form-listed-twice/forms.gvk:85:25: error: form 'stichting' is listed twice in signal 'hoog-risico'
                  about-forms stichting stichting
                                        ^~~~~~~~~
                """#),
        BrokenCase(
            "signal-about-no-forms", in: "forms.gvk",
            replacing: "signal hoog-risico\n",
            with: "signal hoog-risico\n  about-forms\n",
            expected: #"""
                signal-about-no-forms/forms.gvk:85:14: error: expected form ids after 'about-forms'
                  about-forms
                             ^
                """#),
        BrokenCase(
            "signal-about-forms-twice", in: "forms.gvk",
            replacing: "signal hoog-risico\n",
            with: "signal hoog-risico\n  about-forms stichting\n  about-forms bedrijfsvoeringsorganisatie\n",
            expected: #"""
                signal-about-forms-twice/forms.gvk:86:3: error: field 'about-forms' appears twice in signal 'hoog-risico'; first at line 85
                  about-forms bedrijfsvoeringsorganisatie
                  ^~~~~~~~~~~
                """#),
    ]
}
