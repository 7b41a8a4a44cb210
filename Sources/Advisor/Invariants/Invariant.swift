/// A property every recommendation must have, whatever the answers (issue 9's acceptance).
///
/// Each case is checked by ``InvariantChecker``; the letters follow the list.
public enum Invariant: String, Sendable, Hashable, CaseIterable, Comparable {
    /// a. No excluded form among the offered forms.
    case excludedFormOffered = "a"
    /// b. No form in the top three that lacks a property a fired requirement asks for.
    case topFormLacksRequiredProperty = "b"
    /// c. No form open only to public authorities (a Wgr form) unless all partners are public
    ///    authorities.
    case wgrFormWithoutOnlyPublicPartners = "c"
    /// d. No foundation or association offered when profit must go to the partners.
    case nonProfitFormWithProfitDistribution = "d"
    /// e. No EEIG offered when no partner is from another member state.
    case eeigWithoutForeignPartner = "e"
    /// f. No private legal person first when only public authorities take part and their
    ///    councils must steer directly.
    case privateLegalPersonFirstUnderCouncilControl = "f"
    /// g. The art. 160 Gemeentewet signal whenever public authorities take part and a private
    ///    legal person is in the top three.
    case missingArticle160Signal = "g"
    /// h. The procurement signal whenever a public authority or semi-public institution takes part
    ///    in functional or entrepreneurial collaboration.
    case missingProcurementSignal = "h"
    /// i. No signal about forms none of which is offered or named by the user.
    case signalAboutFormsNotOffered = "i"
    /// j. The plot's mark lies in the quadrant of the archetype the headline names (when the
    ///    position is off both axes).
    case plotContradictsHeadline = "j"
    /// k. The core agreements are those the reasoning concluded for the headline's archetype (and
    ///    a tussenvorm's runner-up): none missing, none of another archetype.
    case agreementsContradictHeadline = "k"
    /// l. No signal raised only for an archetype other than the headline's (or a tussenvorm's
    ///    runner-up).
    case signalForAnotherArchetype = "l"

    /// The invariant in one sentence, for the checker's output.
    public var summary: String {
        switch self {
        case .excludedFormOffered: return "no excluded form among the offered forms"
        case .topFormLacksRequiredProperty:
            return "no form in the top three that lacks a property a fired requirement asks for"
        case .wgrFormWithoutOnlyPublicPartners: return "no Wgr form unless all partners are public authorities"
        case .nonProfitFormWithProfitDistribution:
            return "no foundation or association offered when profit must go to the partners"
        case .eeigWithoutForeignPartner: return "no EEIG offered unless a partner is from another member state"
        case .privateLegalPersonFirstUnderCouncilControl:
            return "no private legal person first for public authorities whose councils must steer directly"
        case .missingArticle160Signal:
            return
                "the art. 160 signal when public authorities take part and a private legal person is in the top three"
        case .missingProcurementSignal:
            return
                "the procurement signal when a contracting authority takes part in functional or entrepreneurial collaboration"
        case .signalAboutFormsNotOffered: return "no signal about forms none of which is offered or named"
        case .plotContradictsHeadline: return "the plot's mark lies in the headline archetype's quadrant"
        case .agreementsContradictHeadline:
            return "the core agreements are exactly those concluded for the headline archetype (and a runner-up)"
        case .signalForAnotherArchetype: return "no signal raised only for an archetype the report does not name"
        }
    }

    /// Orders by letter.
    public static func < (lhs: Invariant, rhs: Invariant) -> Bool { lhs.rawValue < rhs.rawValue }
}
