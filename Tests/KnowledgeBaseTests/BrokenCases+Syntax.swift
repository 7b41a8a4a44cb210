/// Broken knowledge bases whose first problem is found by the lexer and the parser.
extension BrokenCase {
    static let syntax: [BrokenCase] = [
        BrokenCase(
            "bad-continuation-line", in: "base.gvk",
            replacing: #"      "from another party.""#,
            with: #"      from another party"#,
            expected: #"""
                bad-continuation-line/base.gvk:18:7: error: unexpected 'from'; a line that continues a text holds only a string
                      from another party
                      ^~~~
                """#),
        BrokenCase(
            "binary-garbage", bytesOf: "garbage.gvk",
            expected: #"""
                binary-garbage/garbage.gvk:2:1: error: file is not valid UTF-8 text
                �(�M��%0��m�,��#{.��?r���q�D��I<�\4`�1 �i�
                ^
                """#),
        BrokenCase(
            "certainty-out-of-range", in: "rules.gvk",
            replacing: #"  then intent = vernieuwen with 0.8"#,
            with: #"  then intent = vernieuwen with 1.5"#,
            expected: #"""
                certainty-out-of-range/rules.gvk:41:33: error: certainty 1.5 is outside -1 to 1
                  then intent = vernieuwen with 1.5
                                                ^~~
                """#),
        BrokenCase(
            "preference-adjust-without-by", in: "forms.gvk",
            replacing: #"  adjust forms stichting by -0.3"#,
            with: #"  adjust forms stichting"#,
            expected: #"""
                preference-adjust-without-by/forms.gvk:101:25: error: expected 'by CERTAINTY' at the end of 'adjust', such as 'by -0.5'
                  adjust forms stichting
                                        ^
                """#),
        BrokenCase(
            "preference-two-actions", in: "forms.gvk",
            replacing: #"  adjust forms stichting by -0.3"#,
            with: #"""
                  adjust forms stichting by -0.3
                  exclude forms stichting
                """#,
            expected: #"""
                preference-two-actions/forms.gvk:102:3: error: unknown field 'exclude' in preference 'lichte-vorm'
                  exclude forms stichting
                  ^~~~~~~
                """#),
        BrokenCase(
            "requirement-unknown-property", in: "forms.gvk",
            replacing: #"  exclude forms where private-partners is no"#,
            with: #"  exclude forms where private-partner is no"#,
            expected: #"""
                requirement-unknown-property/forms.gvk:94:23: error: unknown property 'private-partner'; did you mean 'private-partners'?
                  exclude forms where private-partner is no
                                      ^~~~~~~~~~~~~~~
                """#),
        BrokenCase(
            "preference-without-action", in: "forms.gvk",
            deleting: #"  adjust forms stichting by -0.3"#,
            expected: #"""
                preference-without-action/forms.gvk:99:12: error: missing field 'adjust' in preference 'lichte-vorm'
                preference lichte-vorm
                           ^~~~~~~~~~~
                """#),
        BrokenCase(
            "declaration-starts-with-string", in: "forms.gvk",
            appending: #"""

                "signal" extra
                """#,
            expected: #"""
                declaration-starts-with-string/forms.gvk:106:1: error: expected a declaration such as 'motive' or 'rule', found '"signal"'
                "signal" extra
                ^~~~~~~~
                """#),
        BrokenCase(
            "default-is-a-string", in: "questions.gvk",
            replacing: #"  default no"#,
            with: #"  default "no""#,
            expected: #"""
                default-is-a-string/questions.gvk:60:11: error: expected an option id, 'yes', 'no' or a number after 'default', found '"no"'
                  default "no"
                          ^~~~
                """#),
        BrokenCase(
            "duplicate-field", in: "questions.gvk",
            replacing: #"    en "Why do you want to collaborate?""#,
            with: #"""
                    en "Why do you want to collaborate?"
                  text
                    nl "Wat willen jullie bereiken?"
                    en "What do you want to achieve?"
                """#,
            expected: #"""
                duplicate-field/questions.gvk:30:3: error: field 'text' appears twice in question 'motieven'; first at line 27
                  text
                  ^~~~
                """#),
        BrokenCase(
            "empty-text", in: "base.gvk",
            replacing: #"    en "Client and supplier.""#,
            with: #"    en """#,
            expected: #"""
                empty-text/base.gvk:21:8: error: English text for 'relation' of archetype 'transactioneel' is empty
                    en ""
                       ^~
                """#),
        BrokenCase(
            "extra-token-after-id", in: "questions.gvk",
            replacing: #"motive kosten-besparen"#,
            with: #"motive kosten-besparen geld"#,
            expected: #"""
                extra-token-after-id/questions.gvk:1:24: error: unexpected 'geld'; expected the end of the line
                motive kosten-besparen geld
                                       ^~~~
                """#),
        BrokenCase(
            "field-is-a-string", in: "questions.gvk",
            replacing: #"    en "Cutting costs""#,
            with: #"""
                    en "Cutting costs"
                  "explanation"
                """#,
            expected: #"""
                field-is-a-string/questions.gvk:5:3: error: expected a field of motive 'kosten-besparen', found '"explanation"'
                  "explanation"
                  ^~~~~~~~~~~~~
                """#),
        BrokenCase(
            "fit-level-unknown", in: "forms.gvk",
            replacing: #"  fit ondernemend situational"#,
            with: #"  fit ondernemend situationeel"#,
            expected: #"""
                fit-level-unknown/forms.gvk:47:19: error: unknown fit level 'situationeel'; did you mean 'situational'?
                  fit ondernemend situationeel
                                  ^~~~~~~~~~~~
                """#),
        BrokenCase(
            "fit-without-level", in: "forms.gvk",
            replacing: #"  fit ondernemend situational"#,
            with: #"  fit ondernemend"#,
            expected: #"""
                fit-without-level/forms.gvk:47:18: error: expected a fit level after 'fit ondernemend': 'typical', 'workable', 'situational' or 'poor'
                  fit ondernemend
                                 ^
                """#),
        BrokenCase(
            "id-is-a-string", in: "forms.gvk",
            appending: #"""

                signal "extra"
                  title
                    nl "Extra"
                    en "Extra"
                """#,
            expected: #"""
                id-is-a-string/forms.gvk:106:1: error: missing field 'text' in signal
                signal "extra"
                ^~~~~~
                id-is-a-string/forms.gvk:106:8: error: expected an id after 'signal', found '"extra"'
                signal "extra"
                       ^~~~~~~
                """#),
        BrokenCase(
            "indented-too-deep", in: "forms.gvk",
            replacing: #"  private-partners no"#,
            with: #"        private-partners no"#,
            expected: #"""
                indented-too-deep/forms.gvk:61:1: error: line is indented too deep; expected at most 6 spaces
                        private-partners no
                ^~~~~~~~
                """#),
        BrokenCase(
            "invalid-id", in: "forms.gvk",
            appending: #"""

                signal Extra_Signaal
                  title
                    nl "Extra"
                    en "Extra"
                  text
                    nl "Extra."
                    en "Extra."
                """#,
            expected: #"""
                invalid-id/forms.gvk:106:8: error: 'Extra_Signaal' is not a valid id; ids use lower-case letters, digits and '-' and start with a letter
                signal Extra_Signaal
                       ^~~~~~~~~~~~~
                """#),
        BrokenCase(
            "language-twice", in: "questions.gvk",
            replacing: #"    en "Cutting costs""#,
            with: #"""
                    en "Cutting costs"
                    en "Saving costs"
                """#,
            expected: #"""
                language-twice/questions.gvk:5:5: error: 'en' appears twice in 'label' of motive 'kosten-besparen'
                    en "Saving costs"
                    ^~
                """#),
        BrokenCase(
            "language-without-string", in: "questions.gvk",
            replacing: #"    en "Cutting costs""#,
            with: #"    en Cutting costs"#,
            expected: #"""
                language-without-string/questions.gvk:4:8: error: expected a string after 'en', found 'Cutting'
                    en Cutting costs
                       ^~~~~~~
                """#),
        BrokenCase(
            "missing-field", in: "rules.gvk",
            deleting: #"""
                  because
                    nl "Zonder gezamenlijk aanbod ligt uitwisselen meer voor de hand."
                    en "Without a joint offer, exchange is more likely."
                """#,
            expected: #"""
                missing-field/rules.gvk:25:6: error: missing field 'because' in rule 'geen-aanbod'
                rule geen-aanbod
                     ^~~~~~~~~~~
                """#),
        BrokenCase(
            "missing-id", in: "rules.gvk",
            replacing: #"rule geen-aanbod"#,
            with: #"rule"#,
            expected: #"""
                missing-id/rules.gvk:25:5: error: expected an id after 'rule'
                rule
                    ^
                """#),
        BrokenCase(
            "missing-translation", in: "questions.gvk",
            deleting: #"    en "Cutting costs""#,
            expected: #"""
                missing-translation/questions.gvk:2:3: error: missing English text for 'label' of motive 'kosten-besparen'
                  label
                  ^~~~~
                """#),
        BrokenCase(
            "missing-version", in: "base.gvk",
            deleting: #"  version "1.0.0""#,
            expected: #"""
                missing-version/base.gvk:2:1: error: missing field 'version' in knowledge
                knowledge
                ^~~~~~~~~
                """#),
        BrokenCase(
            "nested-too-deep", in: "rules.gvk",
            replacing: #"  when afhankelijkheid < 3"#,
            with:
                #"  when ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((afhankelijkheid < 3))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))"#,
            expected: #"""
                nested-too-deep/rules.gvk:54:72: error: condition nests parentheses and 'not' more than 64 levels deep
                  when ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((afhankelijkheid < 3))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
                                                                                       ^
                """#),
        BrokenCase(
            "no-texts-at-all", adding: "agreement-text.gvk",
            text: #"""
                agreement exit
                  label
                  explanation
                    nl "Hoe partners uit elkaar gaan."
                """#,
            expected: #"""
                no-texts-at-all/agreement-text.gvk:1:11: error: no rule concludes agreement 'exit' with positive certainty
                agreement exit
                          ^~~~
                no-texts-at-all/agreement-text.gvk:2:3: error: missing Dutch and English text for 'label' of agreement 'exit'
                  label
                  ^~~~~
                no-texts-at-all/agreement-text.gvk:3:3: error: missing English text for 'explanation' of agreement 'exit'
                  explanation
                  ^~~~~~~~~~~
                """#),
        BrokenCase(
            "not-utf8-text", bytesOf: "questions.gvk",
            expected: #"""
                not-utf8-text/questions.gvk:14:42: error: file is not valid UTF-8 text
                    nl "Samen leren en nieuwe kennis opdo�n."
                                                         ^
                """#),
        BrokenCase(
            "odd-indentation", in: "questions.gvk",
            replacing: #"  kind scale 1 5"#,
            with: #"   kind scale 1 5"#,
            expected: #"""
                odd-indentation/questions.gvk:63:1: error: indentation of 3 spaces is not a multiple of two
                   kind scale 1 5
                ^~~
                """#),
        BrokenCase(
            "options-of-what", in: "questions.gvk",
            replacing: #"  options motives"#,
            with: #"  options motieven"#,
            expected: #"""
                options-of-what/questions.gvk:33:11: error: expected 'motives' or 'forms' after 'options', found 'motieven'
                  options motieven
                          ^~~~~~~~
                """#),
        BrokenCase(
            "pole-missing", in: "base.gvk",
            replacing: #"""
                  intent verbeteren
                  nature delen
                """#,
            with: #"""
                  intent verbeteren
                  nature
                """#,
            expected: #"""
                pole-missing/base.gvk:38:9: error: expected a pole after 'nature'
                  nature
                        ^
                """#),
        BrokenCase(
            "property-not-yes-no", in: "forms.gvk",
            replacing: #"""
                  private-partners yes
                  weight 4
                """#,
            with: #"""
                  private-partners ja
                  weight 4
                """#,
            expected: #"""
                property-not-yes-no/forms.gvk:36:20: error: expected 'yes' or 'no' after 'private-partners', found 'ja'
                  private-partners ja
                                   ^~
                """#),
        BrokenCase(
            "salience-not-whole", in: "rules.gvk",
            replacing: #"rule geen-aanbod"#,
            with: #"""
                rule geen-aanbod
                  salience 1.5
                """#,
            expected: #"""
                salience-not-whole/rules.gvk:26:12: error: expected a whole number after 'salience', found '1.5'
                  salience 1.5
                           ^~~
                """#),
        BrokenCase(
            "scale-bounds-reversed", in: "questions.gvk",
            replacing: #"  kind scale 1 5"#,
            with: #"  kind scale 5 1"#,
            expected: #"""
                scale-bounds-reversed/questions.gvk:63:14: error: the scale's minimum 5 must be below its maximum 1
                  kind scale 5 1
                             ^
                """#),
        BrokenCase(
            "scale-not-whole", in: "questions.gvk",
            replacing: #"  kind scale 1 5"#,
            with: #"  kind scale 1 4.5"#,
            expected: #"""
                scale-not-whole/questions.gvk:63:16: error: expected a whole number for the scale's maximum, found '4.5'
                  kind scale 1 4.5
                               ^~~
                """#),
        BrokenCase(
            "tab-in-indentation", bytesOf: "questions.gvk",
            expected:
                "tab-in-indentation/questions.gvk:53:1: error: tab character in indentation; indent with two spaces per level\n\tkind yes-no\n^"
        ),
        BrokenCase(
            "text-on-field-line", in: "questions.gvk",
            replacing: #"""
                  label
                    nl "Nieuw aanbod"
                    en "A new offer"
                """#,
            with: #"  label "Nieuw aanbod""#,
            expected: #"""
                text-on-field-line/questions.gvk:18:9: error: 'label' takes its text on indented 'nl' and 'en' lines, not on its own line
                  label "Nieuw aanbod"
                        ^~~~~~~~~~~~~~
                """#),
        BrokenCase(
            "then-certainty-zero", in: "rules.gvk",
            replacing: #"  then intent = verbeteren with 0.8"#,
            with: #"  then intent = verbeteren with 0"#,
            expected: #"""
                then-certainty-zero/rules.gvk:34:33: error: certainty 0 adds no evidence; give a certainty from -1 to 1 other than 0
                  then intent = verbeteren with 0
                                                ^
                """#),
        BrokenCase(
            "then-unknown-word", in: "rules.gvk",
            replacing: #"  then intent = verbeteren with 0.8"#,
            with: #"  then intent = verbeteren certainty 0.8"#,
            expected: #"""
                then-unknown-word/rules.gvk:34:28: error: unexpected 'certainty'; write 'with CERTAINTY' after the value, or end the line
                  then intent = verbeteren certainty 0.8
                                           ^~~~~~~~~
                """#),
        BrokenCase(
            "then-without-equals", in: "rules.gvk",
            replacing: #"  then intent = verbeteren with 0.8"#,
            with: #"  then intent verbeteren"#,
            expected: #"""
                then-without-equals/rules.gvk:34:15: error: expected 'then ATTRIBUTE = VALUE', such as 'then intent = verbeteren', found 'verbeteren'
                  then intent verbeteren
                              ^~~~~~~~~~
                """#),
        BrokenCase(
            "truncated-file", bytesOf: "rules.gvk",
            expected: #"""
                truncated-file/rules.gvk:73:8: error: unterminated string; close it with '"' on the same line
                    en "A strong
                       ^~~~~~~~~
                """#),
        BrokenCase(
            "unbalanced-parenthesis", in: "rules.gvk",
            replacing: #"  when archetype = ondernemend and afhankelijkheid >= 4"#,
            with: #"  when (archetype = ondernemend and afhankelijkheid >= 4"#,
            expected: #"""
                unbalanced-parenthesis/rules.gvk:68:57: error: expected ')' to close the '(' at column 8
                  when (archetype = ondernemend and afhankelijkheid >= 4
                                                                        ^
                """#),
        BrokenCase(
            "unexpected-character", in: "rules.gvk",
            replacing: #"  then intent = verbeteren with 0.6"#,
            with: #"  then intent = verbeteren with 0.6 €"#,
            expected: #"""
                unexpected-character/rules.gvk:3:37: error: unexpected character '€'
                  then intent = verbeteren with 0.6 €
                                                    ^
                """#),
        BrokenCase(
            "unknown-declaration", in: "forms.gvk",
            appending: #"""

                sigal extra-signaal
                  title
                    nl "Extra"
                    en "Extra"
                """#,
            expected: #"""
                unknown-declaration/forms.gvk:106:1: error: unknown declaration 'sigal'; did you mean 'signal'?
                sigal extra-signaal
                ^~~~~
                """#),
        BrokenCase(
            "unknown-escape", in: "questions.gvk",
            replacing: #"    nl "De motieven wijzen de richting.""#,
            with: #"    nl "De motieven\nwijzen de richting.""#,
            expected: #"""
                unknown-escape/questions.gvk:31:20: error: unknown escape in string; write '\"' for a quote and '\\' for a backslash
                    nl "De motieven\nwijzen de richting."
                                   ^~
                """#),
        BrokenCase(
            "unknown-field", in: "questions.gvk",
            replacing: #"""
                motive nieuw-aanbod
                  label
                """#,
            with: #"""
                motive nieuw-aanbod
                  lable
                """#,
            expected: #"""
                unknown-field/questions.gvk:18:3: error: unknown field 'lable' in motive 'nieuw-aanbod'; did you mean 'label'?
                  lable
                  ^~~~~
                """#),
        BrokenCase(
            "unknown-language", in: "questions.gvk",
            replacing: #"    nl "Kosten besparen""#,
            with: #"""
                    nl "Kosten besparen"
                    de "Kosten sparen"
                """#,
            expected: #"""
                unknown-language/questions.gvk:4:5: error: unknown language 'de' in 'label' of motive 'kosten-besparen'; expected 'nl' or 'en'
                    de "Kosten sparen"
                    ^~
                """#),
        BrokenCase(
            "unknown-operator", in: "rules.gvk",
            replacing: #"  when motieven has nieuw-aanbod"#,
            with: #"  when motieven hs nieuw-aanbod"#,
            expected: #"""
                unknown-operator/rules.gvk:17:17: error: expected '=', '!=', 'has', '<', '<=', '>', '>=' or 'is' after 'motieven', found 'hs'; did you mean 'has'?
                  when motieven hs nieuw-aanbod
                                ^~
                """#),
        BrokenCase(
            "unknown-question-kind", in: "questions.gvk",
            replacing: #"""
                question ambitie
                  kind one-of
                """#,
            with: #"""
                question ambitie
                  kind one-off
                """#,
            expected: #"""
                unknown-question-kind/questions.gvk:36:8: error: expected 'one-of', 'many-of', 'yes-no' or 'scale' after 'kind', found 'one-off'; did you mean 'one-of'?
                  kind one-off
                       ^~~~~~~
                """#),
        BrokenCase(
            "unterminated-string", in: "rules.gvk",
            replacing: #"    nl "Kosten besparen gaat over bestaand werk beter doen.""#,
            with: #"    nl "Kosten besparen gaat over bestaand werk beter doen."#,
            expected: #"""
                unterminated-string/rules.gvk:5:8: error: unterminated string; close it with '"' on the same line
                    nl "Kosten besparen gaat over bestaand werk beter doen.
                       ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
                """#),
        BrokenCase(
            "version-not-a-string", in: "base.gvk",
            replacing: #"  version "1.0.0""#,
            with: #"  version 1.0"#,
            expected: #"""
                version-not-a-string/base.gvk:3:11: error: expected a version string after 'version', such as "2026.1.0", found '1.0'
                  version 1.0
                          ^~~
                """#),
    ]
}
