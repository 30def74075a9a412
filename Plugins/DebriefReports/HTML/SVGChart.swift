import DebriefKit

/// Inline SVG charts for the HTML report: no scripts, no external assets, readable in print.
///
/// Every chart has a `<title>` and an `aria-label` for screen readers; labels are escaped.
enum SVGChart {
    static let width = 640
    static let plotLeft = 150 // room for "task or assessment"
    static let plotRight = 620

    /// A line over time: one point per debrief (averaged in buckets past 200), oldest on the left.
    static func timeline(_ chart: ReportBlock.Chart) -> String {
        let values = chart.sampled(limit: 200)
        let rows = chart.range.count
        let height = max(140, 28 * rows + 50)
        let top = 16, bottom = height - 34
        func y(_ value: Double) -> Double {
            let span = Double(max(1, chart.range.upperBound - chart.range.lowerBound))
            return Double(bottom) - (value - Double(chart.range.lowerBound)) / span * Double(bottom - top)
        }
        func x(_ index: Int) -> Double {
            values.count == 1 ? Double(plotLeft + plotRight) / 2
                : Double(plotLeft) + Double(index) / Double(values.count - 1) * Double(plotRight - plotLeft)
        }
        var svg = open(title: chart.title, height: height)
        for (offset, name) in chart.valueNames.enumerated() {
            let level = y(Double(chart.range.lowerBound + offset))
            svg += "<line class=\"grid\" x1=\"\(plotLeft)\" y1=\"\(f(level))\" x2=\"\(plotRight)\" y2=\"\(f(level))\"/>"
            svg += "<text class=\"axis\" x=\"\(plotLeft - 8)\" y=\"\(f(level + 4))\" text-anchor=\"end\">\(HTMLText.escape(name))</text>"
        }
        let points = values.enumerated().map { "\(f(x($0.offset))),\(f(y($0.element)))" }
        if points.count > 1 {
            svg += "<polyline class=\"line\" points=\"\(points.joined(separator: " "))\"/>"
        }
        if values.count <= 60 {
            for (offset, point) in chart.timeline.points.enumerated() {
                svg += "<circle class=\"dot\" cx=\"\(f(x(offset)))\" cy=\"\(f(y(Double(point.value))))\" r=\"4\">"
                    + "<title>\(point.day.iso): \(HTMLText.escape(name(of: point.value, in: chart)))</title></circle>"
            }
        }
        if let caption = chart.caption {
            svg += "<text class=\"axis\" x=\"\(plotLeft)\" y=\"\(height - 10)\">\(HTMLText.escape(caption))</text>"
        }
        return svg + "</svg>"
    }

    /// One bar per reflective question: the share answered partly and the share answered the other way.
    static func tallies(_ tallies: [QuestionTally]) -> String {
        let rowHeight = 30
        let height = rowHeight * tallies.count + 44
        var svg = open(title: "How often each of the five questions was something to work on", height: height)
        let labelsEnd = 230 // room for "Clear why I wanted the job"
        let span = Double(plotRight - labelsEnd)
        for (row, tally) in tallies.enumerated() {
            let top = 8 + row * rowHeight
            svg += "<text class=\"axis\" x=\"\(labelsEnd - 8)\" y=\"\(top + 15)\" text-anchor=\"end\">\(HTMLText.escape(tally.question.topic))</text>"
            svg += "<rect class=\"track\" x=\"\(labelsEnd)\" y=\"\(top)\" width=\"\(plotRight - labelsEnd)\" height=\"20\" rx=\"3\"/>"
            guard tally.answered > 0 else { continue }
            let partly = span * Double(tally.partly) / Double(tally.answered)
            let other = span * Double(tally.opposite) / Double(tally.answered)
            svg += "<rect class=\"partly\" x=\"\(labelsEnd)\" y=\"\(top)\" width=\"\(f(partly))\" height=\"20\" rx=\"3\">"
                + "<title>partly: \(tally.partly) of \(tally.answered)</title></rect>"
            svg += "<rect class=\"other\" x=\"\(f(Double(labelsEnd) + partly))\" y=\"\(top)\" width=\"\(f(other))\" height=\"20\" rx=\"3\">"
                + "<title>\(tally.question.opposite.rawValue): \(tally.opposite) of \(tally.answered)</title></rect>"
            svg += "<text class=\"value\" x=\"\(plotRight - 6)\" y=\"\(top + 15)\" text-anchor=\"end\">\(tally.toWorkOn) of \(tally.answered)</text>"
        }
        let legend = height - 14
        svg += "<rect class=\"partly\" x=\"\(labelsEnd)\" y=\"\(legend - 10)\" width=\"12\" height=\"12\"/>"
            + "<text class=\"axis\" x=\"\(labelsEnd + 18)\" y=\"\(legend)\">partly</text>"
            + "<rect class=\"other\" x=\"\(labelsEnd + 80)\" y=\"\(legend - 10)\" width=\"12\" height=\"12\"/>"
            + "<text class=\"axis\" x=\"\(labelsEnd + 98)\" y=\"\(legend)\">\(otherLegend(tallies))</text>"
        return svg + "</svg>"
    }

    /// "no", or "no / yes" when some questions hope for no.
    private static func otherLegend(_ tallies: [QuestionTally]) -> String {
        var names: [String] = []
        for tally in tallies where !names.contains(tally.question.opposite.rawValue) {
            names.append(tally.question.opposite.rawValue)
        }
        return names.joined(separator: " / ")
    }

    private static func open(title: String, height: Int) -> String {
        let escaped = HTMLText.escape(title)
        return "<svg class=\"chart\" role=\"img\" aria-label=\"\(escaped)\" viewBox=\"0 0 \(width) \(height)\" "
            + "xmlns=\"http://www.w3.org/2000/svg\"><title>\(escaped)</title>"
    }

    private static func name(of value: Int, in chart: ReportBlock.Chart) -> String {
        let index = value - chart.range.lowerBound
        return chart.valueNames.indices.contains(index) ? chart.valueNames[index] : String(value)
    }

    /// One decimal, without locale: 12.5.
    private static func f(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }
}
