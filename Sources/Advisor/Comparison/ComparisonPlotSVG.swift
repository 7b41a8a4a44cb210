import KnowledgeBase

/// The 2x2 plot as inline SVG: the four quadrants with their archetype names, the axis poles, and
/// one labelled circle per partner. Self-contained (no scripts, fonts or external resources);
/// every text is escaped.
///
/// Columns run from uitwisselen (left, nature -1) to delen (right, +1); rows from vernieuwen (top,
/// intent +1) to verbeteren (bottom, -1), as in the text plot. Marks stay inside the square; a
/// mark that would overlap another moves towards the middle by one mark's width at a time, so each
/// stays readable.
struct ComparisonPlotSVG {
    let content: ComparisonContent

    /// The side of the plot's square, in SVG units.
    static let side = 320.0
    /// Room for the row labels on the left.
    static let left = 90.0
    /// Room for the column labels on top.
    static let top = 30.0
    /// The radius of a partner's mark.
    static let radius = 11.0

    /// The `<svg>` element, one line per element.
    func lines() -> [String] {
        let e = HTMLReport.escaped
        let phrases = content.phrases
        let side = Self.side
        let half = side / 2
        let width = Self.left + side + 10
        let height = Self.top + side + 10
        var out = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\""
                + " width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" role=\"img\" aria-label=\""
                + e(phrases.heading(Phrases.ComparisonSection.position))
                + "\" font-family=\"system-ui,sans-serif\" font-size=\"12\">"
        ]
        let fills = ["#eef4fb", "#f3eefb", "#eefbf1", "#fbf6ee"]
        for (index, name) in content.quadrantNames.enumerated() {
            let x = Self.left + Double(index % 2) * half
            let y = Self.top + Double(index / 2) * half
            out.append(
                "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(half))\" height=\"\(Self.number(half))\""
                    + " fill=\"\(fills[index])\" stroke=\"#888\"/>")
            out.append(
                "<text x=\"\(Self.number(x + 6))\" y=\"\(Self.number(y + 16))\" fill=\"#555\">" + e(name) + "</text>")
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
        for partner in content.partners {
            let nature = min(1, max(-1, partner.nature.isNaN ? 0 : partner.nature))
            let intent = min(1, max(-1, partner.intent.isNaN ? 0 : partner.intent))
            let r = Self.radius
            var x = min(Self.left + side - r, max(Self.left + r, Self.left + (nature + 1) / 2 * side))
            let y = min(Self.top + side - r, max(Self.top + r, Self.top + (1 - intent) / 2 * side))
            // Move towards the middle of the plot, so a moved mark never leaves it.
            let step = x > Self.left + half ? -2 * r : 2 * r
            while placed.contains(where: { abs($0.0 - x) < 2 * r && abs($0.1 - y) < 2 * r }) {
                x += step
            }
            placed.append((x, y))
            out.append("<g class=\"mark\"><title>" + e(partner.line) + "</title>")
            out.append(
                "<circle cx=\"\(Self.number(x))\" cy=\"\(Self.number(y))\" r=\"\(Self.number(Self.radius))\" fill=\"#1f4e79\"/>"
            )
            out.append(
                "<text x=\"\(Self.number(x))\" y=\"\(Self.number(y + 4))\" text-anchor=\"middle\" fill=\"#fff\" font-weight=\"bold\">"
                    + e(partner.mark) + "</text></g>")
        }
        out.append("</svg>")
        return out
    }

    /// A coordinate with at most one decimal, without a trailing `.0`.
    private static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : String(Double(tenths) / 10)
    }
}
