/// Broken knowledge bases whose mistake is in a `divergence`: its fields, its conditions and the
/// placeholders of its texts.
extension BrokenCase {
    /// A sound `divergences.gvk` that each case changes in one place.
    private static let divergences = #"""
        # domain.md 4.6 [S: test]
        divergence joint-offer
          level serious
          source "domain.md 4.6 [S: test]"
          one samen-aanbieden = yes
          other samen-aanbieden = no and ambitie = verbeteren
          title
            nl "Samen aanbieden of niet"
            en "A joint offer or not"
          finding
            nl "{one} {one:wil|willen} samen aanbieden; {other} niet."
            en "{one} {one:wants|want} to offer jointly; {other} {other:does|do} not."
          starter
            nl "{one} en {other}: bespreek het aanbod."
            en "{one} and {other}: discuss the offer."

        divergence far-apart
          level some
          source "domain.md 4.6 [D]"
          compares positions > 0.5
          title
            nl "Ver uit elkaar"
            en "Far apart"
          finding
            nl "{one} en {other}: {distance} (drempel {threshold})."
            en "{one} and {other}: {distance} (threshold {threshold})."
        """#

    /// The case `name`: the sound divergences with `find` replaced by `text`.
    private static func divergence(
        _ name: String, replacing find: String, with text: String, expected: String
    ) -> BrokenCase {
        divergence(name, replacing: [(find, text)], expected: expected)
    }

    /// The case `name`: the sound divergences with each `find` replaced by its `text`, in order.
    private static func divergence(
        _ name: String, replacing edits: [(find: String, text: String)], expected: String
    ) -> BrokenCase {
        BrokenCase(
            name,
            edits: [.add(adding: "divergences.gvk", text: divergences)]
                + edits.map { .replace(in: "divergences.gvk", replacing: $0.find, with: $0.text) },
            expected: expected)
    }

    static let divergence: [BrokenCase] = [
        divergence(
            "divergence-sound", replacing: "# domain.md 4.6 [S: test]", with: "# domain.md 4.6",
            expected: "(loaded without errors)"),
        divergence(
            "divergence-unknown-level",
            replacing: #"  level serious"#,
            with: #"  level seriouss"#,
            expected: #"""
                divergence-unknown-level/divergences.gvk:3:9: error: expected 'some' or 'serious' after 'level', found 'seriouss'; did you mean 'serious'?
                  level seriouss
                        ^~~~~~~~
                """#),
        divergence(
            "divergence-unknown-question",
            replacing: #"  one samen-aanbieden = yes"#,
            with: #"  one samen-aanbiedn = yes"#,
            expected: #"""
                divergence-unknown-question/divergences.gvk:5:7: error: unknown question 'samen-aanbiedn'; did you mean 'samen-aanbieden'?
                  one samen-aanbiedn = yes
                      ^~~~~~~~~~~~~~
                """#),
        divergence(
            "divergence-unknown-option",
            replacing: #"and ambitie = verbeteren"#,
            with: #"and ambitie = verbeter"#,
            expected: #"""
                divergence-unknown-option/divergences.gvk:6:44: error: unknown option 'verbeter' of question 'ambitie'; did you mean 'verbeteren'?
                  other samen-aanbieden = no and ambitie = verbeter
                                                           ^~~~~~~~
                """#),
        divergence(
            "divergence-has-on-one-of",
            replacing: #"and ambitie = verbeteren"#,
            with: #"and ambitie has verbeteren"#,
            expected: #"""
                divergence-has-on-one-of/divergences.gvk:6:42: error: 'ambitie' is a one-of question; use '=' instead of 'has'
                  other samen-aanbieden = no and ambitie has verbeteren
                                                         ^~~
                """#),
        divergence(
            "divergence-placeholder-in-title",
            replacing: #"    nl "Samen aanbieden of niet""#,
            with: #"    nl "{one} samen aanbieden of niet""#,
            expected: #"""
                divergence-placeholder-in-title/divergences.gvk:8:9: error: unknown placeholder '{one}' in 'title' of divergence 'joint-offer'; 'title' takes no placeholders
                    nl "{one} samen aanbieden of niet"
                        ^~~~~
                """#),
        divergence(
            "divergence-unknown-placeholder",
            replacing: #"    nl "{one} {one:wil|willen} samen aanbieden; {other} niet.""#,
            with: #"    nl "{onne} {one:wil|willen} samen aanbieden; {other} niet.""#,
            expected: #"""
                divergence-unknown-placeholder/divergences.gvk:11:9: error: unknown placeholder '{onne}' in 'finding' of divergence 'joint-offer'; did you mean '{one}'?
                    nl "{onne} {one:wil|willen} samen aanbieden; {other} niet."
                        ^~~~~~
                """#),
        divergence(
            "divergence-distance-without-positions",
            replacing: #"    en "{one} and {other}: discuss the offer.""#,
            with: #"    en "{one} and {other}: discuss the offer ({distance}).""#,
            expected: #"""
                divergence-distance-without-positions/divergences.gvk:15:47: error: unknown placeholder '{distance}' in 'starter' of divergence 'joint-offer'; expected '{one}' or '{other}'
                    en "{one} and {other}: discuss the offer ({distance})."
                                                              ^~~~~~~~~~
                """#),
        divergence(
            "divergence-placeholder-without-forms",
            replacing: #"    en "{one} {one:wants|want} to offer jointly; {other} {other:does|do} not.""#,
            with: #"    en "{one} {one:wants} to offer jointly; {other} {other:does|do} not.""#,
            expected: #"""
                divergence-placeholder-without-forms/divergences.gvk:12:15: error: malformed placeholder '{one:wants}'; write '{NAME}' or '{one:SINGULAR|PLURAL}', such as '{one:wil|willen}'
                    en "{one} {one:wants} to offer jointly; {other} {other:does|do} not."
                              ^~~~~~~~~~~
                """#),
        divergence(
            "divergence-closing-brace-alone",
            replacing: #"    nl "{one} en {other}: bespreek het aanbod.""#,
            with: #"    nl "{one} en {other}: bespreek het aanbod.}""#,
            expected: #"""
                divergence-closing-brace-alone/divergences.gvk:14:47: error: unexpected '}'; braces in this text mark placeholders such as '{one}'
                    nl "{one} en {other}: bespreek het aanbod.}"
                                                              ^
                """#),
        divergence(
            "divergence-unterminated-placeholder",
            replacing: #"    nl "{one} en {other}: bespreek het aanbod.""#,
            with: #"    nl "{one} en {other: bespreek het aanbod.""#,
            expected: #"""
                divergence-unterminated-placeholder/divergences.gvk:14:18: error: unterminated placeholder; close it with '}' in the same string
                    nl "{one} en {other: bespreek het aanbod."
                                 ^
                """#),
        divergence(
            "divergence-placeholder-across-strings",
            replacing: #"    nl "{one} en {other}: bespreek het aanbod.""#,
            with: #"    nl "{one} en {other"\#n      "}: bespreek het aanbod.""#,
            expected: #"""
                divergence-placeholder-across-strings/divergences.gvk:14:18: error: unterminated placeholder; close it with '}' in the same string
                    nl "{one} en {other"
                                 ^
                divergence-placeholder-across-strings/divergences.gvk:15:8: error: unexpected '}'; braces in this text mark placeholders such as '{one}'
                      "}: bespreek het aanbod."
                       ^
                """#),
        divergence(
            "divergence-number-with-forms",
            replacing: #"    nl "{one} en {other}: {distance} (drempel {threshold}).""#,
            with: #"    nl "{one} en {other}: {distance:a|b} (drempel {threshold}).""#,
            expected: #"""
                divergence-number-with-forms/divergences.gvk:25:27: error: placeholder '{distance}' in 'finding' of divergence 'far-apart' is a number; only '{one:…|…}' and '{other:…|…}' take singular and plural forms
                    nl "{one} en {other}: {distance:a|b} (drempel {threshold})."
                                          ^~~~~~~~~~~~~~
                """#),
        divergence(
            "divergence-missing-english",
            replacing: #"    en "{one} and {other}: discuss the offer."\#n"#,
            with: #""#,
            expected: #"""
                divergence-missing-english/divergences.gvk:13:3: error: missing English text for 'starter' of divergence 'joint-offer'
                  starter
                  ^~~~~~~
                """#),
        divergence(
            "divergence-missing-source",
            replacing: #"  source "domain.md 4.6 [D]"\#n"#,
            with: #""#,
            expected: #"""
                divergence-missing-source/divergences.gvk:17:12: error: missing field 'source' in divergence 'far-apart'
                divergence far-apart
                           ^~~~~~~~~
                """#),
        divergence(
            "divergence-source-not-a-string",
            replacing: #"  source "domain.md 4.6 [D]""#,
            with: #"  source domain"#,
            expected: #"""
                divergence-source-not-a-string/divergences.gvk:19:10: error: expected a string after 'source', such as "domain.md 4.6", found 'domain'
                  source domain
                         ^~~~~~
                """#),
        divergence(
            "divergence-compares-and-conditions",
            replacing: #"  compares positions > 0.5"#,
            with: #"  compares positions > 0.5\#n  one ambitie = verbeteren"#,
            expected: #"""
                divergence-compares-and-conditions/divergences.gvk:20:3: error: divergence 'far-apart' has both 'compares' and conditions; a divergence either compares the partners' results or tests 'one' and 'other'
                  compares positions > 0.5
                  ^~~~~~~~
                """#),
        divergence(
            "divergence-distance-out-of-range",
            replacing: #"  compares positions > 0.5"#,
            with: #"  compares positions > 3"#,
            expected: #"""
                divergence-distance-out-of-range/divergences.gvk:20:24: error: distance 3 must be more than 0 and less than 2.83, the diagonal of the square of positions
                  compares positions > 3
                                       ^
                """#),
        divergence(
            "divergence-positions-without-distance",
            replacing: #"  compares positions > 0.5"#,
            with: #"  compares positions 0.5"#,
            expected: #"""
                divergence-positions-without-distance/divergences.gvk:20:22: error: expected '> DISTANCE' after 'compares positions', such as '> 0.5', found '0.5'
                  compares positions 0.5
                                     ^~~
                """#),
        divergence(
            "divergence-unknown-comparison",
            replacing: #"  compares positions > 0.5"#,
            with: #"  compares quadrant"#,
            expected: #"""
                divergence-unknown-comparison/divergences.gvk:20:12: error: expected 'quadrants', 'positions > DISTANCE' or 'archetypes' after 'compares', found 'quadrant'; did you mean 'quadrants'?
                  compares quadrant
                           ^~~~~~~~
                """#),
        divergence(
            "divergence-without-test",
            replacing: #"  compares positions > 0.5\#n"#,
            with: #""#,
            expected: #"""
                divergence-without-test/divergences.gvk:17:12: error: divergence 'far-apart' says neither what it compares nor on what the partners differ; write 'one' and 'other' conditions, or 'compares quadrants', 'compares positions > DISTANCE' or 'compares archetypes'
                divergence far-apart
                           ^~~~~~~~~
                """#),
        divergence(
            "divergence-without-other",
            replacing: #"  other samen-aanbieden = no and ambitie = verbeteren\#n"#,
            with: #""#,
            expected: #"""
                divergence-without-other/divergences.gvk:2:12: error: missing field 'other' in divergence 'joint-offer'
                divergence joint-offer
                           ^~~~~~~~~~~
                """#),
        divergence(
            "divergence-never-applies",
            replacing: #"  one samen-aanbieden = yes"#,
            with: #"  one samen-aanbieden = yes and samen-aanbieden = no"#,
            expected: #"""
                divergence-never-applies/divergences.gvk:5:33: error: divergence 'joint-offer' can never apply: 'samen-aanbieden = no' contradicts 'samen-aanbieden = yes'
                  one samen-aanbieden = yes and samen-aanbieden = no
                                                ^~~~~~~~~~~~~~~~~~~~
                """#),
        divergence(
            "divergence-duplicate",
            replacing: #"divergence far-apart"#,
            with: #"divergence joint-offer"#,
            expected: #"""
                divergence-duplicate/divergences.gvk:17:12: error: duplicate divergence 'joint-offer'; first declared at divergence-duplicate/divergences.gvk:2:12
                divergence joint-offer
                           ^~~~~~~~~~~
                """#),
        divergence(
            "divergence-unknown-field",
            replacing: #"  starter\#n"#,
            with: #"  starters\#n"#,
            expected: #"""
                divergence-unknown-field/divergences.gvk:13:3: error: unknown field 'starters' in divergence 'joint-offer'; did you mean 'starter'?
                  starters
                  ^~~~~~~~
                """#),
        divergence(
            "divergence-every-problem-at-once",
            replacing: [
                ("  level some", "  level sommige"),
                ("  one samen-aanbieden = yes", "  one samen-aanbieden = ja"),
                ("{other} {other:does|do} not.", "{other} {othr:does|do} not."),
                ("(drempel {threshold})", "(drempel {treshold}"),
            ],
            expected: #"""
                divergence-every-problem-at-once/divergences.gvk:5:25: error: 'samen-aanbieden' is a yes-no question; expected 'yes' or 'no', found 'ja'
                  one samen-aanbieden = ja
                                        ^~
                divergence-every-problem-at-once/divergences.gvk:12:58: error: unknown placeholder '{othr}' in 'finding' of divergence 'joint-offer'; did you mean '{other}'?
                    en "{one} {one:wants|want} to offer jointly; {other} {othr:does|do} not."
                                                                         ^~~~~~~~~~~~~~
                divergence-every-problem-at-once/divergences.gvk:18:9: error: expected 'some' or 'serious' after 'level', found 'sommige'
                  level sommige
                        ^~~~~~~
                divergence-every-problem-at-once/divergences.gvk:25:47: error: unknown placeholder '{treshold}' in 'finding' of divergence 'far-apart'; did you mean '{threshold}'?
                    nl "{one} en {other}: {distance} (drempel {treshold}."
                                                              ^~~~~~~~~~
                """#),
    ]
}
