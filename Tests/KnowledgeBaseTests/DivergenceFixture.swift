/// A `divergences.gvk` for the valid fixture base: one divergence of each kind of test.
enum DivergenceFixture {
    /// The file's name.
    static let name = "valid/divergences.gvk"

    /// The file's text.
    static let text = #"""
        # The first side offers jointly, the other does not. [S: test]
        divergence joint-offer
          level serious
          source "domain.md 4.6 [S: test]"
          one samen-aanbieden = yes
          other samen-aanbieden = no
            and (ambitie = verbeteren or motieven has kosten-besparen)
          title
            nl "Samen aanbieden of niet"
            en "A joint offer or not"
          finding
            nl "{one} {one:wil|willen} samen aanbieden;"
              "{other} niet."
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

        divergence quadrants
          level serious
          source "domain.md 4.3"
          compares quadrants
          title
            nl "Kwadranten"
            en "Quadrants"
          finding
            nl "{one} tegenover {other}."
            en "{one} against {other}."

        divergence archetypes
          level some
          source "domain.md 4.3"
          compares archetypes
          title
            nl "Grondvormen"
            en "Archetypes"
          finding
            nl "{one} tegenover {other}."
            en "{one} against {other}."
        """#

    /// The valid fixture base with the divergences.
    static func files() throws -> [(String, String)] {
        try TestSupport.validBase() + [(name, text)]
    }
}
