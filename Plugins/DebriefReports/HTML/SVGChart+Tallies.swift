import DebriefKit

extension SVGChart {
    /// One bar per reflective question, its name above it and "2 of 4 as hoped" at its end: the
    /// share that went as hoped, then partly, then the other way, on a pale track.
    static func tallies(_ tallies: [QuestionTally], title: String, summaryID: String) -> String {
        let rowHeight = 46, left = 8, right = width - 8
        let height = rowHeight * tallies.count + 34
        var svg = open(title: title, height: height, summaryID: summaryID)
        let span = Double(right - left)
        for (row, tally) in tallies.enumerated() {
            let top = 4 + row * rowHeight
            svg += "<text class=\"axis\" x=\"\(left)\" y=\"\(top + 14)\">\(HTMLText.escape(tally.question.topic))</text>"
            let count = tally.answered == 0 ? "not answered yet" : "\(tally.answered - tally.toWorkOn) of \(tally.answered) as hoped"
            svg += "<text class=\"value\" x=\"\(right)\" y=\"\(top + 14)\" text-anchor=\"end\">\(count)</text>"
            let barTop = top + 21
            svg += "<rect class=\"track\" x=\"\(left)\" y=\"\(barTop)\" width=\"\(right - left)\" height=\"14\" rx=\"3\"/>"
            guard tally.answered > 0 else { continue }
            var x = Double(left)
            let parts = [("hoped", tally.answered - tally.toWorkOn, "as hoped"), ("partly", tally.partly, "partly"),
                         ("other", tally.opposite, tally.question.opposite.rawValue)]
            for (kind, n, name) in parts where n > 0 {
                let w = span * Double(n) / Double(tally.answered)
                svg += "<rect class=\"bar \(kind)\" x=\"\(f(x))\" y=\"\(barTop)\" width=\"\(f(w))\" height=\"14\">"
                    + "<title>\(HTMLText.escape(tally.question.topic)), \(name): \(n) of \(tally.answered)</title></rect>"
                x += w
            }
        }
        let legend = height - 12
        var x = left
        for (kind, name) in [("hoped", "as hoped"), ("partly", "partly"), ("other", otherLegend(tallies))] {
            svg += "<rect class=\"bar \(kind)\" x=\"\(x)\" y=\"\(legend - 10)\" width=\"12\" height=\"12\"/>"
                + "<text class=\"axis\" x=\"\(x + 17)\" y=\"\(legend)\">\(HTMLText.escape(name))</text>"
            x += 17 + name.count * 7 + 18
        }
        return svg + "</svg>"
    }

    /// "no", or "no / yes" when some questions hope for no.
    private static func otherLegend(_ tallies: [QuestionTally]) -> String {
        var names: [String] = []
        for tally in tallies where !names.contains(tally.question.opposite.rawValue) {
            names.append(tally.question.opposite.rawValue)
        }
        return names.isEmpty ? "no" : names.joined(separator: " / ")
    }
}
