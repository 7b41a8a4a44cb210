import KnowledgeBase

/// The 2x2 plot of the two axes in plain characters, with a mark at the position.
///
/// Columns run from uitwisselen (left, nature -1) to delen (right, +1); rows from vernieuwen
/// (top, intent +1) to verbeteren (bottom, -1). Each quadrant shows its archetype's name on its
/// first row and has three rows for the mark. For example (Dutch, position intent -0.5,
/// nature +0.6):
///
/// ```
///                    uitwisselen                    delen
///             +----------------------------+----------------------------+
///             | Verkennend samenwerken     | Ondernemend samenwerken    |
///             |                            |                            |
///  vernieuwen |                            |                            |
///             …
/// ```
struct QuadrantPlot {
    let knowledge: Knowledge
    let language: Language

    /// Rows per quadrant available for the mark (below the name row).
    static let markRows = 3

    /// A mark to draw: its position and its text, one visible character wide (it may carry
    /// colour escapes).
    struct Mark {
        let intent: Double
        let nature: Double
        let text: String
    }

    /// The plot's lines (without newlines); `mark` is drawn at the position and must be one
    /// visible character wide (it may carry colour escapes).
    func lines(intent: Double, nature: Double, mark: String = "X") -> [String] {
        lines(marks: [Mark(intent: intent, nature: nature, text: mark)])
    }

    /// The plot's lines with several marks, drawn in order; a mark whose place is taken moves
    /// to the nearest free place on its row within its quadrant (right first), so every mark
    /// stays visible.
    func lines(marks: [Mark]) -> [String] {
        let phrases = Phrases(language: language)
        let name = { (intent: Pole, nature: Pole) -> String in
            knowledge.archetypes.first { $0.intent == intent && $0.nature == nature }?.name(language) ?? ""
        }
        let names = [
            [name(.vernieuwen, .uitwisselen), name(.vernieuwen, .delen)],
            [name(.verbeteren, .uitwisselen), name(.verbeteren, .delen)],
        ]
        let width = max(24, (names.flatMap { $0 }.map(\.count).max() ?? 0) + 2)
        let rowLabels = [phrases.pole(.vernieuwen), phrases.pole(.verbeteren)]
        let labelWidth = rowLabels.map(\.count).max() ?? 0
        let margin = String(repeating: " ", count: labelWidth + 1)

        // Each mark's cell: row (0 ..< 2 * markRows) and column (0 ..< 2 * width).
        var placed: [Int: [Int: String]] = [:]
        for mark in marks {
            let x = min(1, max(-1, mark.nature.isNaN ? 0 : mark.nature))
            let y = min(1, max(-1, mark.intent.isNaN ? 0 : mark.intent))
            let column = Int(((x + 1) / 2 * Double(2 * width - 1)).rounded())
            let row = Int(((1 - y) / 2 * Double(2 * Self.markRows - 1)).rounded())
            let side = column / width
            let free = ([column] + (1..<width).flatMap { [column + $0, column - $0] }).first { candidate in
                candidate / width == side && candidate >= 0 && placed[row]?[candidate] == nil
            }
            if let free { placed[row, default: [:]][free] = mark.text }
        }

        var lines: [String] = []
        let left = phrases.pole(.uitwisselen)
        let right = phrases.pole(.delen)
        lines.append(
            margin + " " + Self.centered(left, in: width) + " " + Self.centered(right, in: width)
        )
        let border =
            margin + "+" + String(repeating: "-", count: width) + "+" + String(repeating: "-", count: width) + "+"
        lines.append(border)
        for half in 0..<2 {
            for line in 0...Self.markRows {
                let label = line == Self.markRows / 2 ? rowLabels[half] : ""
                var cells = ["", ""]
                for side in 0..<2 {
                    var characters = Array(repeating: " ", count: width)
                    if line == 0 {
                        for (offset, character) in (" " + names[half][side]).enumerated() where offset < width {
                            characters[offset] = String(character)
                        }
                    } else {
                        for (column, text) in placed[half * Self.markRows + (line - 1)] ?? [:]
                        where column / width == side {
                            characters[column % width] = text
                        }
                    }
                    cells[side] = characters.joined()
                }
                let padding = String(repeating: " ", count: labelWidth - label.count)
                lines.append(Self.trimmingTrailingSpaces(padding + label + " |" + cells[0] + "|" + cells[1] + "|"))
            }
            lines.append(border)
        }
        return lines.map(Self.trimmingTrailingSpaces)
    }

    private static func centered(_ text: String, in width: Int) -> String {
        let spare = max(0, width - text.count)
        let before = spare / 2
        return String(repeating: " ", count: before) + text + String(repeating: " ", count: spare - before)
    }

    private static func trimmingTrailingSpaces(_ line: String) -> String {
        var line = Substring(line)
        while line.last == " " { line.removeLast() }
        return String(line)
    }
}
