import Utilities

/// The help text, generated from ``OptionSpec/table`` and ``Subcommand``.
///
/// Layout after swift-argument-parser: `OVERVIEW:`, the discussion, `USAGE:`, `OPTIONS:`,
/// `SUBCOMMANDS:` (main help only), `EXAMPLES:`, `EXIT CODES:` (main help only) and a closing
/// hint. Everything is wrapped to `width` columns; option and subcommand descriptions hang in a
/// column of their own, or, when that column would be narrower than ``minimumDescriptionWidth``,
/// on the lines below their label.
struct HelpText: Sendable {
    /// The narrowest terminal the layout supports; narrower widths are treated as this.
    static let minimumWidth = 40
    /// Below this many columns, a description moves under its label.
    static let minimumDescriptionWidth = 30

    /// The subcommand, or `nil` for the main help.
    let topic: Subcommand?
    /// The number of columns to wrap to.
    let width: Int

    /// Creates the help for `topic` (`nil`: the main help) wrapped to `width` columns.
    init(topic: Subcommand?, width: Int) {
        self.topic = topic
        self.width = max(width, Self.minimumWidth)
    }

    /// The whole text, ending with a newline.
    var rendered: String {
        let subcommand = topic ?? .advise
        var sections: [String] = []

        let overview: String
        switch topic {
        case nil: overview = "Advises how to shape a collaboration: from motives to archetype to legal form."
        case .some(let subcommand): overview = subcommand.abstract
        }
        sections.append(wrap(overview, firstPrefix: "OVERVIEW: ", prefix: ""))
        for paragraph in subcommand.discussion {
            sections.append(wrap(paragraph, firstPrefix: "", prefix: ""))
        }

        var usage = subcommand.usage
        if topic == nil { usage.append("grondvorm <subcommand> [<options>]") }
        sections.append(
            usage.enumerated().map { index, line in (index == 0 ? "USAGE: " : "       ") + line }
                .joined(separator: "\n"))

        let options = OptionSpec.options(for: subcommand).map { ($0.helpLabel, $0.summary) }
        let subcommands = topic == nil ? Subcommand.allCases.map { ($0.listedName, $0.abstract) } : []
        let arguments: [(String, String)]
        switch topic {
        case .help?: arguments = [("<subcommand>", "The subcommand to show help for.")]
        case .compare?: arguments = [("<answers-file>", "One partner's answers file (JSON, as for --answers); at least two.")]
        case .advise?, .check?, .questions?, .test?, nil: arguments = []
        }
        let labelWidth = (options + subcommands + arguments).map(\.0.count).max() ?? 0
        if !arguments.isEmpty { sections.append(table("ARGUMENTS:", arguments, labelWidth: labelWidth)) }
        sections.append(table("OPTIONS:", options, labelWidth: labelWidth))
        if !subcommands.isEmpty { sections.append(table("SUBCOMMANDS:", subcommands, labelWidth: labelWidth)) }

        if !subcommand.examples.isEmpty {
            sections.append((["EXAMPLES:"] + subcommand.examples.map { "  " + $0 }).joined(separator: "\n"))
        }
        if topic == nil {
            let codes =
                "0 done (also help and --version); 1 consultation stopped or a check failed; "
                + "64 wrong command line (also an output file that is an input); "
                + "65 bad answers or knowledge base; 66 file or folder not found; "
                + "73 output file cannot be written; 130 interrupted (Ctrl-C)."
            sections.append("EXIT CODES:\n" + wrap(codes, firstPrefix: "  ", prefix: "  "))
            sections.append(wrap("See 'grondvorm help <subcommand>' for detailed help.", firstPrefix: "", prefix: ""))
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
