import KnowledgeBase

/// The 2x2 plot as inline SVG, for every HTML page that shows positions (the consultation report
/// with one mark, the partner comparison with one labelled mark per partner): the four quadrants
/// with their archetype names, the axis poles, a `<title>` and `aria-label`, and the marks.
/// Self-contained (no scripts, fonts, namespaces or external resources); every text is escaped.
///
/// Columns run from uitwisselen (left, nature -1) to delen (right, +1); rows from vernieuwen (top,
/// intent +1) to verbeteren (bottom, -1), as in the text plot (``QuadrantPlot``). Marks stay
/// inside the square; a mark that would overlap another moves towards the middle by one mark's
/// width at a time, so each stays readable.
struct QuadrantPlotSVG {
    /// A mark to draw: its position, its one-character text and its tooltip (`<title>`).
    struct Mark: Hashable {
        let intent: Double
        let nature: Double
        let text: String
        let title: String
    }

    /// The quadrants' archetype names: top-left, top-right, bottom-left, bottom-right.
    let quadrantNames: [String]
    /// The language's phrases, for the axis poles.
    let phrases: Phrases
    /// What the plot shows, for `<title>` and `aria-label`.
    let label: String
    /// The marks, drawn in order.
    let marks: [Mark]

    /// The side of the plot's square, in SVG units.
    static let side = 360.0
    /// Room for the row labels on the left.
    static let left = 90.0
    /// Room for the column labels on top.
    static let top = 30.0
    /// The radius of a mark.
    static let radius = 11.0
    /// Names longer than this many characters are drawn on two lines (split at the last space).
    static let longName = 16

    /// The archetype names of the four quadrants in `language`: top-left (vernieuwen,
    /// uitwisselen), top-right (vernieuwen, delen), bottom-left (verbeteren, uitwisselen),
    /// bottom-right (verbeteren, delen); an empty name where the knowledge has no archetype.
    static func quadrantNames(in knowledge: Knowledge, language: Language) -> [String] {
        let name = { (intent: Pole, nature: Pole) -> String in
            knowledge.archetypes.first { $0.intent == intent && $0.nature == nature }?.name(language) ?? ""
        }
        return [
            name(.vernieuwen, .uitwisselen), name(.vernieuwen, .delen),
            name(.verbeteren, .uitwisselen), name(.verbeteren, .delen),
        ]
    }

    /// The SVG coordinates of a position (clamped to the square, `NaN` read as the middle).
    static func point(intent: Double, nature: Double) -> (x: Double, y: Double) {
        let nature = min(1, max(-1, nature.isNaN ? 0 : nature))
        let intent = min(1, max(-1, intent.isNaN ? 0 : intent))
        let r = radius
        let x = min(left + side - r, max(left + r, left + (nature + 1) / 2 * side))
        let y = min(top + side - r, max(top + r, top + (1 - intent) / 2 * side))
        return (x, y)
    }

    /// The `<svg>` element, one line per element.
    func lines() -> [String] {
        let e = HTMLReport.escaped
        let side = Self.side
        let half = side / 2
        let width = Self.left + side + 10
        let height = Self.top + side + 10
        var out = [
            "<svg class=\"plot\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\""
                + " width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" role=\"img\" aria-label=\""
                + e(label) + "\" font-family=\"system-ui,sans-serif\" font-size=\"12\">",
            "<title>" + e(label) + "</title>",
        ]
        let fills = ["#eef4fb", "#f3eefb", "#eefbf1", "#fbf6ee"]
        for (index, name) in quadrantNames.prefix(4).enumerated() {
            let x = Self.left + Double(index % 2) * half
            let y = Self.top + Double(index / 2) * half
            out.append(
                "<rect class=\"quadrant\" x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(half))\""
                    + " height=\"\(Self.number(half))\" fill=\"\(fills[index])\" stroke=\"#888\"/>")
            let textX = Self.number(x + 6)
            let parts = Self.nameLines(name)
            let spans = parts.enumerated().map { offset, part in
                offset == 0 ? e(part) : "<tspan x=\"\(textX)\" dy=\"14\">" + e(part) + "</tspan>"
            }
            out.append(
                "<text class=\"quadrant-name\" x=\"\(textX)\" y=\"\(Self.number(y + 16))\" fill=\"#555\">"
                    + spans.joined() + "</text>")
        }
        let columnY = Self.number(Self.top - 10)
        out.append(
            "<text x=\"\(Self.number(Self.left + half / 2))\" y=\"\(columnY)\" text-anchor=\"middle\">"
                + e(phrases.pole(.uitwisselen)) + "</text>")
        out.append(
            "<text x=\"\(Self.number(Self.left + 3 * half / 2))\" y=\"\(columnY)\" text-anchor=\"middle\">"
                + e(phrases.pole(.delen)) + "</text>")
        out.append(
            "<text x=\"\(Self.number(Self.left - 8))\" y=\"\(Self.number(Self.top + half / 2))\" text-anchor=\"end\">"
                + e(phrases.pole(.vernieuwen)) + "</text>")
        out.append(
            "<text x=\"\(Self.number(Self.left - 8))\" y=\"\(Self.number(Self.top + 3 * half / 2))\" text-anchor=\"end\">"
                + e(phrases.pole(.verbeteren)) + "</text>")

        var placed: [(Double, Double)] = []
        for mark in marks {
            let r = Self.radius
            let point = Self.point(intent: mark.intent, nature: mark.nature)
            var x = point.x
            let y = point.y
            // Move towards the middle of the plot, so a moved mark never leaves it.
            let step = x > Self.left + half ? -2 * r : 2 * r
            while placed.contains(where: { abs($0.0 - x) < 2 * r && abs($0.1 - y) < 2 * r }) {
                x += step
            }
            placed.append((x, y))
            out.append("<g class=\"mark\"><title>" + e(mark.title) + "</title>")
            out.append(
                "<circle cx=\"\(Self.number(x))\" cy=\"\(Self.number(y))\" r=\"\(Self.number(r))\" fill=\"#1f4e79\"/>")
            out.append(
                "<text x=\"\(Self.number(x))\" y=\"\(Self.number(y + 4))\" text-anchor=\"middle\" fill=\"#fff\" font-weight=\"bold\">"
                    + e(mark.text) + "</text></g>")
        }
        out.append("</svg>")
        return out
    }

    /// A quadrant name as one line, or two (split at its last space) when it is long.
    static func nameLines(_ name: String) -> [String] {
        guard name.count > longName, let space = name.lastIndex(of: " ") else { return [name] }
        return [String(name[..<space]), String(name[name.index(after: space)...])]
    }

    /// A coordinate with at most one decimal, without a trailing `.0`.
    private static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : String(Double(tenths) / 10)
    }
}
