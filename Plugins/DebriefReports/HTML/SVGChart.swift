import DebriefKit

/// Inline SVG charts for the HTML report: no scripts, no external assets, readable in print and
/// in dark mode (colours come from the page's CSS classes).
///
/// Each chart is 360 units wide, so it is drawn at about its own size on a 400 px phone and in
/// a third of a wide screen. Every chart has `role="img"`, an `aria-label` and a `<title>`, and
/// is described by the summary sentence its figure shows (``ChartFigure``); labels are escaped.
enum SVGChart {
    static let width = 360
    /// Past this many days the line is averaged and drawn without dots or point labels.
    static let dayLimit = 60
    /// Up to this many days, every point is labelled.
    static let labelledDays = 14

    /// What the y axis shows: the name of each value of `range`, lowest first.
    struct Scale {
        var range: ClosedRange<Int>
        var names: [String]

        func name(_ value: Int) -> String {
            let index = value - range.lowerBound
            return names.indices.contains(index) ? names[index] : String(value)
        }
    }

    /// A line through each day's average, one dot per value a day had (joined by a bar when a
    /// day had several), days evenly spaced with their dates below. `label` writes the text over
    /// a dot (value, interviews with it).
    static func line(_ series: ChartSeries, title: String, scale: Scale, summaryID: String,
                     label: (Int, Int) -> String?) -> String {
        let rows = scale.range.count
        let rowGap = rows > 5 ? 26 : 30
        let top = 24, bottom = 24 + (rows - 1) * rowGap
        let height = bottom + 38
        let longest = scale.names.map(\.count).max() ?? 1
        let plotLeft = min(140, max(28, longest * 7 + 14)), plotRight = width - 14
        func y(_ value: Double) -> Double {
            let span = Double(max(1, scale.range.upperBound - scale.range.lowerBound))
            return Double(bottom) - (value - Double(scale.range.lowerBound)) / span * Double(bottom - top)
        }
        let line = series.line(limit: dayLimit)
        func x(_ index: Int) -> Double {
            guard line.count > 1 else { return Double(plotLeft + plotRight) / 2 }
            return Double(plotLeft + 14) + Double(index) / Double(line.count - 1) * Double(plotRight - plotLeft - 28)
        }
        let dated = line.count == series.days.count
        var svg = open(title: title, height: height, summaryID: summaryID)
        for value in scale.range {
            let level = f(y(Double(value)))
            svg += "<line class=\"grid\" x1=\"\(plotLeft)\" y1=\"\(level)\" x2=\"\(plotRight)\" y2=\"\(level)\"/>"
            svg += "<text class=\"axis\" x=\"\(plotLeft - 8)\" y=\"\(f(y(Double(value)) + 4))\" text-anchor=\"end\">\(HTMLText.escape(scale.name(value)))</text>"
        }
        if dated {
            // A day with several values: a bar joins them, so they read as one day, not a rise or a fall.
            for (index, day) in series.days.enumerated() {
                guard let low = day.values.first?.value, let high = day.values.last?.value, low != high else { continue }
                svg += "<line class=\"span\" x1=\"\(f(x(index)))\" y1=\"\(f(y(Double(low))))\" x2=\"\(f(x(index)))\" y2=\"\(f(y(Double(high))))\"/>"
            }
        }
        if line.count > 1 {
            let points = line.enumerated().map { "\(f(x($0.offset))),\(f(y($0.element)))" }
            svg += "<polyline class=\"line\" points=\"\(points.joined(separator: " "))\"/>"
        }
        if dated {
            for (index, day) in series.days.enumerated() {
                for (value, count) in day.values {
                    let titles = day.entries.filter { $0.value == value }.map(\.title).joined(separator: "; ")
                    svg += "<circle class=\"dot\" cx=\"\(f(x(index)))\" cy=\"\(f(y(Double(value))))\" r=\"5\"><title>"
                        + HTMLText.escape("\(day.day.spoken) · \(titles): \(scale.name(value))") + "</title></circle>"
                    if series.days.count <= labelledDays, let text = label(value, count) {
                        svg += "<text class=\"point\" x=\"\(f(x(index)))\" y=\"\(f(y(Double(value)) - 10))\" text-anchor=\"middle\">\(HTMLText.escape(text))</text>"
                    }
                }
            }
        }
        for (index, text) in spaced(dateLabels(series, positions: line.count), at: x) {
            let anchor = line.count > 1 && index == 0 ? "start" : line.count > 1 && index == line.count - 1 ? "end" : "middle"
            let at = anchor == "start" ? x(index) - 14 : anchor == "end" ? x(index) + 14 : x(index)
            svg += "<text class=\"axis\" x=\"\(f(at))\" y=\"\(bottom + 26)\" text-anchor=\"\(anchor)\">\(HTMLText.escape(text))</text>"
        }
        return svg + "</svg>"
    }

    /// The date of every position on the x axis (of the first and last when days were
    /// averaged). The year is written when the days span more than one.
    private static func dateLabels(_ series: ChartSeries, positions: Int) -> [(Int, String)] {
        guard let first = series.days.first?.day, let last = series.days.last?.day else { return [] }
        let spansYears = first.year != last.year
        func text(_ day: DayDate) -> String { spansYears ? "\(day.spokenShort) ’\(day.year % 100 < 10 ? "0" : "")\(day.year % 100)" : day.spokenShort }
        guard positions == series.days.count else {
            return positions > 1 ? [(0, text(first)), (positions - 1, text(last))] : [(0, text(first))]
        }
        return series.days.enumerated().map { ($0.offset, text($0.element.day)) }
    }

    /// The labels that fit without touching: the last always, then from the first on, each
    /// one far enough from the one before and from the last.
    private static func spaced(_ labels: [(Int, String)], at x: (Int) -> Double) -> [(Int, String)] {
        guard let last = labels.last else { return [] }
        // Labels between the ends are centred, the ends hang inwards: one and a half widths apart never touch.
        let gap = Double(labels.map(\.1.count).max() ?? 0) * 7.5 * 1.5 - 6
        var kept: [(Int, String)] = []
        for label in labels.dropLast() where x(last.0) - x(label.0) >= gap {
            if let previous = kept.last, x(label.0) - x(previous.0) < gap { continue }
            kept.append(label)
        }
        return kept + [last]
    }

    static func open(title: String, height: Int, summaryID: String) -> String {
        let escaped = HTMLText.escape(title)
        return "<svg class=\"chart\" role=\"img\" aria-label=\"\(escaped)\" aria-describedby=\"\(summaryID)\" "
            + "viewBox=\"0 0 \(width) \(height)\" xmlns=\"http://www.w3.org/2000/svg\"><title>\(escaped)</title>"
    }

    /// One decimal, without locale: 12.5.
    static func f(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }
}
