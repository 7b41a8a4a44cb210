import KnowledgeBase
import Utilities

/// The help text in Dutch or English, generated from ``OptionSpec/table`` and ``Subcommand``.
///
/// Layout after swift-argument-parser: `OVERVIEW:`, the discussion, `USAGE:`, `ARGUMENTS:`,
/// `OPTIONS:`, `SUBCOMMANDS:` (main help only), `EXAMPLES:`, `EXIT CODES:` (main help only) and a
/// closing hint; in Dutch `OVERZICHT:`, `GEBRUIK:`, `ARGUMENTEN:`, `OPTIES:`, `OPDRACHTEN:`,
/// `VOORBEELDEN:` and `AFSLUITCODES:`. Everything is wrapped to `width` columns; option and
/// subcommand descriptions hang in a column of their own, or, when that column would be narrower
/// than ``minimumDescriptionWidth``, on the lines below their label.
struct HelpText: Sendable {
    /// The narrowest terminal the layout supports; narrower widths are treated as this.
    static let minimumWidth = 40
    /// Below this many columns, a description moves under its label.
    static let minimumDescriptionWidth = 30

    /// The program's own overview, first in the main help and the manual page's description.
    static let overview = LocalizedText(
        nl: "Adviseert over de vorm van een samenwerkingsverband: van motieven via grondvorm naar rechtsvorm.",
        en: "Advises how to shape a collaboration: from motives to archetype to legal form.")

    /// The exit codes and what each means, for the help and the manual page.
    static let exitCodes: [(code: Int, meaning: LocalizedText)] = [
        (0, LocalizedText(nl: "klaar (ook na hulp en --version)", en: "done (also help and --version)")),
        (
            1,
            LocalizedText(
                nl: "consultatie gestopt of een controle niet gehaald", en: "consultation stopped or a check failed")
        ),
        (
            64,
            LocalizedText(
                nl: "verkeerde opdrachtregel (ook een uitvoerbestand dat invoer is)",
                en: "wrong command line (also an output file that is an input)")
        ),
        (65, LocalizedText(nl: "foute antwoorden of kennisbank", en: "bad answers or knowledge base")),
        (66, LocalizedText(nl: "bestand of map niet gevonden", en: "file or folder not found")),
        (73, LocalizedText(nl: "uitvoerbestand kan niet worden geschreven", en: "output file cannot be written")),
        (130, LocalizedText(nl: "onderbroken (Ctrl-C)", en: "interrupted (Ctrl-C)")),
    ]

    /// The subcommand, or `nil` for the main help.
    let topic: Subcommand?
    /// The language of every text.
    let language: Language
    /// The number of columns to wrap to.
    let width: Int

    /// Creates the help for `topic` (`nil`: the main help) in `language`, wrapped to `width` columns.
    init(topic: Subcommand?, language: Language, width: Int) {
        self.topic = topic
        self.language = language
        self.width = max(width, Self.minimumWidth)
    }

    /// A section heading in ``language``.
    private func heading(nl: String, en: String) -> String {
        LocalizedText(nl: nl, en: en)(language)
    }

    /// The whole text, ending with a newline.
    var rendered: String {
        let subcommand = topic ?? .advise
        var sections: [String] = []

        let overview = topic?.abstract ?? Self.overview
        sections.append(wrap(overview(language), firstPrefix: heading(nl: "OVERZICHT: ", en: "OVERVIEW: "), prefix: ""))
        for paragraph in subcommand.discussion {
            sections.append(wrap(paragraph(language), firstPrefix: "", prefix: ""))
        }

        var usage = subcommand.usage.map { $0(language) }
        if topic == nil {
            usage.append(
                LocalizedText(nl: "grondvorm <opdracht> [<opties>]", en: "grondvorm <subcommand> [<options>]")(language)
            )
        }
        let usageHeading = heading(nl: "GEBRUIK: ", en: "USAGE: ")
        let usageIndent = String(repeating: " ", count: usageHeading.count)
        sections.append(
            usage.enumerated().map { index, line in (index == 0 ? usageHeading : usageIndent) + line }
                .joined(separator: "\n"))

        let options = OptionSpec.options(for: subcommand).map { ($0.helpLabel(in: language), $0.summary(language)) }
        let subcommands =
            topic == nil ? Subcommand.allCases.map { ($0.listedName(in: language), $0.abstract(language)) } : []
        let arguments =
            topic == nil
            ? [] : subcommand.arguments.map { ("<\($0.value.placeholder(language))>", $0.summary(language)) }
        let labelWidth = (options + subcommands + arguments).map(\.0.count).max() ?? 0
        if !arguments.isEmpty {
            sections.append(table(heading(nl: "ARGUMENTEN:", en: "ARGUMENTS:"), arguments, labelWidth: labelWidth))
        }
        sections.append(table(heading(nl: "OPTIES:", en: "OPTIONS:"), options, labelWidth: labelWidth))
        if !subcommands.isEmpty {
            sections.append(table(heading(nl: "OPDRACHTEN:", en: "SUBCOMMANDS:"), subcommands, labelWidth: labelWidth))
        }

        if !subcommand.examples.isEmpty {
            let examples = subcommand.examples.map { "  " + $0(language) }
            sections.append(([heading(nl: "VOORBEELDEN:", en: "EXAMPLES:")] + examples).joined(separator: "\n"))
        }
        if topic == nil {
            sections.append(
                heading(nl: "AFSLUITCODES:", en: "EXIT CODES:") + "\n"
                    + wrap(
                        Self.exitCodes.map { "\($0.code) \($0.meaning(language))" }.joined(separator: "; ") + ".",
                        firstPrefix: "  ", prefix: "  "))
            let closing = LocalizedText(
                nl: "Zie 'grondvorm help <opdracht>' voor uitgebreide hulp.",
                en: "See 'grondvorm help <subcommand>' for detailed help.")
            sections.append(wrap(closing(language), firstPrefix: "", prefix: ""))
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// A titled list of labels with hanging descriptions.
    private func table(_ title: String, _ rows: [(label: String, text: String)], labelWidth: Int) -> String {
        let column = 2 + labelWidth + 2
        var lines = [title]
        for row in rows {
            let label = "  " + row.label
            if width - column >= Self.minimumDescriptionWidth {
                let indent = String(repeating: " ", count: column)
                let first = label + String(repeating: " ", count: column - label.count)
                lines.append(wrap(row.text, firstPrefix: first, prefix: indent))
            } else {
                lines.append(label)
                lines.append(wrap(row.text, firstPrefix: "      ", prefix: "      "))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `text` wrapped at spaces to ``width`` columns; the first line starts with `firstPrefix`,
    /// the others with `prefix`.
    private func wrap(_ text: String, firstPrefix: String, prefix: String) -> String {
        TextWrapper.wrap(text, first: firstPrefix, rest: prefix, width: width).joined(separator: "\n")
    }
}
